"""The order of a brief's "Facts across sources": the facts a desk reader needs first.

The text brief shows a story's first twenty facts of several hundred. ``align.facts`` sorts them by how many original
articles state them, which on a long single-outlet story led with an outlet's own lines repeated on its pages: a
profile's "They learned snippets of their father's circumstances …", a bare quote ("I am doing this for him."), an
analysis leaning on the sentence before it ("But it was also, no doubt, because …") and history ("Libya's standing
took a turn with the 1988 bombing …"). v1 keeps every fact and its count, and lists after all others those a reader
cannot use on their own line:

- the wording leans on its article for who or what is meant (``summarize.references.dangling_references``: a pronoun
  before any name, a first-person line with no speaker, a demonstrative opening; or a line opening on "they", "his",
  "their" or "But it …"), unless the line names its speaker ("“I just spoke to him …,” Obama said");
- a bare quotation: the line is a quotation or a piece of one (``quotation_line``) and names nobody as saying it;
- history: its wording dates itself (a year, month, week or day) before the story's coverage starts, by the
  timeline's margin (``timeline.dates.MARGIN``: a week before the first article);
- a box: a line told once (``brief.figures.telling_counter``: copies and sentences sharing a run of ten words are one
  telling) that fewer than two named outlets reprint on pages of more than two days, in no article's lead
  (``summarize.concepts.LEAD_SENTENCES``), dating nothing in the story's days and naming nobody who says it: the 1957
  flu's "Caused by a human form of the virus, H2N2 …" on five BBC pages over three days. News is of its day and the
  day before (``timeline.dates``: an article reports the previous day's events), so an outlet's paragraph repeated in
  the updates of two days ("At Mexico City's international airport, passengers were questioned …", the Guardian, 25-26
  April 2009) is news, as is a wire paragraph that several outlets carry, a lead, a dated event ("Jalil quit February
  21 …") and a named speaker's words.

Each group keeps ``align.facts``'s order (original articles, then citations). Independent tellings rank nothing
else: on stories of hundreds of facts the alignment groups loosely, and three different sentences about one prison count
three tellings while one outlet's news paragraph repeated in its updates counts one. The "Who reports what" rows
follow the same order. Only the order changes: the summary's prior (``brief.assemble._corroboration``) reads the
alignment's facts, not this list.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import date

from newsdesk.model import Annotations, Article, Fact
from newsdesk.summarize.concepts import LEAD_SENTENCES
from newsdesk.summarize.references import named_speakers, opens_leaning
from newsdesk.timeline.dates import MARGIN, day_of

from .figures import telling_counter

ALGORITHM = "brief.fact-order.v1"

_OPENING_QUOTE = '"“‘'
_QUOTE_MARKS = re.compile(r"[\"“”]")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def period_end(value: str | None) -> date | None:
    """The last day of the period a TIMEX3 value names (a day, a part of a day, a week, a month or a year), else None
    (durations, seasons, "PRESENT_REF")."""
    day = day_of(value)
    if day is not None or value is None:
        return day
    try:
        if match := _YEAR.match(value):
            return date(int(match.group(1)), 12, 31)
        if match := _MONTH.match(value):
            year, month = int(match.group(1)), int(match.group(2))
            return date(year, month, calendar.monthrange(year, month)[1])
        if match := _WEEK.match(value):
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 7)
    except ValueError:
        return None
    return None


def dated_sentences(
    articles: Sequence[Article], annotations: Mapping[str, Annotations]
) -> tuple[frozenset[tuple[str, int]], frozenset[tuple[str, int]]]:
    """(article, sentence) of the sentences a time expression dates before the story's coverage starts (its first
    article, less ``MARGIN``: "the 1988 bombing of Pan Am Flight 103", "in January" of a February story), and of those
    it dates in or after it ("Jalil quit February 21"). A story with no publication dates has neither."""
    published = [a.published for a in articles if a.published]
    if not published:
        return frozenset(), frozenset()
    start = min(published) - MARGIN
    before: set[tuple[str, int]] = set()
    since: set[tuple[str, int]] = set()
    for article in articles:
        ann = annotations.get(article.id)
        for timex in ann.timexes if ann else ():
            end = period_end(timex.value) if timex.type == "DATE" else None
            if end is not None:
                (before if end < start else since).add((article.id, timex.sentence))
    return frozenset(before), frozenset(since)


def quotation_line(text: str) -> bool:
    """The line is a quotation or a piece of one: it opens on a quotation mark ("“I am doing this for him.”"), or
    leaves one open (a quotation over two sentences: "“Our strength is growing and we are getting more weapons.")."""
    text = text.strip()
    return bool(text) and (text[0] in _OPENING_QUOTE or len(_QUOTE_MARKS.findall(text)) % 2 == 1)


def _wording(fact: Fact, articles: Mapping[str, Article]) -> tuple[str, int]:
    """The cited sentence whose text is the fact's wording (the first citation when none is)."""
    for c in fact.citations:
        sentences = articles[c.article].sentences if c.article in articles else ()
        if c.sentence < len(sentences) and sentences[c.sentence].text == fact.text:
            return (c.article, c.sentence)
    return (fact.citations[0].article, fact.citations[0].sentence)


def order_facts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    annotations: Mapping[str, Annotations],
    dangling: frozenset[tuple[str, int]],
) -> tuple[Fact, ...]:
    """``facts`` (as ``align.facts`` orders them) in the brief's order: see the module docstring. ``dangling``:
    ``summarize.references.dangling_references`` of the story."""
    by_id = {a.id: a for a in articles}
    history, current = dated_sentences(articles, annotations)
    speakers = named_speakers(articles, annotations)
    count_tellings = telling_counter(articles)

    def key(item: tuple[int, Fact]) -> tuple[int, int, int, int]:
        index, fact = item
        wording = _wording(fact, by_id)
        opening = fact.text.lstrip()
        leaning = (wording in dangling and wording not in speakers) or opens_leaning(opening)
        bare = quotation_line(fact.text) and wording not in speakers
        aside = leaning or bare or wording in history or _box(fact, wording)
        return int(aside), -len(fact.sources), -len(fact.citations), index

    def _box(fact: Fact, wording: tuple[str, int]) -> bool:
        if count_tellings(fact.citations) > 1 or wording in speakers:
            return False
        cited = [by_id[c.article] for c in fact.citations if c.article in by_id]
        named = {a.source.lower() for a in cited if a.source}
        days = sorted(a.published for a in cited if a.published)
        return (
            len(named) < 2
            and len(days) == len(cited)
            and (days[-1] - days[0]).days > 1
            and not any(c.sentence < LEAD_SENTENCES or (c.article, c.sentence) in current for c in fact.citations)
        )

    return tuple(fact for _, fact in sorted(enumerate(facts), key=key))
