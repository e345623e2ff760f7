"""When a fact's sentences say something happened: their calendar dates, and which predicate each date attaches to.

``conflicts`` compares two sources' dates (and, v9, keeps figures of two named days apart; v11, figures counted over
a window that ends when each paper was written) with these readings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsdesk.extract.timex.lexicon import MONTHS
from newsdesk.model import Annotations, Article

from .frames import CLASS_OF
from .similarity import Unit, stems
from .units import unit_records

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A resolved calendar value: a year, a month or a day. "PRESENT_REF", "XXXX-WXX-1" (an unanchored "Monday") or
# "2024-W34" cannot be compared without a guess.
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def calendar_dates(unit: Unit, ann: Mapping[str, Annotations]) -> dict[str, bool]:
    """The unit's calendar dates, each with whether every expression naming it is deictic (``deictic``)."""
    if unit.article not in ann:
        return {}
    found: dict[str, bool] = {}
    for t in unit_records(ann[unit.article].timexes, unit):
        if t.type == "DATE" and t.value and _CALENDAR.match(t.value):
            found[t.value] = found.get(t.value, True) and deictic(t.text)
    return found


def deictic(text: str) -> bool:
    """ "today", "on Friday", "yesterday morning": a day named only relative to when the article was written (no
    number, no month), so two papers of two days using it name two days by design."""
    words = re.findall(r"[a-z]+", text.lower())
    return not re.search(r"\d", text) and not any(w in MONTHS for w in words)


@lru_cache(maxsize=512)
def sentence_parse(sentence: str) -> Doc:
    """The dependency parse of one sentence; only sentences whose dates would conflict are parsed (a few per story),
    so the model is loaded only when a brief has such a pair. On one BLAS thread, as extraction parses
    (``nlp.one_blas_thread``): the same trees (600 story sentences compared) for half the CPU, more under load."""
    from newsdesk.extract.nlp import load_nlp, one_blas_thread

    with one_blas_thread():
        return load_nlp()(sentence)


def _event_key(token: Token) -> str:
    """A predicate as compared: its predicate class in the frame lexicon (``frames.CLASS_OF``: "accept" and
    "support" are one), else its Snowball stem ("delivered" → "deliv")."""
    stem = (stems(token.text) or [token.lower_])[0]
    return CLASS_OF.get(stem, stem)


