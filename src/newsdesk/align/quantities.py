"""What a figure measures, read off its sentence (``align.facts.v7``): two figures sharing a noun are one
quantity only when nothing in their sentences says they measure two.

A figure is a value, a unit and the thing it describes (Roy, Vieira & Roth, *Reasoning about Quantities in
Natural Language*, TACL 2015); the extractor's counted noun ("staff") names the thing only in part. Four readings
tell two quantities apart where the noun is shared:

- the predicate, what happened to the counted: "188 staff members are still unaccounted for" and "Seventeen UN
  staff have been killed" count two groups of staff (two predicates of two classes of ``OUTCOMES`` or of the frame
  lexicon; two other verbs may be one event told two ways, "flooded" / "fled");
- a part: "Three of the schools are in London" takes a part of "Five schools have been closed"; it is one
  quantity with another count only when both say the same happened ("36 of its personnel were killed" /
  "Seventeen UN staff have been killed");
- an increment: "around 300 more tests" and "a further five were also killed" add to a count, "more than 600
  tests" and "35 protesters had been killed" are one;
- a measure's subject, when no noun is counted: "They [the aftershocks] last from three to five seconds" and "It
  [the quake] lasted about 45 seconds" measure two events; "Mexico's peso dropped more than 4 percent" and "The
  MSCI world equity index fell 0.8 percent" two prices; and a measure in one unit is not one in another ("3m
  euros" / "$4.3 m").

Read from the article's text around the figure's span, without a parser: the records stay whatever the extractor
made them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.extract.numbers import ORDINALS, SCALES, is_number_word
from newsdesk.extract.ratios import RATIO
from newsdesk.model import Article

from .frames import CLASS_OF
from .similarity import stems

# Units that measure (a length, a duration, a share, a currency), as the figure extractor normalizes them; any
# other unit is a counted noun ("staff", "schools").
MEASURES = frozenset({"km", "mi", "m", "kg", "t", "%", "h", "min", "s", "d", "week", "month", "year", "mph", "kph"})
MEASURES |= frozenset({"USD", "EUR", "GBP", "JPY", "INR"})
# A ratio ("one in 100 children", "10-to-1", ``extract.figures.v10``) measures a proportion, not a count of its noun:
# it is one quantity only with a ratio.
MEASURES |= frozenset({RATIO})
# Outcomes news counts, one class per line (Snowball stems), added to the frame lexicon's predicate classes: "20
# people died" and "killed 30 people" count one outcome, "unaccounted" and "missing" another.
OUTCOMES: dict[str, tuple[str, ...]] = {
    "kill": ("die", "dead", "death", "perish", "fatal"),
    "injure": ("injur", "wound", "hurt"),
    "missing": ("miss", "unaccount", "disappear"),
    "arrest": ("held", "jail", "imprison"),
    "displace": ("displac", "homeless", "evacu", "flee", "fled"),
}
_CLASS = {**CLASS_OF, **{s: name for name, group in OUTCOMES.items() for s in group}}
# Forms of "be" and "have" and the modals: a count's predicate is past them, and they link a subject to its measure.
_VERB_HELPERS = frozenset(
    {"be", "been", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might"}
)
# Verbs that say how a count is known or that it holds, not what happened ("are now confirmed as dead", "remain
# under quarantine"): the predicate is the word after them, when there is one.
NEUTRAL = _VERB_HELPERS | frozenset(
    {
        "being", "remain", "remains", "remained", "stay", "stayed", "become", "became", "reported", "confirmed",
        "recorded", "registered", "said", "estimated", "believed", "thought", "feared", "known", "listed", "counted",
        "put", "now", "still", "also", "not", "already", "all", "reportedly", "officially", "as", "to"
    }
)  # fmt: skip
_AUXILIARIES = r"are|is|was|were|have|has|had|will|would|could|may|might|remain|remains|remained"
# The counted noun phrase between a figure and its verb: at most six words, no comma ("188 staff members are").
_SUBJECT_OF = re.compile(rf"^(?:\s+(?!(?:{_AUXILIARIES})\b)[\w'’-]+){{0,6}}?\s+(?:{_AUXILIARIES})\b", re.I)
_PARTITIVE = re.compile(r"^\s+(?:or more\s+)?of\s+(?:the|its|their|them|those|these|our|his|her|whom|which)\b", re.I)
# "300 more tests", "40 other deaths", "Nine new cases"; "another 25", "a further five": a count added to another.
_INCREMENT_AFTER = frozenset({"more", "other", "additional", "further", "extra", "new"})
_INCREMENT_BEFORE = frozenset({"another", "further", "additional", "extra"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words that end a clause before a measure: the subject is after the last of them.
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|but|while|which|who|that|when|after|before|because)\b", re.I)
_SINGULAR = frozenset({"it", "this", "he", "she"})
_PLURAL = frozenset({"they", "these", "those", "we"})
# Words between a measure's subject and the measure: the verb's auxiliaries, prepositions and determiners.
_LINKING = _VERB_HELPERS | frozenset(
    {
        "a", "an", "the", "of", "in", "at", "on", "by", "to", "from", "for", "about", "around", "some", "nearly",
        "almost", "roughly", "over", "under", "up", "down", "just", "only", "than", "more", "less", "can"
    }
)  # fmt: skip


def figure_key(figure: Any) -> frozenset[str]:
    """The stems of a figure's unit and context: what it is of (v4 compares two figures that share one)."""
    return frozenset(stems(" ".join(x for x in (figure.unit, figure.context) if x)))


