"""The units of alignment: the sentences of a story (v1), or their clauses (v2), with the source each counts for.

A unit always points back to its sentence (``article``, ``sentence``), which is what a fact cites, and to its
character span in the article's clean text (``start``, ``end``), which is what its annotations are matched
against: a clause carries only the entities, figures and dates inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsdesk.clean.desk import is_desk_note

# Calls to the reader are found (and split off the article text glued to them) while cleaning; re-exported here,
# where what a brief withholds is decided.
from newsdesk.clean.reader import READER_ADDRESS_ALGORITHM as READER_ADDRESS_ALGORITHM
from newsdesk.clean.reader import is_reader_address as is_reader_address
from newsdesk.clean.reader import is_signpost, is_submission_notice
from newsdesk.clean.sentences import has_end_mark
from newsdesk.clean.transcripts import transcript_lines
from newsdesk.dedup.updates import independent_sources as independent_sources
from newsdesk.model import Article

from .clauses import clause_spans

# A unit shorter than this is a dateline, caption or fragment, not a statement of fact.
MIN_WORDS = 5
_CLOSERS = " \"'”’)]"


def is_question(text: str) -> bool:
    """A sentence asking (a Q&A box's "HOW MANY PEOPLE HAVE DIED?", a rhetorical lead) states no fact."""
    return text.rstrip(_CLOSERS).endswith("?")


# A list's bullet mark after a sentence's end ("… to defend Libya from east to west, north to south." *", "… dignity."
# --") is no word.
_LIST_MARK = re.compile(r"\s+(?:-{1,2}|—|–|\*)$")


def is_unfinished(text: str) -> bool:
    """A line with no end mark is a headline, a photo caption, a list item or a promo that the page printed apart
    ("Haiti devastated by massive quake", "Advert warns about the dangers of swine flu", "An ultra-low latency
    infrastructure for electronic trading …"), or a sentence cut short: 1.7% of the 5-word sentences of 300 Timeline17
    pages and none of the seeds'. A brief cites statements, so it withholds it."""
    return not has_end_mark(_LIST_MARK.sub("", text.rstrip()))


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence, or one clause of a sentence, that can state a fact, with the source it counts for.

    ``start``/``end`` are offsets into the article's clean text; ``None`` means the whole sentence."""

    article: str
    sentence: int
    text: str
    source: str
    start: int | None = None
    end: int | None = None

    def covers(self, start: int, end: int) -> bool:
        """Whether an annotation span [start, end) of this unit's sentence lies inside the unit."""
        if self.start is None or self.end is None:
            return True
        return start < self.end and end > self.start


def unit_records(records: Iterable[Any], unit: Unit) -> list[Any]:
    """The records of the unit's sentence that overlap the unit (a clause keeps only its own figures)."""
    found = []
    for r in records:
        if r.sentence != unit.sentence:
            continue
        span = getattr(r, "span", r)
        if unit.covers(span.start, span.end):
            found.append(r)
    return found


def is_table_row(text: str) -> bool:
    """A row of a table as the HTML extraction writes it ("| 1 | Kyle Busch | 5040 | 5 |", "| Ticker | Security |
    Last |"): cells out of their table, no statement a summary or a fact list can show."""
    return text.lstrip().startswith("|") and text.count("|") >= 3


def states_nothing(text: str) -> bool:
    """A sentence that asks, addresses the reader, points at what the page prints next, tells the reader how their
    submissions are handled, is a table's row, has no end mark, or is a live page's desk note, a phone number or a
    legal notice (``clean.desk``): no section of a brief may choose it as a statement."""
    return (
        is_question(text)
        or is_reader_address(text)
        or is_signpost(text)
        or is_submission_notice(text)
        or is_table_row(text)
        or is_unfinished(text)
        or is_desk_note(text)
    )


def nonstatements(articles: Sequence[Article]) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of every sentence that ``states_nothing`` or that a speaker says in a broadcast
    transcript's turn (``clean.transcripts``, from v3: "HILLARY CLINTON, SECRETARY OF STATE: Our assessment is …",
    the anchor's "Watch out for the State of the Union address later tonight.", the show's listing above them):
    withheld, like an outlet's templates, from the brief's summary, facts and timeline, which state what the
    reporters write."""
    return frozenset(
        (a.id, s.i)
        for a in articles
        for spoken in (transcript_lines(a.sentences),)
        for s in a.sentences
        if s.i in spoken or states_nothing(s.text)
    )


def story_units(articles: Sequence[Article], clauses: bool = False) -> list[Unit]:
    """Every sentence of at least ``MIN_WORDS`` words that states something (not a question, not a call to the
    reader); with ``clauses``, each of its clauses instead."""
    roots = independent_sources(articles)
    units = []
    for article in articles:
        for s in article.sentences:
            if len(s.text.split()) < MIN_WORDS or states_nothing(s.text):
                continue
            spans = clause_spans(s.text) if clauses else [(0, len(s.text))]
            for a, b in spans:
                text = s.text[a:b]
                if len(spans) == 1 or len(text.split()) >= MIN_WORDS:
                    units.append(Unit(article.id, s.i, text, roots[article.id], s.start + a, s.start + b))
    return units
