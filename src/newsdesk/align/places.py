"""The places a unit names, as the lists a sentence writes them ("to Egypt and Qatar"), for the place conflicts of
``align.conflicts`` ("travel to Egypt and Qatar" vs "travel to Egypt")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdesk.model import Annotations, Article

from .units import Unit, unit_records

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A venue or an itinerary names a few places ("travel to Egypt and Qatar"); a longer list is an enumeration
# (where a virus has spread, who sent troops) whose length is an outlet's coverage, not a claim about one place.
MAX_PLACES = 3
# A place is where something happens when a locative preposition (or a coordination of such places) leads it.
# "from" is left out: "teams from Israel" names who, not where.
_LOCATIVE = re.compile(r"(?:\b(?:to|in|at|into|towards?|near|via)\s+(?:the\s+)?|(?:,|\band)\s+)$", re.I)

_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:to|in|at)\s+)?(?:the\s+)?$", re.I)


def places(
    unit: Unit, ann: Mapping[str, Annotations], articles: Mapping[str, Article], appositions: bool = True
) -> tuple[tuple[str, ...], ...]:
    """The unit's locative places as lists: a list is a place led by a locative preposition and the places
    coordinated right after it ("to Egypt and Qatar" is one list; "to Washington because of the earthquake in
    Haiti" two). v6 (``appositions=False``): a place after a bare comma that ends the list is where the one before
    it lies, not another place ("in Jersey City, New Jersey"; "in Dulwich, south-east London"), and is left out: a
    list of places ends with "and" or "or"."""
    if unit.article not in ann:
        return ()
    text = articles[unit.article].text
    lists: list[list[tuple[str, bool]]] = []
    last_end = 0
    for mention in sorted(unit_records(ann[unit.article].mentions, unit), key=lambda m: m.span.start):
        if mention.label not in PLACE_LABELS:
            continue
        before = text[max(0, mention.span.start - 12) : mention.span.start]
        if not _LOCATIVE.search(before) or not (lists or not re.search(r"(?:,|\band)\s+$", before)):
            continue
        gap = text[last_end : mention.span.start]
        if lists and _LIST_GAP.match(gap):
            lists[-1].append((mention.text, bool(re.fullmatch(r"\s*,\s*(?:the\s+)?", gap, re.I))))
        else:
            lists.append([(mention.text, False)])
        last_end = mention.span.end
    found = []
    for places in lists:
        while not appositions and len(places) > 1 and places[-1][1]:
            places.pop()
        found.append(tuple(dict.fromkeys(place for place, _ in places)))
    return tuple(found)


def place_sets(
    lists_a: Sequence[Sequence[str]], lists_b: Sequence[Sequence[str]]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """v4/v5: all of a side's places as one list; compared when the two sides share a place, differ, and name
    a few places (``MAX_PLACES``): "travel to Egypt and Qatar" vs "travel to Egypt" is a disagreement about one
    trip, while two disjoint places usually mean two aspects of the fact."""
    places_a = tuple(dict.fromkeys(p for places in lists_a for p in places))
    places_b = tuple(dict.fromkeys(p for places in lists_b for p in places))
    set_a, set_b = {p.lower() for p in places_a}, {p.lower() for p in places_b}
    if set_a & set_b and set_a != set_b and max(len(set_a), len(set_b)) <= MAX_PLACES:
        return [(places_a, places_b)]
    return []


def disputed_place_lists(
    lists_a: Sequence[Sequence[str]], lists_b: Sequence[Sequence[str]], text_a: str = "", text_b: str = ""
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """v6: pairs of lists, one per side, that share a place and differ: the same slot filled with other places.
    A place that the other side's sentence names too is not in dispute ("in the United States and six in Canada"
    against "in the United States and Canada")."""

    def named_in(places: set[str], text: str) -> bool:
        return all(re.search(rf"\b{re.escape(p)}\b", text, re.I) for p in places)

    disputed: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for list_a in lists_a:
        set_a = {p.lower() for p in list_a}
        for list_b in lists_b:
            set_b = {p.lower() for p in list_b}
            if not (set_a & set_b) or set_a == set_b or max(len(set_a), len(set_b)) > MAX_PLACES:
                continue
            if named_in(set_a - set_b, text_b) and named_in(set_b - set_a, text_a):
                continue
            disputed.append((tuple(list_a), tuple(list_b)))
    return disputed


def named_places(unit: Unit, ann: Mapping[str, Annotations]) -> set[str]:
    if unit.article not in ann:
        return set()
    return {m.text.lower() for m in unit_records(ann[unit.article].mentions, unit) if m.label in PLACE_LABELS}