# Words that say who is counted, not what happened to them: "at least 90 people were detained" and "three people
# died" share "people" and count two things.
GENERIC_COUNTED = frozenset(stems("people person persons"))


def counted_key(figure: Any) -> frozenset[str]:
    """What a figure counts, less the generic words (v5)."""
    return figure_key(figure) - GENERIC_COUNTED


def counted_noun(figure: Any) -> frozenset[str]:
    """The stems of the noun a figure counts (its unit, when that is no measure), less the generic words: "youths"
    in "At least four youths were killed" (v18)."""
    if not figure.unit or figure.unit in MEASURES:
        return frozenset()
    return frozenset(stems(figure.unit)) - GENERIC_COUNTED


# "two-year-old", "five-storey", "30-year", "six-month-long": a numeral hyphenated to the word after it, which then
# modifies a noun ("twenty-five" is one number).
_HYPHENED = re.compile(r"^(.*\w)-([A-Za-z]+)$")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def is_ordinal(figure: Any) -> bool:
    """ "the 11th case", "the eighth case", "25th — anniversary": a position in a series."""
    last = figure.text.lower().split()[-1]
    return last in ORDINALS or _ORDINAL_DIGITS.fullmatch(last) is not None


def is_modifier(figure: Any) -> bool:
    """A numeral hyphenated into a modifier ("a two-year-old girl", "a five-storey building", "a nearly
    two-month long war")."""
    hyphened = _HYPHENED.match(figure.text)
    return hyphened is not None and not is_number_word(hyphened.group(2))


def names_one(figure: Any) -> bool:
    """An ordinal or a numeral hyphenated into a modifier: it says which one ("This is the 11th case", "a
    two-year-old girl"), not how many of anything, so it is no count that two outlets can give differently or that
    rises as a story goes on (``align.facts.v9`` compares no such figure; ``brief.figure_kinds`` lists it as
    detail)."""
    return is_ordinal(figure) or is_modifier(figure)


# The words that make a scale word one of it ("a thousand", "one million"); any other before it ("Several thousand
# Syrians", "Egypt's billion dollars") leaves the scale word an order of magnitude.
_ONE_OF = frozenset({"a", "an", "one"})


def is_bare_scale(figure: Any, article: Article) -> bool:
    """A figure written as a scale word with no count of it: "Several thousand Syrians have fled" (recorded as
    "thousand", 1,000), "Egypt's billion dollars a year" (1,000,000,000). It names an order of magnitude, not a value:
    "Almost 10,000" is not refined by it, nor is "$1.5 billion" an update of it (``align.facts.v20`` compares no
    such figure)."""
    words = figure.text.lower().split()
    if not words or (words[0] not in SCALES and words[0].removesuffix("s") not in SCALES):
        return False
    before = _WORD.findall(article.text[max(0, figure.start - 12) : figure.start])
    return not (before and before[-1].lower() in _ONE_OF)


# "4 years old", "six months old"; "aged 15", "people aged 5 to 24", "up to the age of about 15": how old someone is.
_AGE_AFTER = re.compile(r"^\s+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of)\s+$", re.IGNORECASE)


def is_age(figure: Any, article: Article) -> bool:
    """An age written without hyphens: "One patient was 4 years old", "schoolchildren up to the age of about 15
    years old", "adults aged 20-50". Like "a two-year-old girl" (``names_one``) it describes someone, it does not
    count anything: two ages in one fact are two people's (``align.facts.v12`` compares no age)."""
    before = article.text[max(0, figure.start - 12) : figure.start]
    after = article.text[figure.end : figure.end + 6]
    return _AGE_BEFORE.search(before) is not None or (
        figure.unit in {"year", "month", "week"} and _AGE_AFTER.match(after) is not None
    )


# A figure given again in other units, in parentheses right after it: "161km (100 miles)", "about $270m (#165m)",
# "1m euro ($1.5 m: #894,000)". The bracket opens after a number (within a unit's length) and closes, or moves on to
# the next unit, after the figure.
_CONVERSION_BEFORE = re.compile(r"\d[^\d()]{0,12}\(\s*(?:[^()]*\d[^()]*[:;]\s*)?$")
_CONVERSION_AFTER = re.compile(r"^\s*[):;]")


