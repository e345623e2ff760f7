"""Predicate-argument frames: *who* accepted, not only *that* something was accepted.

Inside one story the same predicate recurs with different subjects: "Israel accepts the bridging proposal"
and "Blinken urged Hamas to accept the US proposal" share almost every content word, yet state different
facts; "Israel accepts the proposal" and "Netanyahu supports it" share few words and state the same one.
A sentence's frames are (predicate class, subject) pairs, found without a parser:

- the predicate class comes from a small lexicon of news predicates grouped by meaning (Snowball stems:
  accept/support/agree/back/endorse are one class), in the spirit of the frame lexicons of FrameNet (Baker,
  Fillmore & Lowe 1998) cut down to the verbs news alignment meets most;
- its subject is the nearest entity mention before the predicate, at most ``SUBJECT_WINDOW`` words back
  ("Israel had accepted", "urged Hamas to accept", "Israel's commitment to"); a "he"/"she" in that place
  stands for the nearest person mentioned before it in the sentence;
- with ``coordination``, a predicate joined to an earlier one of its clause by "and" / "and then" / "or" shares
  that one's subject ("He is scheduled to meet with top Israeli officials on Monday and then travel to Egypt":
  he travels, not the officials).

Two sentences with a frame of the same class *agree* when one subject is the same on both sides, and
*disagree* when, for a shared class, every subject is known on both sides and neither sentence mentions the
other's subject at all
(so "Netanyahu accepts" vs "Israel accepts … after meeting Netanyahu" is not a disagreement).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import numpy as np

from newsdesk.model import Annotations, Mention

from .units import Unit

# Stems (Snowball English) of predicates that state the same kind of event, one class per line. General
# news vocabulary written down once, not read off any evaluation set.
PREDICATES: dict[str, tuple[str, ...]] = {
    "accept": ("accept", "support", "agre", "back", "endors", "embrac", "approv", "commit"),
    "reject": ("reject", "refus", "oppos", "rebuff", "spurn", "declin", "veto"),
    "kill": ("kill", "murder", "slay", "slain", "assassin"),
    "arrest": ("arrest", "detain", "apprehend", "custodi", "captur"),
    "meet": ("meet", "met", "host", "receiv"),
    "travel": ("visit", "travel", "trip", "tour"),
    "resign": ("resign", "quit", "retir"),
    "win": ("win", "won", "victori", "beat", "defeat", "triumph"),
    "attack": ("attack", "strike", "struck", "bomb", "raid", "shell", "assault"),
    "appoint": ("appoint", "nomin", "hire", "elect"),
    "dismiss": ("sack", "oust", "dismiss", "fire"),
    "release": ("releas", "free", "freed"),
}
CLASS_OF = {stem: name for name, stems in PREDICATES.items() for stem in stems}
# A subject stands right before its verb, or two to four words back past an auxiliary, a date or "to"
# ("Hamas on Sunday had accepted", "urged Hamas to accept"); six words covers those without reaching into
# the previous clause of a long sentence.
SUBJECT_WINDOW = 6
SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A title between an affiliation and a name is one to three words ("Prime Minister", "Secretary of State").
AFFILIATION_GAP = 3
_PRONOUNS = frozenset({"he", "she"})
# Words that join a second verb phrase to the first: its subject is the first one's.
_COORDINATORS = (("and",), ("and", "then"), ("or",))
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Frames:
    """A unit's frames: predicate class → the subjects found for it, each as the set of keys that name it
    (an empty set when no subject was found), and every entity key its sentence mentions."""

    by_class: Mapping[str, tuple[frozenset[str], ...]]
    mentioned: frozenset[str]


def entity_key(text: str) -> str:
    """ "Benjamin Netanyahu" and "Netanyahu's" → "netanyahu": the last word, lower-cased, possessive off."""
    words = _TOKEN.findall(text.lower())
    return re.sub(r"['’]s$", "", words[-1]) if words else ""


@dataclass(frozen=True, slots=True)
class _Story:
    """What frames need from the whole story: mentions by article and by sentence, and entity keys."""

    by_article: Mapping[str, list[Mention]]
    by_sentence: Mapping[tuple[str, int], list[Mention]]
    names: Mapping[str, frozenset[str]]  # key → the keys that name the same side ("netanyahu" → +"israel")

    def key(self, mention: Mention) -> frozenset[str]:
        k = entity_key(mention.text)
        return self.names.get(k, frozenset({k}))


def _story(units: Sequence[Unit], annotations: Mapping[str, Annotations]) -> _Story:
    """Index the story's subject-like mentions, and link each person or group to the country or organisation
    written right before its name ("Israeli Prime Minister Benjamin Netanyahu", "Hamas official Osama
    Hamdan"): then "Netanyahu accepts" and "Israel accepts" have the same subject. A demonym is folded into
    the story's country whose name it extends ("Israeli" → "Israel")."""
    by_article: dict[str, list[Mention]] = {}
    by_sentence: dict[tuple[str, int], list[Mention]] = {}
    units_of: dict[tuple[str, int], list[Unit]] = {}
    for unit in units:
        units_of.setdefault((unit.article, unit.sentence), []).append(unit)
    for article, ann in annotations.items():
        kept = sorted((m for m in ann.mentions if m.label in SUBJECT_LABELS), key=lambda m: m.span.start)
        by_article[article] = kept
        for m in kept:
            by_sentence.setdefault((article, m.sentence), []).append(m)
    countries = {entity_key(m.text) for ms in by_article.values() for m in ms if m.label == "GPE"}

    prefixes = [c for c in sorted(countries) if len(c) >= 4]  # sorted once, not once per mention

    @cache  # one scan of the prefixes per key, not per mention: a 342-article story has 21,000 mentions
    def canonical(key: str) -> str:
        return next((c for c in prefixes if key != c and key.startswith(c)), key)

    names: dict[str, set[str]] = {}
    for article, ms in by_article.items():
        for m in ms:
            names.setdefault(entity_key(m.text), set()).add(canonical(entity_key(m.text)))
        for before, after in pairwise(ms):
            if before.sentence != after.sentence or after.label != "PERSON" or before.label == "PERSON":
                continue
            if _is_title(_between(units_of.get((article, after.sentence), ()), before, after)):
                names[entity_key(after.text)].add(canonical(entity_key(before.text)))
    return _Story(by_article, by_sentence, {k: frozenset(v) for k, v in names.items()})


def _between(units: Sequence[Unit], before: Mention, after: Mention) -> str | None:
    """The text between two mentions of one sentence, read from the unit that holds both."""
    for unit in units:
        start = unit.start or 0
        if start <= before.span.start and after.span.end <= start + len(unit.text):
            return unit.text[before.span.end - start : after.span.start - start]
    return None


def _is_title(gap: str | None) -> bool:
    """ "Prime Minister", "Secretary of State": one to three capitalised words (with "of"), nothing else."""
    if gap is None:
        return False
    words = gap.split()
    return 0 < len(words) <= AFFILIATION_GAP and all(w[0].isupper() or w in ("of", "the") for w in words)


def _subject(
    tokens: list[re.Match[str]],
    at: int,
    unit_start: int,
    sentence: list[Mention],
    article: list[Mention],
    story: _Story,
) -> frozenset[str]:
    """The keys of the subject of the predicate at token index ``at`` (empty when none is found)."""
    for back in range(at - 1, max(-1, at - 1 - SUBJECT_WINDOW), -1):
        token = tokens[back]
        offset = unit_start + token.start()
        found = next((m for m in sentence if m.span.start <= offset < m.span.end), None)
        if found is not None:
            return story.key(found)
        if token.group().lower() in _PRONOUNS:
            people = [m for m in article if m.label == "PERSON" and m.span.end <= offset]
            return story.key(people[-1]) if people else frozenset()
    return frozenset()


def _coordinated(tokens: list[re.Match[str]], at: int) -> bool:
    """The predicate at ``at`` follows a coordinator: "... and then travel"."""
    words = [t.group().lower() for t in tokens[max(0, at - 2) : at]]
    return any(tuple(words[-len(c) :]) == c for c in _COORDINATORS if len(c) <= len(words))


def unit_frames(unit: Unit, story: _Story, stem: Callable[[str], str], coordination: bool = False) -> Frames:
    """Frames of one unit; ``stem`` is the stemmer of the lexical view; ``coordination``: see the module."""
    sentence = story.by_sentence.get((unit.article, unit.sentence), [])
    article = story.by_article.get(unit.article, [])
    tokens = list(_TOKEN.finditer(unit.text))
    by_class: dict[str, set[frozenset[str]]] = {}
    previous: frozenset[str] | None = None  # the subject of the unit's last predicate so far
    for n, token in enumerate(tokens):
        name = CLASS_OF.get(stem(token.group().lower()))
        if name is not None:
            if coordination and previous is not None and _coordinated(tokens, n):
                subject = previous
            else:
                subject = _subject(tokens, n, unit.start or 0, sentence, article, story)
            by_class.setdefault(name, set()).add(subject)
            previous = subject
    mentioned = frozenset(k for m in sentence for k in story.key(m))
    return Frames({k: tuple(sorted(v, key=sorted)) for k, v in by_class.items()}, mentioned)


def frame_agreement(frames: Sequence[Frames]) -> np.ndarray:
    """+1 where two units share a predicate class with the same subject; else -1 where, for a shared class,
    every subject is known on both sides, they differ, and neither unit mentions the other's; 0 otherwise.

    Only units that share a class are compared (an index by class), so a story of thousands of units costs
    the pairs inside each class, not every pair; and units with equal frames (a wire's sentence reprinted, a
    clause with one predicate and no subject) are compared once: a third as many comparisons on SyrianCrisis_bbc."""
    result = np.zeros((len(frames), len(frames)), dtype=np.float32)
    kinds: dict[tuple[object, ...], int] = {}  # equal frames → one kind; ``_agreement`` reads nothing else
    example: list[int] = []  # each kind's first unit
    kind = np.empty(len(frames), dtype=np.intp)
    members: dict[str, list[int]] = {}
    for n, unit in enumerate(frames):
        kind[n] = kinds.setdefault(_kind(unit), len(kinds))
        if kind[n] == len(example):
            example.append(n)
        for name in unit.by_class:
            members.setdefault(name, []).append(n)
    # each kind's subjects per class read once: the keys of all its subjects, and whether every subject is known
    known = [_known(frames[n]) for n in example]
    mentioned = [frames[n].mentioned for n in example]
    agreement: dict[tuple[int, int], float] = {}
    for indices in members.values():
        index = np.array(indices, dtype=np.intp)
        present, local = np.unique(kind[index], return_inverse=True)
        values = np.zeros((len(present), len(present)), dtype=np.float32)
        for x, a in enumerate(present.tolist()):
            for y in range(x, len(present)):
                b = int(present[y])
                if (a, b) not in agreement:
                    agreement[(a, b)] = _known_agreement(known[a], mentioned[a], known[b], mentioned[b])
                values[x, y] = values[y, x] = agreement[(a, b)]
        result[np.ix_(index, index)] = values[np.ix_(local, local)]
    np.fill_diagonal(result, 0.0)  # a unit is not compared with itself
    return result


def _kind(unit: Frames) -> tuple[object, ...]:
    return (tuple(sorted(unit.by_class.items())), unit.mentioned)


def _known(unit: Frames) -> dict[str, tuple[frozenset[str], bool]]:
    """Class → the keys of the unit's subjects for it, and whether every one of those subjects is known."""
    return {c: (frozenset().union(*subjects), all(subjects)) for c, subjects in unit.by_class.items()}


def _known_agreement(
    a: Mapping[str, tuple[frozenset[str], bool]],
    mentioned_a: frozenset[str],
    b: Mapping[str, tuple[frozenset[str], bool]],
    mentioned_b: frozenset[str],
) -> float:
    """``_agreement`` from the units' ``_known``: two subjects of a class share a key exactly when the keys of all the
    class's subjects on one side meet those on the other, so the subject pairs need not be walked."""
    shared = a.keys() & b.keys()
    if any(a[c][0] & b[c][0] for c in shared):
        return 1.0
    for c in shared:
        (known_a, complete_a), (known_b, complete_b) = a[c], b[c]
        if complete_a and complete_b and not (known_a & mentioned_b or known_b & mentioned_a):
            return -1.0
    return 0.0


def _agreement(a: Frames, b: Frames) -> float:
    """The frame agreement of two units as defined (``frame_agreement`` computes it by ``_known_agreement``)."""
    shared = sorted(a.by_class.keys() & b.by_class.keys())
    if any(sa & sb for c in shared for sa in a.by_class[c] for sb in b.by_class[c]):
        return 1.0
    for c in shared:
        if all(a.by_class[c]) and all(b.by_class[c]):  # every subject of this class known on both sides
            known_a, known_b = frozenset().union(*a.by_class[c]), frozenset().union(*b.by_class[c])
            if not (known_a & b.mentioned or known_b & a.mentioned):
                return -1.0
    return 0.0


def story_frames(
    units: Sequence[Unit],
    annotations: Mapping[str, Annotations],
    stem: Callable[[str], str],
    coordination: bool = False,
) -> list[Frames]:
    """Frames of every unit; a unit of an article without annotations has frames with unknown subjects."""
    story = _story(units, annotations)
    return [unit_frames(u, story, stem, coordination) for u in units]