def date_events(
    unit: Unit, articles: Mapping[str, Article], ann: Mapping[str, Annotations], compared: Mapping[str, bool]
) -> dict[str, set[str]]:
    """v8: for each of the unit's calendar dates, the predicates its expressions attach to in the parse: the word
    the date hangs off past any preposition ("said on Tuesday" → said; "Earlier today, Hague told" → told; "a
    speech early Monday" → speech), and for a participle that modifies a noun, that noun too ("a speech delivered
    Sunday" → delivered, speech). A date at its sentence's root attaches to nothing known: an empty set. Only the
    dates in ``compared`` (those left after the page-day and year rules)."""
    if unit.article not in ann:
        return {}
    sentence = articles[unit.article].sentences[unit.sentence]
    doc = sentence_parse(sentence.text)
    found: dict[str, set[str]] = {}
    for t in unit_records(ann[unit.article].timexes, unit):
        if t.type != "DATE" or t.value not in compared:
            continue
        keys = found.setdefault(t.value, set())
        span = doc.char_span(t.start - sentence.start, t.end - sentence.start, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        while head.pos_ == "ADP" and head.head.i != head.i:  # tokens are made per access: compare indices
            head = head.head
        if head.pos_ == "ADP" or span.start <= head.i < span.end:  # "On Tuesday.": attached to no predicate
            continue
        keys.add(_event_key(head))
        if head.dep_ in {"acl", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"}:
            keys.add(_event_key(head.head))
    return found


def one_event(events_a: Mapping[str, set[str]], events_b: Mapping[str, set[str]]) -> bool:
    """v8: some date of one side and some of the other attach to one predicate, or either's attachment is unknown
    (then, as before v8, they are compared)."""
    return any(not ka or not kb or bool(ka & kb) for ka in events_a.values() for kb in events_b.values())


def dates_agree(dates_a: set[str], dates_b: set[str]) -> bool:
    """Some date of one side equals, contains or falls inside some date of the other ("2024-08" ⊇ "2024-08-26")."""
    return any(a.startswith(b) or b.startswith(a) for a in dates_a for b in dates_b)


def two_days(dates_a: Mapping[str, bool], dates_b: Mapping[str, bool]) -> bool:
    """v9: each side names a day (a full calendar date, not a month or year) and none of one side's days is one of
    the other's."""
    days_a, days_b = ({d for d in dates if len(d) == len("YYYY-MM-DD")} for dates in (dates_a, dates_b))
    return bool(days_a) and bool(days_b) and not days_a & days_b


# A duration that ends when the paper was written: "in the past 24 hours", "over the last two days", "in the previous
# week". The tagger types these DURATION ("PT24H", "P2D"); "five days of violence" or "Six months of civil war" name a
# length, not where it ends, and are not windows.
_TRAILING = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.I)


def trailing_window(unit: Unit, ann: Mapping[str, Annotations]) -> bool:
    """v11: the unit counts over a window that ends at its paper's time ("The Pentagon said 115 strike sorties had been
    flown … in the last 24 hours"): papers of two days count over two windows."""
    if unit.article not in ann:
        return False
    return any(t.type == "DURATION" and _TRAILING.match(t.text) for t in unit_records(ann[unit.article].timexes, unit))


# What keeps a past figure a running count rather than one incident's: "The death toll rose to 300", "A total of 448
# people crossed", "the number of dead reached 50". Such a count is revised from paper to paper by design.
_RUNNING = frozenset({"toll", "total", "tally", "number", "count"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "’ve"})


def _figure_verb(token: Token) -> Token | None:
    """The verb of the clause a figure's number stands in: up its heads to the first verb ("Two people were killed" →
    killed; "836 injured" → injured); None when a running-count word or a "to" lies on the way ("rose to 300")."""
    while token.pos_ not in {"VERB", "AUX"}:
        if token.lower_ in _RUNNING or token.lemma_.lower() in _RUNNING or token.lower_ == "to":
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _perfect(verb: Token) -> bool:
    """ "have been killed", "has so far infected … and killed 92": the verb or the conjunct it shares its
    auxiliary with has "have"."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PERFECT for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i != verb.i and _perfect(verb.head)


def _simple_past(verb: Token) -> bool:
    """ "killed" (VBD), "were killed" (a passive in the past): a past event, not a perfect ("have been killed", "had
    been killed": a count as of the report) nor a state ("were aboard the U.S. ferry": "be" with no participle). A
    participle without its own auxiliary takes its conjunct's ("were killed and 836 injured")."""
    children = list(verb.children)
    if verb.lemma_.lower() == "be" or _perfect(verb):
        return False
    if any(c.lower_ in _RUNNING or c.lemma_.lower() in _RUNNING for c in children if c.dep_.startswith("nsubj")):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        if any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in children):
            return True
        return verb.dep_ == "conj" and verb.head.i != verb.i and _simple_past(verb.head)
    return False


def past_event(figure: Any, article: Article) -> bool:
    """v14: the figure counts what happened once, told in the simple past ("Two people were killed and many others
    were wounded", "A magnitude 5.6 earthquake struck Chile", "Three were boarded but none was diverted", "The Dow
    Jones industrial average rose 20 points"), not a count as of the paper ("2,000 civilians have been killed"), a
    state ("Seventeen ships … are patrolling") or a running count ("the toll rose to 300"). Papers of two days that
    each tell such an incident tell two incidents of one shape as often as one incident twice; ``conflicts`` compares
    them only within one day."""
    verb = figure_verb(figure, article)
    return verb is not None and _simple_past(verb)


def count_as_of_paper(figure: Any, article: Article) -> bool:
    """v16: the figure is a count told in the perfect ("at least 49 people have been injured", "five people had been
    killed in the Bab Amro district"): what has happened up to the report, not one incident told in the simple past
    (``past_event``). Against an incident of another paper's day it is another quantity (``Rules.perfect_and_past``)."""
    verb = figure_verb(figure, article)
    return verb is not None and _perfect(verb)


def figure_token(figure: Any, article: Article) -> Token | None:
    """The head token of the figure's words in its sentence's parse, or None (no sentence holds it, or no span)."""
    sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
    if sentence is None:
        return None
    doc = sentence_parse(sentence.text)
    span = doc.char_span(figure.start - sentence.start, figure.end - sentence.start, alignment_mode="expand")
    return None if span is None else span.root


def figure_verb(figure: Any, article: Article) -> Token | None:
    """The verb of the clause the figure stands in, in its sentence's parse (``_figure_verb``), or None."""
    token = figure_token(figure, article)
    return None if token is None else _figure_verb(token)