def is_conversion(figure: Any, article: Article) -> bool:
    """Whether ``figure`` restates the figure before it in other units (``_CONVERSION_BEFORE``): an outlet's
    conversion, rounded its own way ("161km" / "160km" for one "100 miles"), is no claim of its own
    (``align.facts.v10`` compares the figure it converts instead)."""
    before = article.text[max(0, figure.start - 60) : figure.start]
    after = article.text[figure.end : figure.end + 3]
    return _CONVERSION_BEFORE.search(before) is not None and _CONVERSION_AFTER.match(after) is not None


@dataclass(frozen=True, slots=True)
class Quantity:
    """What one figure measures beyond its noun: ``predicate`` (a predicate class or stem, None when the sentence
    gives none), ``part`` ("Three of the schools"), ``increment`` ("300 more tests"), ``measure`` (its unit, when
    it measures) and ``subject`` (the subject of a measure that counts no noun: its stems, or "singular"/"plural"
    for a pronoun; empty when unknown)."""

    predicate: str | None
    part: bool
    increment: bool
    measure: str | None
    subject: frozenset[str]


def _predicate_word(word: str) -> str | None:
    """The word's predicate class, or "~" and its stem when no class holds it: two verbs of no class ("flooded",
    "fled") may be one event told two ways, so only two classes can differ."""
    if word.lower() in NEUTRAL:
        return None
    found = stems(word)
    return _CLASS.get(found[0], "~" + found[0]) if found else None


def _context_predicate(figure: Any) -> str | None:
    """The verb the extractor added after the counted noun ("Nations staff killed" → "killed")."""
    words = (figure.context or "").split()
    unit = (figure.unit or "").lower()
    if unit not in (w.lower() for w in words):
        return None
    after = words[len(words) - [w.lower() for w in words][::-1].index(unit) :]
    return _predicate_word(after[0]) if after else None


def _text_predicate(after: str) -> str | None:
    """The first word that is not an auxiliary, a hedge or a preposition after the counted noun phrase's
    auxiliary ("188 staff members are still unaccounted for" → "unaccounted"); None for a place or a state
    ("are in London", "remain under quarantine")."""
    match = _SUBJECT_OF.match(after)
    if match is None:
        return None
    for word in _WORD.findall(after[match.end() : match.end() + 80]):
        if word.lower() in NEUTRAL:
            continue
        if word.lower() in _LINKING or word.lower() in {"among", "with", "into", "within", "under", "near"}:
            return None
        return _predicate_word(word)
    return None


def _subject(before: str) -> frozenset[str]:
    """The subject of the clause a measure ends: a pronoun's number, else the stems left once the verb and the
    words linking it to the measure are dropped ("Mexico's peso dropped" → {"mexico", "peso"})."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = _WORD.findall(clause)
    if words and words[0].lower() in _SINGULAR | _PLURAL:
        return frozenset({"singular" if words[0].lower() in _SINGULAR else "plural"})
    while words and words[-1].lower() in _LINKING:
        words.pop()
    return frozenset(stems(" ".join(words[:-1])))


def quantity(figure: Any, article: Article) -> Quantity:
    """What ``figure`` (a ``Figure`` of ``article``) measures, read off the text around it."""
    text = article.text
    after = text[figure.end : figure.end + 200]
    next_words = _WORD.findall(after[:40])
    before_words = _WORD.findall(text[max(0, figure.start - 12) : figure.start])
    increment = bool(next_words and next_words[0].lower() in _INCREMENT_AFTER) or bool(
        before_words and before_words[-1].lower() in _INCREMENT_BEFORE
    )
    predicate = _context_predicate(figure) or _text_predicate(after)
    counted = [w for w in (figure.context or "").lower().split() if w != (figure.unit or "").lower()]
    measure = figure.unit if figure.unit in MEASURES else None
    subject: frozenset[str] = frozenset()
    if measure is not None and not counted:
        sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
        subject = _subject(text[sentence.start if sentence else 0 : figure.start])
    return Quantity(predicate, bool(_PARTITIVE.match(after)), increment, measure, subject)


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Whether nothing tells two figures that share a noun apart as two quantities (see the module's docstring)."""
    classes = [p for p in (a.predicate, b.predicate) if p and not p.startswith("~")]
    if len(classes) == 2 and classes[0] != classes[1]:
        return False
    if (a.part or b.part) and not (a.predicate and a.predicate == b.predicate):
        return False
    if a.increment != b.increment:
        return False
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if RATIO in (a.measure, b.measure) and a.measure != b.measure:
        return False  # "one in 100 children" / "100 children"
    if a.measure and b.measure and a.subject and b.subject:
        pronouns = {"singular", "plural"}
        if a.subject <= pronouns and b.subject <= pronouns:
            return a.subject == b.subject
        if not (a.subject <= pronouns or b.subject <= pronouns):
            return bool(a.subject & b.subject)
    return True
