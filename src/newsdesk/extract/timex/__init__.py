"""Time expressions: TIMEX3-style extraction and normalization, anchored on the article's published date.

Algorithm ``extract.timex.rules.v11``: a rule grammar in the manner of HeidelTime (Strötgen & Gertz,
*HeidelTime: High Quality Rule-Based Extraction and Normalization of Temporal Expressions*, SemEval 2010):
every rule is a regular expression over word lists plus a normalization function; all rules run over the
text, overlapping candidates are resolved longest-first (then by rule order), and relative expressions are
anchored on the published date with news tense heuristics (see ``anchor``). With no published date, a
relative expression keeps an underspecified value (``XXXX-WXX-7``) or None, plus its ``relation``.

v2 (over ``extract.timex.rules.v1``) follows more of the TimeML/TempEval-3 annotation conventions for values:
results comparisons ("up 18% from $1.69 billion a year earlier", "compared with $3 million last year") are
the reported quarter a year back (``discourse``); see ``reference_rules`` for the other conventions.

v3 (over v2) reads two news habits found by error analysis on Timeline17 (docs/benchmarks.md): a bare weekday
naming the day after (before) the published date is that day rather than six days back (ahead)
(``anchor.bare_weekday``), and a day heading a chronology entry ("March 5 - The council meets ...") is not made
a future one by the entry's historical present.

v4 (over v3): a four-digit 24-hour clock time is no year: a bracketed converted time ("(1944 in Egypt)") or the
stamp heading the entries of a live page ("1646 According to …"), which the brief's conflicts read as the years
1646 and 1944 (``calendar_rules._clock_time``).

v5 (over v4): a month word before a capitalised name, after what comes before a name (a sentence start, "and", a
title), is a given name ("June Scobee Rodgers, the widow of ...", "and Jan Kavan"), which the brief's conflicts read as
two Junes; "in June Israel ..." stays a month. A bare month abbreviation in capitals is an acronym ("a cheque to DEC
Haiti Earthquake Appeal") (``given_names``). A plan that "was supposed to" happen on a day is not a
schedule: "a ceasefire which was supposed to come into effect on 12 April never took hold" is this year's April, not
next year's (``anchor._FUTURE_PHRASES``). A call for a protest names a day to come, whatever the tense of the call
("called for a rally Monday" on a Friday is the next Monday; ``calendar_rules._called_for``). A month reached "by"
("agreed to go by September", "report back by the end of November") is not last year's whatever the tense of the
clause (``calendar_rules._BY``).

v6 (over v5): a bare month that ends a stretch running on from the present is not last year's ("said he has no
intention of stepping down until September", February 2011; "loans through January", October 1989), and "last
<month>" in the month after it is a year back ("crashed last February", 1 March 1998) (``endpoints``). A quarter
named without results in its sentence ("After a flat second quarter", "losses through the third quarter of 1990")
does not take over from the quarter being reported (``discourse``). "year-end" after a preposition is the end of the
year ("by year-end"; ``endpoints``), an ordinal century needs no "the" ("a 20th century democrat"), and "and a half"
after the unit counts ("a minute and a half later" PT1M30S; "a year and a half ago" 18 months back). "that year" is
the year of the date last named, as "the following year" counts from it ("By June of that year" after "March 2003");
a comparison in a sentence about nine months is the year before, not the reported quarter (``discourse``). The plural
present of "meet", "begin", "resume", "arrive", "convene" is a schedule as "meets" is ("Arafat meet separately Monday").
"Today", "Tonight", "This Week", "This Morning" that end a name are a paper or a programme ("USA Today", ABC's "This
Week"; ``given_names.programme_name``).

v7 (over v6): a quarter named by its last day ("the quarter ended July 31") is the calendar quarter holding the
middle of its three months, or the fiscal quarter the story has just named ("the fiscal first quarter. ... For the
quarter ended Sept. 30") (``quarter_ended``); "the quarter a year ago" and "the corresponding period last year" are
one expression, the quarter under discussion a year back (a period of unknown length: last year); "the
fiscal-first quarter" is a quarter. "The year-ago results" is tagged ("the" is part of the expression only before
"quarter" or "period", as in "the year-ago third quarter"), and a comparison after "In the first nine months, ..."
is the year back, not the quarter (``discourse``). "the previous Friday" is the week before the latest Friday
(``previous_day``); a weekday "ahead of" which something happens is a day to come, even as "Tuesday's primary",
unless the clause is a simple past.

v8 (over v7), from reading a sample of the day mentions the timeline counts (Timeline17 dev, docs/benchmarks.md): a
weekday before a paper's word is the paper ("Sunday Times reporter Marie Colvin"; ``given_names.paper_name``), and a
weekday's possessive before a scheduled event ("in Tuesday's talks", "during Wednesday's meeting in Morocco") is a day
to come when its clause looks forward, as any weekday is (``grammar.reported_event``); "Friday's ruling" still reports.

v9 (over v8): "last Tuesday" is the Tuesday of the week before the published date's (Monday to Sunday), not the latest
Tuesday before it: "last Tuesday's earthquake" on pages of Wednesday 20 to Sunday 24 January 2010 is the 12th, which v8
read as the 19th (``calendar_rules.last_week_day``). "this past Tuesday" stays the latest.

v10 (over v9): on a Sunday page, "last Wednesday" is the Wednesday of the week that Sunday ends (four days before),
not of the week before it; "last Saturday" and "last Sunday" stay a week back (``calendar_rules.last_week_day``).

v11 (over v10), from reading the day mentions of Timeline17 dev and the TimeBank half of TempEval-3 dev (session 26): a
run of days is one expression valued its first day ("Feb 15/16, 2011 - A riot in Benghazi", "a September 9-10
meeting"; v10 tagged only the year, or nothing; ``day_ranges``); "the next day", "the previous evening" count from the
day the story last named ("March 10 - France recognizes ... Libya suspends diplomatic relations with France the next
day" is 11 March; v10 tagged nothing; ``next_day``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsdesk.model import Article, Timex

from .calendar_rules import RULES as CALENDAR_RULES
from .day_ranges import RULES as DAY_RANGE_RULES
from .discourse import in_context
from .endpoints import RULES as ENDPOINT_RULES
from .grammar import Context, Rule
from .next_day import RULES as NEXT_DAY_RULES
from .period_rules import RULES as PERIOD_RULES
from .previous_day import RULES as PREVIOUS_DAY_RULES
from .quarter_ended import RULES as QUARTER_ENDED_RULES
from .reference_rules import RULES as REFERENCE_RULES
from .relative_rules import RULES as RELATIVE_RULES

ALGORITHM = "extract.timex.rules.v11"
RULES: tuple[Rule, ...] = (
    QUARTER_ENDED_RULES
    + PREVIOUS_DAY_RULES
    + REFERENCE_RULES
    + CALENDAR_RULES
    + DAY_RANGE_RULES
    + RELATIVE_RULES
    + NEXT_DAY_RULES
    + PERIOD_RULES
    + ENDPOINT_RULES
)
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class TimexSpan:
    """One time expression of a text: ``text[start:end]``, its TIMEX3 type and value, and how it was read."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    relation: str | None = None
    rule: str = ""


