"""Numbers that name rather than count: a phone number, a code written with a leading zero, a rank after "#", an age
group's bound, a label after the noun it names ("NHS 24", "flight 242", "phase 5"), a date after a month's name, a
web address's digits. ``extract.figures`` leaves them out (a part of ``extract.figures.v5``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import slash_numbers
from .money import POUND_AS_HASH, currency
from .timex.lexicon import MONTHS as MONTH_NUMBERS
from .units import UNITS

MONTHS = frozenset(MONTH_NUMBERS)  # "january" … "dec", "sept": the time-expression tagger's month names
# Months that are also common words ("it may 10 …" does not occur, but "a march 5,000 strong" does): a date only
# when capitalized.
_MONTH_WORDS = {"may", "march"}
# v5: "those over 65", "people under 18": the number bounds an age group, it counts nothing.
_AGE_GROUP_HEADS = {"those", "anyone", "everyone", "people", "persons", "adults", "children", "aged"}
# v5: "a record 35 people", "an extra 20": after "a"/"an" the noun before a number is a modifier, not a label.
_ARTICLES = {"a", "an"}
# v8 (``extract.figures.v8``): numbers English uses as names, not counts: the attacks of 11 September 2001 ("after
# 9/11", "the 9-11 attacks"; v7 read "9-11" as a range of 9 to 11 and listed "9/11 — attacks" as a figure) and
# "24/7" (all the time: "24/7 news channels").
NUMBER_NAMES = {"9/11", "9-11", "24/7"}


def names(doc: Doc, start: int, end: int) -> bool:
    """v5: a numeral that names instead of counting, told by its words alone (``candidate_numerals`` runs before
    the parse)."""
    first = doc[start]
    if _number_name(doc, start, end) or _slashed_time(doc, start, end):
        return True
    # "0800", "08454", "0907": a leading zero writes a code, a phone number or a clock time, never a count.
    if first.text[0] == "0" and len(first.text) > 1 and first.text.isdigit():
        return True
    # "08454 24 24 24", "0370 60 60 900": three or more groups of digits in a row are a phone number.
    if end - start == 1 and first.text.isdigit() and len(_digit_groups(doc, start)) >= 3:
        return True
    if start and doc[start - 1].text == POUND_AS_HASH and not doc[start - 1].whitespace_:
        return currency(doc, start, end) is None  # "#1", "#10": a rank or a hashtag
    # "those over 65 most likely to die": an age group's bound.
    return start >= 2 and doc[start - 1].lower_ in {"over", "under"} and doc[start - 2].lower_ in _AGE_GROUP_HEADS


def _number_name(doc: Doc, start: int, end: int) -> bool:
    """v8: the numeral is a number name or a part of one ("9/11"; "9" or "11" of "9-11"), with no unit after it
    ("children aged 9-11 years" is a range)."""
    for low, high in ((start, end), (start - 2, end), (start, end + 2)):
        if _hyphened(doc, low, high) in NUMBER_NAMES:
            return not (high < len(doc) and doc[high].lower_ in UNITS)
    return False


def _slashed_time(doc: Doc, start: int, end: int) -> bool:
    """v9: slashed years ("2011/12", "4/2008") and slashed days beside a month's name ("Feb 15/16", "30/31 May")."""
    if end - start != 1 or "/" not in doc[start].text:
        return False
    beside = (doc[k] for k in (start - 1, end) if 0 <= k < len(doc))
    return slash_numbers.years(doc[start].text) or any(month_name(t) for t in beside)


def _hyphened(doc: Doc, start: int, end: int) -> str:
    """The text of tokens ``start``..``end`` when they are one word ("9-11", "9/11"), else ""."""
    if start < 0 or end > len(doc) or any(t.whitespace_ for t in doc[start : end - 1]):
        return ""
    return doc[start:end].text


def labels(doc: Doc, start: int) -> bool:
    """v5: "NHS 24", "flight 242", "level four", "phase 5 is declared": a number right after a singular noun of
    its sentence names it (a line, a flight, a place on a scale); a count comes before its noun, and the figure
    list would read "4 — level" as four levels. ``_figure`` asks only when the number has no unit and counts no
    noun after it ("magnitude 7.0 quake", "the population 2 billion people" stay). Not after a place or a time
    ("in Mexico 20 …", "Tuesday 20 …"), nor after "a record", "an extra" (the noun there modifies the count).
    Names are whole numbers: a decimal is a measure ("plus/minus 1.4"). Read off the tagger, so after the parse."""
    before = doc[start - 1] if start else None
    return (
        before is not None
        and "." not in doc[start].text
        and not doc[start].is_sent_start
        and before.tag_ in {"NN", "NNP"}
        and before.is_alpha
        and before.whitespace_ == " "
        and before.ent_type_ not in {"GPE", "LOC", "NORP", "DATE", "TIME", "PERSON"}
        and not month_name(before)
        and not (start >= 2 and doc[start - 2].lower_ in _ARTICLES)
    )


def _digit_groups(doc: Doc, k: int) -> list[int]:
    """The run of whitespace-separated all-digit tokens around token ``k`` ("08454 24 24 24")."""
    lo = k
    while lo > 0 and doc[lo - 1].text.isdigit() and doc[lo - 1].whitespace_:
        lo -= 1
    hi = k
    while hi + 1 < len(doc) and doc[hi + 1].text.isdigit() and doc[hi].whitespace_:
        hi += 1
    return list(range(lo, hi + 1))


def month_name(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in MONTHS and (word not in _MONTH_WORDS or token.text[0].isupper())


def in_address(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is part of a web address: spaCy's ``like_url`` written onto what follows, or the slash
    after a domain that cleaning spaced out ("wp. me/p4HKM"); a slash between words is not ("7.6 (plus/minus
    1.4)", "and / or"), nor a site named in prose ("told CNN.com 15 people died")."""
    token = doc[k]
    if token.like_url:
        return not token.whitespace_
    if token.text != "/" or k < 2 or k + 1 >= len(doc) or doc[k - 1].whitespace_ or token.whitespace_:
        return False
    return doc[k - 2].text == "." and doc[k - 1].is_alpha
