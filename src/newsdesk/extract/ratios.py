"""Ratios and the ends of a scale (``extract.figures.v10``): "one in 100 children", "19 out of 20 cases", "four in
every 1,000 infected people", "10-to-1 odds", "more than 180:1"; "on a scale of 1 to 6", "phase 5 out of 6".
v11: a book's chapter and verse is no ratio ("Isaiah 45:1"), "Nine times out of 10" is a frequency (one ratio), a
proportion against one is labelled by the noun after it ("a 3 to 1 margin"), and a hedged one after a word of voting
is a proportion ("voted almost 99 to 1"; an exact "voted 99 to 1" is a tally).

v9 read a ratio's second number as a count: "one in 100 children" was "100 — children", "19 out of 20 cases" "20 —
cases go", "four-to-one" "more than four — margin"; the conflict rules then compared it with counts of children or
cases, and the figures list printed it as one. Now a ratio is one figure: its ``value`` is the ratio (X/Y: 0.01,
0.95; "10-to-1" 10), its ``unit`` is ``RATIO`` (":"), its label what the second number counts, and ``align.quantities``
compares a ratio only with a ratio. A ratio is:
- "X in Y", "X out of Y" (also "in every", "out of every") with X below Y ("out of": not above). After "in" the
  second number must be one a proportion is given in — up to ten, or a round number ("20", "100", "1,000") — and
  count no time in the plural ("four in 30 seconds" is a rate; "279 in 36 states" is two counts, and "3 in 11
  states" would be: 11 is no whole a proportion is given in); "a 1 in 200 year event" is a ratio;
- "X to one", "X-to-1", "X:1" (a proportion against one, as odds and margins are written), X above one, not after a
  word of change ("fell from 10 to 1") nor of voting ("voted 99 to 1" is a vote's share, which stays two figures).
A scale's ends are no quantity (v9 read "on a scale of 1 to 6" as the range 1 to 6, "phase 5 out of 6" as 5 and 6):
the numbers after "scale of" are no figure, and "X out of Y" whose X is a level ("phase", "level", "alert" among the
four words before it) and whose Y counts nothing keeps X, the level, and drops Y.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsdesk.model import Article, Figure

from . import money
from .figure_ranges import low_end, range_values, tally
from .numbers import ORDINALS
from .units import TIME_UNITS, UNITS

# The unit of a ratio: a symbol, as "%" is a share's, so that it is no word two figures share (``align.conflicts``
# compares figures whose unit and label words overlap; two ratios of two things are two quantities).
RATIO = ":"
_OVER = (("out", "of", "every"), ("out", "of"), ("in", "every"), ("in",))
# "one in ten", "eight in 10": a proportion is given in a whole up to ten, or in a round hundred, thousand, ...
_SMALL_WHOLE = 10
_ROUND = re.compile(r"[1-9],?0+")
_COLON = re.compile(r"(\d+(?:\.\d+)?):1")  # "180:1", "20:1"
_ONE = {"1", "one"}
# Words that make the number after them a place on a scale: "phase 5 out of 6", "alert level … at 5 out of 6".
_LEVELS = {"phase", "level", "stage", "category", "alert", "grade", "scale"}
_LEVEL_BEFORE = 4  # tokens looked back from the level's number: "level last week to 5"
_CHANGE = {"from", "by"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_NAMES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
RUNS = "newsdesk.figures.numerals"  # where ``figures.candidate_numerals`` keeps every numeral run of a ``Doc``
Qualifier = Callable[[Doc, int], tuple[str | None, int]]


def over_words(doc: Doc, start: int) -> int:
    """How many tokens before token ``start`` say "in", "out of" or "… every" (the ratio's joiner), else 0."""
    for words in _OVER:
        k = start - len(words)
        if k > 0 and tuple(t.lower_ for t in doc[k:start]) == words:
            return len(words)
    return 0


def proportion(doc: Doc, low: float, high: float, joiner: int, end: int) -> bool:
    """Whether X (``low``) over Y (``high``, the numeral ending at token ``end``) joined by the words at token
    ``joiner`` is a proportion (see the module docstring)."""
    if doc[joiner].lower_ == "out":
        return 0 < low <= high
    if not 0 < low < high or (end < len(doc) and _per_time(doc[end].lower_)):
        return False
    return high <= _SMALL_WHOLE or bool(_ROUND.fullmatch(doc[end - 1].text))


def _per_time(word: str) -> bool:
    """ "four in 30 seconds": a rate; "a 1 in 200 year event" (a unit in the singular modifies a noun) is a ratio."""
    return UNITS.get(word) in TIME_UNITS and word.endswith("s")


def level(doc: Doc, start: int) -> bool:
    """The numeral at token ``start`` is a place on a scale: a level word among the few tokens before it."""
    before = doc[max(0, start - _LEVEL_BEFORE) : start]
    return any(t.lower_ in _LEVELS and t.sent == doc[start].sent for t in before)


def scale_of(before: str) -> bool:
    """ "on a scale of 1 to 6", "four on a scale of six": a numeral after ``before`` (the text up to it) is a scale's
    span."""
    return before.rstrip().lower().endswith(" scale of")


def against_one(doc: Doc, start: int, end: int, hedged: bool = False) -> int | None:
    """ "10-to-1", "four-to-one", "10 to 1", "180:1": the token after the "1" of a proportion against one whose
    first number is the numeral at tokens ``start``..``end``; None when it is none. ``hedged``: a qualifier comes
    before it; after a word of voting, a vote's count is exact, so "voted almost 99 to 1" is a proportion (v11) where
    "voted 99 to 1" is a tally."""
    if end - start == 1 and _COLON.fullmatch(doc[start].text):
        return end
    if start and (doc[start - 1].lower_ in _CHANGE or (tally(doc, start) and not hedged)):
        return None
    words = [t.lower_ for t in doc[end : end + 4]]
    glued = not doc[end - 1].whitespace_
    if glued and words[:2] in (["-", "to-1"], ["-", "to-one"]):
        return end + 2
    if glued and words[:3] == ["-", "to", "-"] and words[3:4] and words[3] in _ONE:
        return end + 4
    if words[:1] == ["to"] and words[1:2] and words[1] in _ONE and (end + 2 >= len(doc) or not doc[end + 2].like_num):
        return end + 2
    return None


def _no_count(token: Token) -> bool:
    """ "the team's eighth in 10 games", "Uranium One in three separate transactions": an ordinal or a name's word
    opens no ratio."""
    return token.lower_ in ORDINALS or bool(_ORDINAL.fullmatch(token.text)) or token.ent_type_ in _NAMES


def _titled(token: Token) -> bool:
    """A capitalized word before "45:1": a book's name ("Isaiah", "John"), whose chapter and verse it is."""
    return token.is_alpha and token.text[0].isupper()


def colon_value(text: str) -> float | None:
    """The first number of "180:1"."""
    match = _COLON.fullmatch(text)
    return float(match.group(1)) if match else None


def as_ratio(
    article: Article, doc: Doc, figure: Figure, numeral: tuple[int, int], qualifier: Qualifier
) -> Figure | None:
    """``figure`` (the numeral at tokens ``numeral``) read as the ratio it ends or opens, if any; None when it is a
    scale's end, which is no quantity. ``qualifier``: ``figures._qualifier``, the qualifier before a token."""
    start, end = numeral
    if scale_of(article.text[: figure.start]):
        return None
    runs = doc.user_data.get(RUNS, {})
    over = over_words(doc, start)
    times = over and doc[start - over].lower_ == "out" and doc[start - over - 1].lower_ == "times"
    if times:  # v11: "Nine times out of 10", a frequency (v10: "Nine — times" and "10", two counts)
        over += 1
    if over and figure.high is None and figure.value and (run := runs.get(start - over)) is not None:
        first, stop = run
        x = money.numeral_value(doc, first, stop)
        joiner = start - over + times
        if x is None or _no_count(doc[first]) or not proportion(doc, x, figure.value, joiner, end):
            return figure
        if level(doc, first) and doc[joiner].lower_ == "out" and not (figure.unit or figure.context):
            return None  # "phase 5 out of 6": the level is a figure, the scale's top is none
        xs: tuple[float, float | None] = (x, None)
        opening = first
        if (low := low_end(doc, first, runs)) is not None and (ends := _ratio_range(doc, low, x, first, stop)):
            xs, opening = ends, low[2]
        words, text_first = qualifier(doc, opening)
        high = xs[1] / figure.value if xs[1] is not None else None
        text_start = doc[text_first].idx
        return dataclasses.replace(
            figure,
            start=text_start,
            text=article.text[text_start : figure.end],
            value=xs[0] / figure.value,
            high=high,
            unit=RATIO,
            qualifier=words,
        )
    if end - start == 1 and _COLON.fullmatch(doc[start].text) and start and _titled(doc[start - 1]):
        return None  # v11: "Isaiah 45:1", a book's chapter and verse (v10: the ratio 45)
    stop = against_one(doc, start, end, figure.qualifier is not None)
    value = figure.value if figure.value is not None else colon_value(doc[start].text)
    if stop is None or figure.high is not None or value is None or value <= 1:
        return figure
    text_end = max(figure.end, doc[stop - 1].idx + len(doc[stop - 1].text))
    text = article.text[figure.start : text_end]
    context = figure.context
    if stop < len(doc) and doc[stop].pos_ == "NOUN" and doc[stop].lower_ not in UNITS:
        context = doc[stop].text  # v11: "a 3 to 1 margin" (v10 none: the noun is the "1"'s)
    return dataclasses.replace(figure, end=text_end, text=text, value=value, unit=RATIO, context=context)


def _ratio_range(doc: Doc, low: tuple[int, int, int], x: float, first: int, stop: int) -> tuple[float, float] | None:
    """ "three to four out of 1,000": the ratio's first number is a range (``figure_ranges``)."""
    value = money.numeral_value(doc, low[0], low[1])
    words = [t.text for t in doc[low[0] : low[1]]], [t.text for t in doc[first:stop]]
    return range_values(value, x, *words, doc[low[1]].lower_) if value is not None else None
