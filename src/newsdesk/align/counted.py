"""Whose count, net or gross, measured from where (``align.facts.v18``): two figures of one shape that count two
things.

``quantities`` tells two figures sharing a noun apart by their predicates, parts, increments and measures' subjects.
Session 19 read every flagged entry of nine Timeline17 exports; the largest class of wrong ones on the development
exports was two quantities of one shape in one fact, which those readings share. Three of them are told apart here by
what the sentence says the count is *of*:

- its owner, a country or people named with the counted noun ("about 100,000 U.S. troops"), as its possessor
  ("Britain's 10,000 troops") or as the subject of "has" right before it ("Britain has 10,000 troops"): two
  different owners' troops are two counts;
- a net amount, one quantity less another ("The country's net foreign assets are estimated to total $150 billion",
  "Syria's net oil exports were less than 117,000 barrels per day"), against one that is not net ("Libya's total
  foreign assets", "a country that produces 380,000 barrels per day");
- a distance's origin, the place it is measured from ("55 km (35 miles) south of Syria's second city Aleppo"): a
  distance is between two places, so two distances are one quantity only when both name the place they are
  measured from and it is the same one ("some 35 km (20 miles) away" names none).

Read from the article's text and the extractor's entity mentions around the figure's span, without a parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsdesk.model import Article, Mention

from .quantities import counted_key, counted_noun

# Who can own a count: a country, a people or a nationality (the extractor's labels).
OWNER_LABELS = frozenset({"GPE", "NORP"})
# What a distance can be measured from.
ORIGIN_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Units of length, as the figure extractor normalizes them.
LENGTHS = frozenset({"km", "mi", "m"})
# Between an owner and its count: a possessive ("Britain's 10,000 troops") or "has" ("Britain has 10,000 troops").
_OWNER_GAP = re.compile(r"^(?:['’]s|\s+(?:has|have|had|now has|now have))\s+$")
# After a distance: its conversion in brackets, a compass direction, then "of"/"from" ("10 km (six miles) south of",
# "some 35 km away from", "about 7 km (4 miles) from").
_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
_ORIGIN_BEFORE = re.compile(rf"^\s*(?:\([^()]*\)\s*)?(?:(?:{_COMPASS}|away|outside|inland)\s+)?(?:of|from)\s+", re.I)
# A clause's opening before a figure: a net amount is named in the figure's own clause.
_CLAUSE_START = re.compile(r"[,;:()\"“”—]")
_NET = re.compile(r"\bnet\b")
_CAPITALIZED = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)*)")
# How far the origin's name may start after "of"/"from" ("of Syria's second city Aleppo", "from the town of Deraa").
ORIGIN_REACH = 24


@dataclass(frozen=True, slots=True)
class Counted:
    """What a figure counts: ``noun`` and ``key`` (``quantities.counted_noun`` and ``counted_key``), ``owners``
    (normalized names, empty when none is given), ``net`` (a net amount), ``distance`` (whether the figure is a
    length) and ``origin`` (for a distance, the place it is measured from, "" when the text names none the
    reader finds, else None)."""

    noun: frozenset[str]
    key: frozenset[str]
    owners: frozenset[str]
    net: bool
    distance: bool
    origin: str | None


def _name(text: str) -> str:
    """ "U.S." and "US", "the United States" and "United States" are one name."""
    words = text.lower().replace(".", "").split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _owners(figure: Any, article: Article, mentions: Sequence[Mention]) -> frozenset[str]:
    found = set()
    context = (figure.context or "").split()
    for mention in mentions:
        if mention.label not in OWNER_LABELS:
            continue
        start, end = mention.span.start, mention.span.end
        inside = figure.end <= start < figure.end + 40 and mention.text in context
        before = end <= figure.start and _OWNER_GAP.match(article.text[end : figure.start]) is not None
        if inside or before:
            found.add(_name(mention.text))
    return frozenset(found)


def _origin(figure: Any, article: Article, mentions: Sequence[Mention]) -> str | None:
    after = _ORIGIN_BEFORE.match(article.text[figure.end : figure.end + 80])
    if after is None:
        return None
    at = figure.end + after.end()
    names = [m for m in mentions if m.label in ORIGIN_LABELS and at <= m.span.start <= at + ORIGIN_REACH]
    if names:
        return _name(min(names, key=lambda m: m.span.start).text)
    # a place the tagger did not mark ("from Jisr al-Shughour"): the capitalized words after "of"/"from"
    written = _CAPITALIZED.match(article.text[at : at + 60])
    return _name(written.group(1)) if written else ""


def counted(figure: Any, article: Article, mentions: Sequence[Mention]) -> Counted:
    """What ``figure`` (a ``Figure`` of ``article``) counts, read off its sentence and ``mentions`` (the article's
    entity mentions)."""
    here = [m for m in mentions if m.sentence == figure.sentence]
    sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
    before = article.text[sentence.start if sentence else 0 : figure.start]
    clause = _CLAUSE_START.split(before)[-1] + " " + (figure.context or "")
    distance = figure.unit in LENGTHS
    return Counted(
        noun=counted_noun(figure),
        key=counted_key(figure),
        owners=_owners(figure, article, here),
        net=_NET.search(clause) is not None,
        distance=distance,
        origin=_origin(figure, article, here) if distance else None,
    )


def two_things(a: Counted, b: Counted) -> bool:
    """Whether the two figures count two things: two counted nouns, neither among the other's words (what
    they share is then their verb: "At least four youths were killed" / "killing up to 37 demonstrators"), two
    owners, a net amount against one that is not, or two distances not both measured from one named place."""
    if a.noun and b.noun and not a.noun & b.key and not b.noun & a.key:
        return True
    if a.owners and b.owners and not a.owners & b.owners:
        return True
    if a.net != b.net:
        return True
    return a.distance and b.distance and not (a.origin and a.origin == b.origin)