# An expression reaches at most this far before the word its rule needs ("the first two and a half years")
# and after it ("October 7, 2023"). Running each rule only near its words keeps the cost proportional to the
# time words instead of text length x rules (measured while building it: about 4x more Timeline17 articles/s
# than scanning the whole text with every rule, with the same counts and scores on TempEval-3 dev).
_BEFORE, _AFTER = 60, 90


_TOKEN = re.compile(r"[a-z]+|\d+", re.IGNORECASE)


_INDEX: dict[str, list[str]] = {}
for _rule in RULES:
    for _word in _rule.needs:
        _INDEX.setdefault(_word, []).append(_rule.name)


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, merged character windows around the words it needs, widened to whitespace."""
    hits: dict[str, list[tuple[int, int]]] = {rule.name: [] for rule in RULES}
    for token in _TOKEN.finditer(text):
        word = token.group(0)
        key = "#" if word[0].isdigit() else word.lower()
        for name in _INDEX.get(key, ()):
            hits[name].append((max(0, token.start() - _BEFORE), min(len(text), token.end() + _AFTER)))
    return {name: _merge(text, spans) for name, spans in hits.items()}


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    widened = []
    for start, end in windows:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        widened.append((start, end))
    return widened


def _candidates(text: str, anchor: date | None) -> list[tuple[int, int, int, TimexSpan]]:
    context = Context(text, anchor)
    found = []
    windows = _windows(text)
    for order, rule in enumerate(RULES):
        for match in (m for start, end in windows[rule.name] for m in rule.pattern.finditer(text, start, end)):
            if match.end() == match.start():
                continue
            norm = rule.handler(match, context)
            if norm is None:
                continue
            span = TimexSpan(
                match.start(), match.end(), match.group(0), norm.type, norm.value, norm.relation, rule.name
            )
            found.append((match.start(), match.end(), order, span))
    return found


def tag_timexes(text: str, anchor: date | None) -> list[TimexSpan]:
    """All time expressions of ``text`` in order, normalized against ``anchor`` (the published date).

    Never raises on text: impossible dates ("February 30") come back with ``value=None`` and a relation
    saying why; without an anchor relative expressions are left unresolved rather than guessed.
    """
    if not text:
        return []
    candidates = _candidates(text, anchor)
    # Longest match first, then the earlier rule: the standard resolution of overlapping rule matches.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = bytearray(len(text))  # one flag per character: linear, not quadratic, in the number of matches
    kept: list[TimexSpan] = []
    for start, end, _, span in candidates:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(span)
    return in_context(text, sorted(kept, key=lambda s: (s.start, s.end)))


def find_timexes(article: Article) -> tuple[Timex, ...]:
    """The article's time expressions as model records, each tied to the sentence that contains it."""
    result = []
    sentences = article.sentences
    index = 0
    for span in tag_timexes(article.text, article.published):
        while index < len(sentences) - 1 and sentences[index].end <= span.start:
            index += 1
        sentence = sentences[index].i if sentences else 0
        result.append(
            Timex(
                article=article.id,
                sentence=sentence,
                start=span.start,
                end=span.end,
                text=span.text,
                type=span.type,
                value=span.value,
                relation=span.relation,
            )
        )
    return tuple(result)


__all__ = ["ALGORITHM", "TimexSpan", "find_timexes", "tag_timexes"]
