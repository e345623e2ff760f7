"""What a figure counts, as a desk reader ranks it (``brief.figure-variants.v3``): the story's tolls first, detail
last.

A figure is a value, a unit and the thing it describes (Roy, Vieira & Roth, TACL 2015). A news reader scans a
story's figures for its counts: what happened to how many (killed, wounded, arrested, evacuated, infected), how
many people, how much money; then other counted things and quantities ("40,000 tonnes", "1,500 schools closed").
Ages ("19-year-old — student"), durations ("three days"), ordinals ("25th — anniversary"), lengths ("25 miles")
and numbers hyphenated into a modifier ("30-year — rule", "two-term — limits", "six-point — scale") describe
rather than count; a figure with no label ("up to 40%") says nothing on its own. The classes are read off the
extractor's fields and general lexicons the project already ships, not any story's words:

- an outcome: a label word whose Snowball stem is in ``align.quantities.OUTCOMES`` (die, injure, missing, held,
  displace) or the frame lexicon's kill and arrest classes (``align.frames.PREDICATES``), or in ``INCIDENCE`` or
  ``CAPTIVITY``;
- people: the counted noun is one of ``extract.speaker_kinds.PERSON_NOUNS`` (singular or plural), "people",
  "men", "women", "children", "police", "troops", "staff", or a capitalized plural (a demonym or a party:
  "Palestinians", "Democrats");
- money: a currency unit (``extract.money``); durations and lengths: the extractor's time units and its length
  and speed units.
"""

from __future__ import annotations

from enum import IntEnum

from newsdesk.align.frames import PREDICATES
from newsdesk.align.quantities import OUTCOMES, names_one
from newsdesk.align.similarity import stems
from newsdesk.extract.figures import TIME_UNITS
from newsdesk.extract.money import CURRENCIES, CURRENCY_WORDS
from newsdesk.extract.speaker_kinds import person_noun
from newsdesk.model import Figure


class Kind(IntEnum):
    """A figure's rank class; a lower one is listed first."""

    OUTCOME = 0  # "at least 60 — people killed", "35 — people injured", "12 — probable cases"
    PEOPLE_OR_MONEY = 1  # "more than 90,000 — people pledged", "$4.37m"
    QUANTITY = 2  # "two — drugs used", "40,000 tonnes — of aid", "20% — of the vote"
    DETAIL = 3  # ages, durations, ordinals, lengths, modifiers
    UNLABELLED = 4  # "up to 40%", "three days", "25 miles"


# How many are sick is what an epidemic's stories count, as a conflict's how many died: cases, infections, the ill
# (Snowball stems; the incidence terms of epidemiology, not of one outbreak), and the word for a toll, casualties.
INCIDENCE = ("case", "infect", "ill", "sick", "casualti")
# Held against their will as the arrested are held by the state: hostages and captives (Snowball stems).
CAPTIVITY = ("hostag", "kidnap", "abduct", "captiv")
_OUTCOME_STEMS = frozenset(
    {
        *(s for group in OUTCOMES.values() for s in group),
        *PREDICATES["kill"],
        *PREDICATES["arrest"],
        *INCIDENCE,
        *CAPTIVITY,
    }
)
_MONEY = frozenset({*CURRENCIES.values(), *CURRENCY_WORDS.values()})
_LENGTHS = frozenset({"km", "mi", "m", "mph", "kph"})


def _outcome(figure: Figure) -> bool:
    return any(s in _OUTCOME_STEMS for s in stems(figure.context or ""))


def _capitalized_plural(figure: Figure) -> bool:
    """ "Palestinians killed", "three — Democrats": the counted noun written with a capital and a plural -s."""
    unit = (figure.unit or "").lower()
    return any(w.lower() == unit and w[:1].isupper() and w.endswith("s") for w in (figure.context or "").split())


def _detail(figure: Figure) -> bool:
    """An age, a duration, an ordinal, a length, or a numeral hyphenated into a modifier ("30-year — rule")."""
    text = figure.text.lower()
    if text.endswith("-old") or figure.unit in TIME_UNITS or figure.unit in _LENGTHS:
        return True
    return names_one(figure)


def kind(figure: Figure) -> Kind:
    """The figure's class (see the module docstring). Money is money with or without a label; detail is told
    before an outcome, so "19-year-old — man killed" is an age; any other figure without a label is last."""
    if figure.unit in _MONEY:
        return Kind.PEOPLE_OR_MONEY  # "at least $30 billion": a currency says what the amount is without a label
    if not figure.context:
        return Kind.UNLABELLED
    if _detail(figure):
        return Kind.DETAIL
    if _outcome(figure):
        return Kind.OUTCOME
    if figure.unit and (person_noun(figure.unit) or _capitalized_plural(figure)):
        return Kind.PEOPLE_OR_MONEY
    return Kind.QUANTITY
