"""Which entity of a story a written name refers to (``extract.aliases``): an exact alias, or the longest alias the
surface ends in as the head of its noun phrase. The quotes' speakers, the press list and the transcript turns ask it
for every name they meet; the story's entities themselves are built by ``extract.aliases.story_entities``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from newsdesk.model import Entity

from .name_merges import name_form, name_key

# Closed-class words that end a noun phrase's head and open what follows it: prepositions, coordinating
# conjunctions and relative pronouns (a name after them is not the head of the phrase; ``_ends_in_name``),
# and those of them that join the words of a title ("Secretary of State", "Minister for Health"; not "and",
# which as often coordinates two names: "the US and Jamaica").
_LINKING = frozenset(
    {
        "about", "across", "after", "against", "among", "and", "around", "at", "before", "behind", "between",
        "but", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "on", "or", "outside", "over",
        "than", "that", "through", "to", "toward", "towards", "under", "which", "who", "whose", "with", "within",
    }
)  # fmt: skip
_TITLE_JOINERS = frozenset({"of", "for"})
# A person's name as written before "of" ("Lindsey Graham", "Ong"): up to three words (given names and surname).
_NAME_WORDS = 3


@lru_cache(maxsize=8)
def _alias_index(entities: tuple[Entity, ...]) -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str, bool]]]]:
    """Normalized alias → entity names, and alias key → (alias as written, name, a person's?) triples: built once
    per story, not per lookup."""
    exact: dict[str, set[str]] = {}
    keyed: dict[str, list[tuple[str, str, bool]]] = {}
    for entity in entities:
        for alias in (entity.name, *entity.aliases):
            akey = name_key(alias)
            if akey:
                exact.setdefault(akey, set()).add(entity.name)
                keyed.setdefault(akey, []).append((name_form(alias), entity.name, entity.type == "PERSON"))
    return exact, keyed


_Index = tuple[dict[str, set[str]], dict[str, list[tuple[str, str, bool]]]]
_LAST_INDEX: list[tuple[tuple[Entity, ...], _Index]] = []


def _story_index(entities: Sequence[Entity]) -> _Index:
    """``_alias_index`` of the story's entities; the tuple a caller passes again and again (a story's few hundred
    speaker forms) is recognized by identity, since ``lru_cache`` would hash its every entity per lookup (5.8M
    hashes, ~4 CPU-s on LibyaWar_reuters). A tuple of frozen entities cannot change while it is held here."""
    if not isinstance(entities, tuple):
        return _alias_index(tuple(entities))
    last = _LAST_INDEX[0] if _LAST_INDEX else None
    if last is not None and last[0] is entities:
        return last[1]
    index = _alias_index(entities)
    _LAST_INDEX[:] = [(entities, index)]
    return index


def _shape(word: str) -> tuple[bool, bool]:
    return word[:1].isupper(), len(word) > 1 and word.isupper()


def _person_words(words: Sequence[str], keyed: Mapping[str, list[tuple[str, str, bool]]]) -> bool:
    """v11: whether ``words`` end in a person's name as the story writes it, words of the person's own name (not a
    title alias: "President" of Barack Obama): "Lindsey Graham" of "Republican Senator Lindsey Graham of South
    Carolina", "Ong" of "Ong of Phillip Futures" are a person "of" a place or a company, not a title."""
    for n in range(1, min(len(words), _NAME_WORDS) + 1):
        key = name_key(" ".join(words[-n:]))
        if any(person and set(key.split()) <= set(name_key(name).split()) for _, name, person in keyed.get(key, ())):
            return True
    return False


def _ends_in_name(
    surface: str, alias: str, person: bool = False, person_words: Callable[[Sequence[str]], bool] | None = None
) -> bool:
    """Whether ``surface`` (a name form) ends in the name ``alias`` as the head of its noun phrase.

    The name must be written as a name, its head word with its capitals ("their children have no future" does
    not end in "Future", "the sprawling desert state" not in "State", "TRIPOLI" not in "Tripoli", while "UN" is
    "UN"); in a surface all in capitals, where case says nothing, only a name of several words counts
    ("ITALIAN PRIME MINISTER SILVIO BERLUSCONI", not a headline's "GADDAFI FLEES TRIPOLI"). Before it come
    premodifiers only ("US Secretary of State Antony Blinken", "Delta spokesman Paul Skrbec"), or the name
    stands alone after a comma, in apposition ("the official Palestinian news agency, Wafa"). A name after a
    preposition, a conjunction or a relative pronoun is inside a modifier or a coordination whose head is
    another noun ("Man in Tahrir Square", "a group of scientists from the US and Jamaica", "Mohamed, a resident
    of rebel-held Misrata"). Two exceptions keep the name: the joiners of a title between capitalized words
    ("Secretary of State"), and "for" after a role, naming whom the speaker speaks for ("a spokesman for the
    State Department"). ``extract.aliases.v10``: not when the name is a ``person``'s: a spokeswoman for a person is
    not the person ("a spokeswoman for EU health commissioner Androula Vassiliou", H1N1_guardian, whose words the
    brief gave the commissioner); the description is the source. ``extract.aliases.v11``: "of" after a person's name
    (``person_words``) joins no title: "Republican Senator Lindsey Graham of South Carolina" is the senator."""
    words, name = surface.split(), alias.split()
    before, tail = words[: -len(name)], words[-len(name) :]
    if all(_shape(w)[1] for w in words if any(c.isalpha() for c in w)):
        if len(name) < 2:
            return False
    elif _shape(tail[0]) != _shape(name[0]) or _shape(tail[-1]) != _shape(name[-1]):
        return False
    last_comma = max((k for k, word in enumerate(before) if word.endswith(",")), default=-1)
    before = before[last_comma + 1 :]
    for k, word in enumerate(before):
        low = word.casefold()
        if low not in _LINKING:
            continue
        prev = before[k - 1] if k else ""
        after = before[k + 1] if k + 1 < len(before) else tail[0]
        in_title = low in _TITLE_JOINERS and prev[:1].isupper() and after[:1].isupper()
        in_title = in_title and not (person_words is not None and person_words(before[:k]))
        speaks_for = low == "for" and prev[:1].islower() and prev.isalpha() and not person
        if not (in_title or speaks_for):
            return False
    return True


def canonical_name(surface: str, entities: Sequence[Entity]) -> str | None:
    """The story entity a surface form refers to ("Blinken", "the Secretary of State"), if exactly one fits.

    Tried in order: an exact alias (up to ``name_key``), then the longest alias the surface ends in as its head
    ("US Secretary of State Antony Blinken" ends with "Antony Blinken"; see ``_ends_in_name``).
    """
    key = name_key(surface)
    if not key:
        return None
    exact_names, keyed = _story_index(entities)
    exact = exact_names.get(key, set())
    if len(exact) == 1:
        return next(iter(exact))
    if exact:
        return None
    form = name_form(surface)
    # the aliases ``key`` ends in after a space are the keys of its tails after each space, longest first: the
    # first tail with an alias that is the surface's head decides (a dict look-up each, not a scan of every alias)
    for start in (k + 1 for k, char in enumerate(key) if char == " "):
        names = {
            name
            for alias, name, person in keyed.get(key[start:], ())
            if _ends_in_name(form, alias, person, lambda words: _person_words(words, keyed))
        }
        if names:
            return next(iter(names)) if len(names) == 1 else None
    return None
