"""Figures: numeric claims ("killing about 1,200 people") with value, unit or counted noun, qualifier and
what they count, read off spaCy's tokens, entity labels and dependency parse.

A numeral is a run of number tokens ("2.3 million", "forty thousand", "twenty-five"); its value comes from
``numbers.parse_number``. What it counts is the noun the numeral modifies (``nummod``), widened to the verb
that governs that noun ("killing … people", "Palestinians killed"), in the spirit of quantity-fact extraction
as in Roy, Vieira & Roth, *Reasoning about Quantities in Natural Language* (TACL 2015): a quantity is a value,
a unit and the thing it describes. Dates and years are not figures — spaCy's DATE entities that are not
durations are skipped, and so is a bare year — those belong to time-expression extraction.

v2 (over v1) lists what a reader can use: numbers of set phrases ("four corners of the earth", ``IDIOMS``) and
small counts under a definite determiner ("the two sides", "these five men": things named before) are not
figures; an object's label reads as a headline does, the counted noun then the verb's participle ("killing about
1,200 people" → "people killed", ``participles``); a count hyphenated to a noun modifies the noun after it ("a
three-phase process" → "three-phase — process"); a part counts its whole's noun ("10 of the 34 cases were
acquired here" → "cases acquired"); "four - two steps" is two numerals, not one.
v3: a time unit followed by "ago" ("150 years ago") is a time, not a duration, so not a figure.
v4: an age is one figure, "12-year-old — girl" (v3: "12-year — old girl"); a number after a month's name is a
date spaCy did not label ("#jan 25", "Sat Nov 28 2009", "18 Jun 11"), one before "a.m"/"p.m" is a clock time even
when the splitter took the abbreviation's last dot, and one in a web address ("wp.me/p4HKM-191E", spaced out by
cleaning) is no quantity.
v5: a money amount keeps its scale when the tokenizer split it off ("$200m", "#6m", "$4.37 m": 200 million, not
"more than $200 — m"), and a count written "33m courses" is 33 million; "#" glued to an amount is the pound sign
(``POUND_AS_HASH``); numbers that name rather than count are not figures: a phone number or any numeral with a
leading zero ("08454 24 24 24", "0800", a live blog's "0907"), a number right after the singular noun it labels
("NHS 24", "flight 242", "level four", "phase 5"), an age group ("those over 65"); a count's noun phrase takes
a name it ends in whole ("Ten — New Zealand students", v4 "Ten — Zealand students"), and a name that is only the
owner of what is counted gives way to it ("four World Health Organisation's centres" counts centres).
v6: number words make one numeral only as numbers are spoken (``numbers.follows``): "between five and seven days",
"two five-star hotels", "two seven-year terms" are two numerals each (v5 summed them: 12 days, 7 hotels, 9 terms),
and a fraction in words is its value ("one-third" 1/3, "two-thirds" 2/3; v5 read "one-third" as 4 and "two-thirds"
as 2).
v7: a range is one figure, its ``value`` the low end and ``high`` the high end (``figure_ranges``): "between five and
seven days", "200-250 — vehicles destroyed", "two to three thousand — people gathered" (v6: "seven days"; 200 and 250;
2 and 3,000).
v8: a range inside a token is one figure (``glued_ranges``: "10–15", "$43 million-86 million"); "9/11", "9-11" and
"24/7" name, not count (``naming``); "down from around 250-300" is a range (v7: a change, so two figures).
v9: fractions and mixed numbers have their value (``slash_numbers``: "2-1/2 years" 2.5, "30 7/16", "3/4 of the
country"; v8 "2 — year" and a valueless "1/2"), slashed years and days are times ("2011/12", "Feb 15/16"); a spaced
dash joins a range ("$130 - $140 per kilogram"; v8 two figures); a range's low end before a clock time is one ("between
12.00 and 13.00 GMT", "9.30 Haiti time"; v8 "12.00 — GMT"); after a verb of change "X to Y" is a range only of
neighbours ("fell 4 to 15": a change and a level).
v10: a ratio is one figure whose value is the ratio and whose unit is ``ratios.RATIO`` (``ratios``: "one in 100
children" 0.01, "19 out of 20 cases" 0.95, "10-to-1 odds" 10; v9 "100 — children", "20 — cases go", "10 — odds"), and
a scale's ends are no figure ("on a scale of 1 to 6", the 6 of "phase 5 out of 6").
v11: a number opens at its article or fraction (``scale_words``): "a million" (v10's span "million"), "half a
million" 500,000, "a quarter of a million" 250,000, "three-quarters of a million" 750,000, "half a dozen" 6, "a third
of the population" 1/3 (v10: 1,000,000, 1,000,000, 1,000,000, 12, 3); ``ratios``: "Isaiah 45:1" is a verse, no
figure; "Nine times out of 10" a frequency, one ratio (v10 "Nine — times" and "10"); "a 3 to 1 margin" keeps
"margin"; "voted almost 99 to 1" is a proportion (hedged, so no vote's exact tally; "voted 99 to 1" stays two).
v12: a number goes on with a half (``scale_words.half_end``, ``numbers.and_a_half``): "a million and half" and "a
million and a half" 1,500,000 (v11 "a million", 1,000,000), "one and a half million" 1,500,000 (v11 no figure).
v13: so does a number of ones or tens with no scale word: "two and a half years" 2.5 years, "eleven and a half days"
(v12 no figure; ``scale_words.half_end``, ``numbers.and_a_half``).
v14: a scale word after a vague multiplier is no figure: "several hundred people", "a few thousand troops", "several
million dollars" (v13 read the scale word alone: 100, 1,000, 1,000,000), as "hundreds of" and "tens of thousands"
give none (v12).
v15: two idioms that count nothing: "a couple of hundred suspected cases", "a couple hundred" (v14 read 100, as
v13 "several hundred"), and a set phrase written with digits ("add my 2 cents worth": v14 "2 — cents", while "my two
cents" was no figure since v2).
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Token

from newsdesk.model import Article, Figure

from . import glued_ranges, money, naming, ratios
from .figure_ranges import after_change, low_end, range_values
from .numbers import ONES, ORDINALS, SCALES, SUFFIXES
from .numeral_runs import ORDINAL_FORM, is_numeric, numeral_runs
from .participles import lemma, past_participle
from .spans import sentence_at, sentence_starts
from .units import TIME_UNITS, UNITS

ALGORITHM = "extract.figures.v15"

QUALIFIERS = {
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "as many as",
    "close to",
    "an estimated",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "exactly",
    "only",
}
# Entity types whose numbers are names or times, not claims ("Channel 4", "October 7", "2023").
NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"}
TIME_TYPES = {"DATE", "TIME"}
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")  # "9.30", "14:10"
# Ordinals this common are words of order ("first phase", "second round"), rarely claims worth citing.
_WEAK_ORDINALS = {"first", "second"}
CLOCK_AND_MONTH_WORDS = naming.MONTHS | {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "cet", "cest", "est", "edt"}
CLOCK_AND_MONTH_WORDS |= {"pst", "et", "pt", "hrs", "local", "o'clock", "a.m", "p.m"}
_PREPOSITIONS = {"over", "under", "about", "around"}
# v14: words that multiply a scale word by a number nobody gave ("several hundred", "a few thousand", "many million").
_VAGUE_MULTIPLIERS = {"several", "few", "many"}
# v15: "a couple of hundred", "a couple hundred": a pair, loosely; the "of" may stand between it and the scale word.
_LOOSE_PAIR = "couple"
# Set phrases whose number counts nothing ("terror from four corners of the earth", "a two-state solution", "a
# two-way street", "a million miles from"): keyed by the numeral and the word after it (after a hyphen, if any).
# A short list of English idioms, not of any story's words; a number that only names a phrase is not a claim a
# reader can check.
IDIOMS = {
    ("four", "corners"),
    ("million", "miles"),
    ("two", "state"),
    ("two", "way"),
    ("two", "edged"),
    ("two", "cents"),
    ("nine", "lives"),
    ("sixth", "sense"),
    ("seventh", "heaven"),
}
# "the two sides", "these three men": a small count under a definite determiner points back at things the text
# has named (Egypt and Qatar, "the two countries"); it restates who, it does not claim how many. Small means
# below ten, the numbers news style spells out (AP Stylebook: "spell out one through nine").
# v15: an idiom's number written in digits after a possessive, as spoken ("my 2 cents"; "rose 2 cents" is a price)
_SPOKEN = {str(value): word for word, value in ONES.items() if 0 < value < 10}
_DEFINITE = {"the", "these", "those"}
_SMALL = 10
# Verbs of having, which name no event: "France has 500,000 treatments" counts treatments, not "treatments had".
_HOLDING = {"have", "get", "hold", "include", "contain"}
# Where ``candidate_numerals`` keeps its result, and every numeral run, in a ``Doc``'s user data.
_CANDIDATES = "newsdesk.figures.candidate_numerals"
_RUNS = ratios.RUNS


def _unit(doc: Doc, end: int) -> tuple[str | None, int]:
    """The measurement unit right after a numeral (also "14.5-km"); returns the unit and the new end."""
    k = end
    if k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
        k += 1
    if k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in UNITS:
        return UNITS[f"{doc[k].lower_} {doc[k + 1].lower_}"], k + 2
    if k < len(doc) and doc[k].lower_ in UNITS:
        return UNITS[doc[k].lower_], k + 1
    if k < len(doc) and doc[k].lower_ in money.CURRENCY_WORDS:
        return money.CURRENCY_WORDS[doc[k].lower_], k + 1
    return None, end


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    for width in (2, 1):
        if start - width >= 0:
            words = doc[start - width : start]
            phrase = words.text.lower()
            if phrase in QUALIFIERS and words[0].sent == doc[start].sent:
                # "control over two corridors": a preposition is a qualifier only when it modifies the number.
                if width == 1 and phrase in _PREPOSITIONS and words[0].dep_ not in {"advmod", "quantmod"}:
                    return None, start
                return phrase, start - width
    return None, start


def _noun_phrase(noun: Token, after: int = -1) -> str:
    """The noun with its adjacent adjectives/compounds ("Israeli hostages") and an "of" complement; a modifier
    at or before token ``after`` is left out (it is the figure's own: "three-phase process")."""
    left = [
        t
        for t in noun.lefts
        if t.dep_ in {"amod", "compound"} and t.i == noun.i - 1 and t.i > after and not is_numeric(t) and not _scale(t)
    ]
    # v5: "Ten New Zealand students": a modifier inside a name brings the whole name ("Zealand" is no modifier).
    while left and left[0].ent_iob_ == "I" and left[0].i - 1 > after and _name_word(left[0].nbor(-1)):
        left.insert(0, left[0].nbor(-1))
    words = [t.text for t in left] + [noun.text]
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None:
        words += ["of", pobj.text]
    return " ".join(words)


def _scale(token: Token) -> bool:
    """ "m" of "10m pesos": a scale suffix the tokenizer split off the digits before it."""
    return token.lower_ in SUFFIXES and token.i > 0 and not token.nbor(-1).whitespace_ and token.nbor(-1).like_num


def _name_word(token: Token) -> bool:
    """A capitalized word of a name; not a time zone spaCy put in one ("15.49 BST Graeme Pacitti")."""
    return token.is_alpha and token.text[0].isupper() and token.lower_ not in CLOCK_AND_MONTH_WORDS


def _counts(noun: Token, role: Token | None = None) -> str:
    """What a counted noun is, with the event the verb it hangs off names, as a headline puts it: "Palestinians
    killed", and "people killed" for "killing about 1,200 people" (the object takes the verb's participle).
    ``role``: the token whose place in the clause is the count's, when it is not the noun ("10" in "10 of the
    34 cases were acquired here")."""
    phrase = _noun_phrase(noun)
    role = role if role is not None else noun
    verb = role.head
    if verb.pos_ != "VERB" or role.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return phrase
    # "two countries spent months": a transitive subject is the actor, not what the verb did to it.
    if role.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
        return phrase
    if role.dep_ in {"nsubj", "nsubjpass"}:
        return f"{phrase} {verb.text}"
    if lemma(verb) in _HOLDING:
        return phrase
    return f"{phrase} {past_participle(verb)}{_whence(noun)}"


def _partitive(numeral: Token) -> Token | None:
    """ "10 of the 34 cases", "seven of the nine new cases": the noun a numeral takes a part of."""
    of = next((c for c in numeral.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} else None


def _whence(noun: Token) -> str:
    """ "from their homes" after "forcing some 2.3 million people": the place an object is moved from or to, when
    it is a common noun right after it ("from homes"); a named place or a date is the sentence's setting."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ != "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or pobj is None or pobj.pos_ != "NOUN" or pobj.ent_type_:
        return ""
    return f" {prep.text} {pobj.text}"


def _compound_modifier(doc: Doc, end: int) -> Token | None:
    """ "a three-phase process", "a 10-member team": the noun hyphenated to the numeral when it modifies the
    noun after it; the figure is then a property of that noun ("three-phase — process")."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    noun = doc[end + 1]
    if noun.pos_ == "NOUN" and noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
        return noun
    return None


def _counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    for token in doc[start:end]:
        head = token.head
        if token.dep_ in {"nummod", "amod"} and not start <= head.i < end and head.pos_ in {"NOUN", "PROPN"}:
            # v5: "four World Health Organisation's centres": a named owner is not what is counted.
            if head.dep_ == "poss" and head.ent_type_ in NAME_TYPES and head.head.pos_ == "NOUN":
                return head.head
            return head
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ not in UNITS:
        return doc[end]
    return None


# v12: a number in words of at least this much is a count, whatever entity spaCy puts it in (see ``_skip``)
_THOUSANDS = 1_000


def _skip(doc: Doc, start: int, end: int, unit_after: tuple[str | None, int], value: float | None) -> bool:
    """``unit_after``: the unit after the numeral and the token index after it (``_unit``)."""
    unit, unit_end = unit_after
    first = doc[start]
    if first.ent_type_ in NAME_TYPES:
        return True
    # v14: "several hundred" counts no number a reader can check or compare; v13's 100 made "about 300" a conflict
    if start and doc[start - 1].lower_ in _VAGUE_MULTIPLIERS and first.lower_ in SCALES:
        return True
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if first.lower_ in SCALES and (before[-1:] == [_LOOSE_PAIR] or before == [_LOOSE_PAIR, "of"]):
        return True  # v15: "a couple of hundred suspected cases"
    # v11: "a quarter of a million" opens on a word spaCy may read as a time ("a quarter"): its number is no time;
    # v12: nor is a number of thousands or more ("a quarter of a million have been injured and one and a half million
    # are homeless": spaCy's DATE ran from "a quarter" to the last "million")
    if first.ent_type_ in TIME_TYPES and doc[end - 1].ent_type_ in TIME_TYPES and unit not in TIME_UNITS:
        return not (value is not None and value >= _THOUSANDS and any(t.lower_ in SCALES for t in doc[start:end]))
    ordinal = first.lower_ in ORDINALS or bool(ORDINAL_FORM.fullmatch(first.text))
    # "his 11th month", "the second week": an ordinal of a time unit is a date, not a duration.
    if unit in TIME_UNITS and ordinal:
        return True
    # v3: "150 years ago", "more than 500 years ago" name a time, not a length: which of two events a story dates
    # that way is told by the dates, not compared as durations.
    if unit in TIME_UNITS and unit_end < len(doc) and doc[unit_end].lower_ == "ago":
        return True
    # "18.45 BST", "23.24 April": clock times and dates written with numbers are time expressions; v9: also "9.30
    # Haiti time" and a range's low end before one ("between 12.00 and 13.00 GMT", "from about 1 to 8 a.m.").
    if _time_after(doc, end, doc[start:end].text) or _time_range(doc, end):
        return True
    # v4: "January 25th revolution", "#jan 25": spaCy's DATE misses a date after a hashtag or a weekday; a number
    # past the days of a month after one ("in March 2,000 people …") is still a count.
    if start and naming.month_name(doc[start - 1]) and value is not None and value.is_integer() and 1 <= value <= 31:
        return True
    if any(naming.in_address(doc, k) for k in range(max(0, start - 2), start)):
        return True  # v4: "wp. me/p4HKM -191 E": a short link's path, not a count
    if naming.names(doc, start, end):
        return True
    words = doc[start:end].text.lower()
    if words in _WEAK_ORDINALS or (words == "one" and unit is None):
        return True
    k = end + 1 if end + 1 < len(doc) and doc[end].text == "-" else end
    said = words.split(maxsplit=1)[-1] if doc[start].lower_ in {"a", "an"} else words  # v11: "a million miles"
    if start and doc[start - 1].tag_ == "PRP$":
        said = _SPOKEN.get(said, said)  # v15: "my 2 cents" is "my two cents"; "rose 2 cents" is a price
    if k < len(doc) and (said, doc[k].lower_) in IDIOMS:
        return True
    # "the ninth visit" is a claim of order, "the six-foot replica" and "the 7.03 carat diamond" are measures
    small_count = value is not None and value < _SMALL and value.is_integer() and k == end and not ordinal
    if start and doc[start - 1].lower_ in _DEFINITE and unit is None and small_count:
        return True
    # A bare four-digit integer in the years' range is a year whichever label spaCy gave it.
    return bool(end - start == 1 and first.text.isdigit() and len(first.text) == 4 and value and 1800 <= value <= 2100)


def _time_after(doc: Doc, k: int, numeral: str) -> bool:
    """A clock or month word at token ``k``, after a numeral: "GMT", "April"; v9: "time" ("9.30 Haiti time", "9.30
    local time") after a numeral shaped as a clock time (hours, a point or a colon, minutes)."""
    if k < len(doc) and doc[k].lower_ in CLOCK_AND_MONTH_WORDS:
        return True
    if not _CLOCK.fullmatch(numeral) or k >= len(doc):
        return False
    return doc[k].lower_ == "time" or (k + 1 < len(doc) and doc[k].text[0].isupper() and doc[k + 1].lower_ == "time")


def _time_range(doc: Doc, end: int) -> bool:
    """v9: the numeral ending at token ``end`` is a range's low end whose high end is a time or a date ("14.10 to
    14.30 GMT", "between 5 and 7 March"), so a time too (v8 read "12.00 — GMT", "about 1", "between 9.10 and 9.30")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"to", "and", "-"} or not doc[end + 1].like_num:
        return False
    return _time_after(doc, end + 2, doc[end + 1].text)


def _age_end(doc: Doc, unit_end: int) -> int:
    """ "a 12-year-old girl": the token after an age's "-old" (v4), so the figure reads "12-year-old — girl"; v3
    ended it at the unit and labelled it with the rest ("12-year — old girl"). Else ``unit_end`` as it was."""
    k = unit_end
    glued = k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    return k + 2 if glued and doc[k + 1].lower_ == "old" else unit_end


def _figure(article: Article, doc: Doc, starts: list[int], start: int, end: int) -> Figure | None:
    currency = money.currency(doc, start, end)
    if (values := glued_ranges.numeral_values(doc, start, end, currency is not None)) is None:
        return None  # v8: a dash inside a token that is no range ("2004–2014", "a 70–44 win")
    value, high = values
    unit, unit_end = _unit(doc, end)
    if currency:
        unit, unit_end = currency, end
    elif unit in TIME_UNITS:
        unit_end = _age_end(doc, unit_end)
    qualifier, first = _qualifier(doc, start - 1 if currency else start)
    text_start = doc[first].idx
    text_end = doc[unit_end - 1].idx + len(doc[unit_end - 1].text)
    noun = _counted_noun(doc, start, unit_end)
    if unit is None and (noun is None or noun.i < start) and naming.labels(doc, start):
        return None  # v5: "flight 242", "phase 5": a number that counts no noun after it labels the one before
    context: str | None
    modifier = _compound_modifier(doc, end) if unit is None else None
    if modifier is not None:
        text_end = modifier.idx + len(modifier.text)
        unit, context = modifier.lower_, _noun_phrase(modifier.head, after=modifier.i)
    elif unit is not None:
        anchor = doc[unit_end - 1]
        # "14.5-km-long stretch": the measured thing is the noun the unit (or its adjective) modifies.
        target = anchor.head if anchor.head.pos_ in {"NOUN", "PROPN"} else anchor.head.head
        context = (
            _noun_phrase(target, after=unit_end - 1)
            if target.pos_ in {"NOUN", "PROPN"} and target.i >= unit_end
            else None
        )
    elif noun is not None:
        unit, context = noun.text.lower(), _counts(noun)
    elif (whole := _partitive(doc[end - 1])) is not None:
        unit, context = whole.text.lower(), _counts(whole, role=doc[end - 1])
    else:
        head = doc[end - 1].head
        context = head.text if head.pos_ == "VERB" else None
    return Figure(
        article=article.id,
        sentence=sentence_at(starts, text_start),
        start=text_start,
        end=text_end,
        text=article.text[text_start:text_end],
        value=value,
        high=high,
        unit=unit,
        qualifier=qualifier,
        context=context,
    )


def candidate_numerals(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the numerals that may be figures, decided without the parse: names, dates, clock times
    and years are dropped here. Only the sentences of these numerals need the dependency parse
    (``newsdesk.extract.parse``). Kept in ``doc.user_data``, so the selective parse and ``find_figures`` find
    them once: they read entities and words only, which are final once ner has run."""
    known = doc.user_data.get(_CANDIDATES)
    if known is not None:
        return list(known)
    candidates = []
    runs = numeral_runs(doc)
    for start, end in runs:
        if not _skip(doc, start, end, _unit(doc, end), money.numeral_value(doc, start, end)):
            candidates.append((start, end))
    doc.user_data[_CANDIDATES] = tuple(candidates)
    doc.user_data[_RUNS] = {end: (start, end) for start, end in runs}  # by the token after each: a range's low end
    return candidates


def _as_range(article: Article, doc: Doc, figure: Figure, start: int, end: int) -> Figure:
    """``figure`` (the numeral at tokens ``start``..``end``) widened to the range it ends, if it ends one (v7)."""
    if figure.value is None or figure.high is not None:
        return figure
    low = low_end(doc, start, doc.user_data.get(_RUNS, {}))
    if low is None:
        return figure
    first, low_stop, opening = low
    value = money.numeral_value(doc, first, low_stop)
    words = [t.text for t in doc[first:low_stop]], [t.text for t in doc[start:end]]
    change = after_change(doc, opening)
    ends = range_values(value, figure.value, *words, doc[low_stop].lower_, change) if value is not None else None
    if ends is None:
        return figure
    qualifier, text_first = _qualifier(doc, opening)
    text_start = doc[text_first].idx
    return dataclasses.replace(
        figure,
        start=text_start,
        text=article.text[text_start : figure.end],
        value=ends[0],
        high=ends[1],
        qualifier=qualifier,
    )


def find_figures(article: Article, doc: Doc) -> tuple[Figure, ...]:
    """Every numeric claim of an article, in text order; ``doc`` is the spaCy parse of ``article.text``. A range's
    low end is no figure of its own: it is in the range's (v7); nor is a ratio's first number (v10)."""
    starts = sentence_starts(article)
    figures: list[Figure] = []
    for start, end in candidate_numerals(doc):
        if figures and figures[-1].unit == ratios.RATIO and doc[start].idx < figures[-1].end:
            continue  # v10: the "1" of "10 to 1", in the ratio before it
        figure = _figure(article, doc, starts, start, end)
        if figure is None:
            continue
        ranged = _as_range(article, doc, figure, start, end)
        read = ratios.as_ratio(article, doc, ranged, (start, end), _qualifier)
        while figures and figures[-1].start >= (read or ranged).start:
            low = figures.pop()  # the range's low end, read before its high end; it may say what both count
            if read is not None and not read.context and (read.unit in (None, ratios.RATIO)):
                read = dataclasses.replace(read, unit=read.unit or low.unit, context=low.context)
        if read is not None:
            figures.append(read)
    return tuple(figures)
