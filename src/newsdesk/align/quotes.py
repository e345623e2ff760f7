"""Quote variants: the same words rendered differently by two outlets become one quote with variants.

Outlets trim, reorder and re-punctuate what a speaker said ("In a very constructive meeting today with Prime
Minister Netanyahu, he confirmed…" vs "In a very constructive meeting with Prime Minister Netanyahu today, he
confirmed…"). Two quotes are renderings of one utterance when their speakers are compatible and their word
sequences are close by token-set similarity (rapidfuzz, the SeatGeek ``token_set_ratio``: order-insensitive,
and tolerant of one rendering being a trimmed part of the other).

A speaker headed by a person noun ("Scientists", "an HPA spokeswoman", "the chief medical officer") or by a
text's ("the statement", whose owner the article did not name) is a description, not a name: one outlet's running
quote can fall to the description before it where another names the speaker ("“We are seeing a range of severity
…,” said Chan" under "Scientists" in one Guardian article, under Margaret Chan in another). A description is
compatible with any speaker when the two renderings have the same words (``_same_words``), and the group's rendering
with a named speaker is the one kept, so the quote appears once, under the name.

A phrase (a rendering that opens in lower case: a fragment of the reporter's sentence, "all necessary measures",
"to come to Libya as soon as possible …") joins two speakers only within one article, where the reporter repeats
their own attribution ("a Palestinian official" in the lede, "Nabil Shaath" further down, both with "half-full
glass"). Across articles two speakers with one phrase are two people citing a third source (a UN resolution's "all
necessary measures" under a U.S. ambassador, a Western diplomat and senior administration officials): each keeps it.
Two names with one surname and different given names ("Moammar Gadhafi", "Saif Gadhafi") are two speakers here too.

The story's entities (``extract.aliases``) say who a phrase's speakers are when they can (v4): a name is the entity
its alias names, and a description is the one person the story gives its title ("Libya's interior minister" is
Abdul Fattah Younis al Abidi when the story writes "Interior Minister Abdul Fattah Younis al Abidi" and gives that
title to no one else: the title's last word is the description's head). Two speakers the entities make one person
share a phrase across articles, and the group is listed under the name; two the entities make two people do not.
The second part of a quotation split around its tag ('"In the absence of these reforms," he said, "grievances have
built up …"') opens in lower case but is the speaker's sentence, not the reporter's: it is no phrase.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from heapq import merge

from rapidfuzz import fuzz

from newsdesk.extract.alias_lookup import canonical_name
from newsdesk.extract.cue_verbs import SPEECH_FORMS
from newsdesk.extract.name_merges import name_key
from newsdesk.extract.speaker_kinds import person_noun, text_noun
from newsdesk.model import Citation, Entity, Quote

# v2: a speaker described by a person noun is compatible with any speaker; a named rendering is kept before it
# v3: a phrase (a rendering opening in lower case) joins two speakers only within one article
# v4: the story's entities make a phrase's two speakers one person (``_Persons``); the second part of a split quotation
# is no phrase (``_second_part``). ``merge_quote_variants(quotes)`` without entities and texts is v3.
ALGORITHM = "align.quote-variants.v4"
# token_set_ratio ≥ 75: the two renderings share at least three quarters of their words once trimmed parts
# are set aside. Different sentences by the same speaker in one story score 30-60 on the seeds.
MIN_RATIO = 75.0
# A quote this short ("constructive", "decisive moment") is a word, not a rendering: it merges only when equal.
MIN_WORDS = 5
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ARTICLES = frozenset({"a", "an", "the"})
_FORMER = re.compile(r"^(?:former |ex-)")
# A split quotation's tag before its second part: '," he said, "', ',” the U.S. president said, “' (at most five words).
_SPLIT_TAG = re.compile(r"""[,—]\s*["”'’]\s+((?:[^\W\d_][\w.'’-]*\s+){0,4}[^\W\d_][\w.'’-]*),\s*["“'‘]\s*\Z""")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _surname(speaker: str | None) -> str | None:
    return speaker.split()[-1].lower() if speaker and speaker.split() else None


def _name_words(speaker: str | None) -> frozenset[str]:
    return frozenset(_WORD.findall((speaker or "").lower()))


def _head(speaker: str | None) -> str | None:
    """A description's head, its first person or text noun in lower case, singular ("official" of "A U.S. official
    who wished to remain nameless …", "source" of "A highly placed source close to the Libyan government": the last
    word of a long description is no head); None for a name."""
    for word in _WORD.findall(speaker or ""):
        if word.islower() and (person_noun(word) or text_noun(word)):
            return word[:-1] if word.endswith("s") and len(word) > 3 else word
    return None


def _phrase(text: str) -> bool:
    """Whether a rendering is a fragment of the reporter's sentence: its first letter is lower case."""
    first = _WORD.search(text)
    return first is not None and first.group()[:1].islower()


def described(speaker: str | None) -> bool:
    """Whether a speaker is a description rather than a name: headed by a person noun or a text noun, in lower case
    ("a Department of Health spokesman", "some scientists", "the statement") or as the one word of a source opening a
    sentence ("Scientists"). The head must be a person noun, not any word in lower case: a name garbled by its encoding
    ("Jos Angel C rdova") ends in one."""
    words = _WORD.findall(speaker or "")
    if not words or not (person_noun(words[-1]) or text_noun(words[-1])):
        return False
    return words[-1][:1].islower() or len(words) == 1


@dataclasses.dataclass(frozen=True, slots=True)
class _Rendering:
    """What ``same_utterance`` compares of a quote, computed once per quote rather than once per pair."""

    surname: str | None
    words: str
    count: int
    described: bool = False
    article: str = ""
    phrase: bool = False
    name: frozenset[str] = frozenset()  # the speaker's words
    head: str | None = None  # a description's head noun (``_head``); None for a name


class _Persons:
    """The story entity a speaker is, by the story's entities: a name by its alias (``canonical_name``), a
    description by the one person whose title it is ("Libya's interior minister" and the "Interior Minister" of
    "Interior Minister Abdul Fattah Younis al Abidi"): all its words but an article or a possessive before them are
    the title's (the story's "President" is not "the U.S. president"). A title is an alias of a person that shares
    no word with the person's name (``extract.aliases`` rule 5 adds it only when the story gives it to one person);
    a title in two persons' aliases names neither."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = tuple(entities)
        titles: dict[str, set[str]] = {}
        for entity in self.entities:
            if entity.type != "PERSON":
                continue
            own = set(name_key(entity.name).split())
            for alias in entity.aliases:
                key = name_key(alias).removeprefix("the ")
                if key and not own & set(key.split()):
                    # a former office is the office ("Ex-Interior Minister" is what "Libya's interior minister"
                    # quit the day he spoke); a description "the former president" is no title "President"
                    office = _FORMER.sub("", key)
                    for title in {key, office, f"former {office}", f"ex-{office}"}:
                        titles.setdefault(title, set()).add(entity.name)
        self.titles = {key: next(iter(names)) for key, names in titles.items() if len(names) == 1}
        self.found: dict[str, str | None] = {}

    def __call__(self, speaker: str | None, head: str | None) -> str | None:
        if not speaker or not self.entities:
            return None
        if speaker not in self.found:
            self.found[speaker] = self._person(speaker, head)
        return self.found[speaker]

    def _person(self, speaker: str, head: str | None) -> str | None:
        if head is None:
            return canonical_name(speaker, self.entities)
        words = name_key(speaker).split()
        if not words or words[-1].removesuffix("s") != head.removesuffix("s"):
            return None  # the head is not the description's last word: "a spokesman for the interior minister"
        # the title after an article or a possessive ("Libya's"); a premodifier of its own ("the U.S. president",
        # "the former interior minister") must be the title's too
        after = max((n + 1 for n, word in enumerate(words) if word.endswith(("'s", "’s"))), default=0)
        title = " ".join(words[after + (words[after] in _ARTICLES if after < len(words) else 0) :])
        return self.titles.get(title)


def _rendering(quote: Quote, persons: _Persons | None = None, second: bool = False) -> _Rendering:
    """``persons``: the speaker's words and head are those of the person the story's entities make them (v4);
    ``second``: the quote is the second part of a split quotation, no phrase (v4)."""
    words = _words(quote.text)
    head = _head(quote.speaker)
    person = persons(quote.speaker, head) if persons is not None else None
    return _Rendering(
        _surname(quote.speaker),
        words,
        len(words.split()),
        described(quote.speaker),
        quote.article,
        _phrase(quote.text) and not second,
        _name_words(person or quote.speaker),
        None if person else head,
    )


def _second_part(quote: Quote, texts: Mapping[str, str]) -> bool:
    """Whether a quote is the second part of a quotation split around its tag ('"In the absence of these reforms,"
    he said, "grievances have built up …"'): the text before its opening mark is a short tag with a verb of saying
    after a comma, itself after a comma and a closing mark (not the reporter's words between two phrases: '"for
    crimes against humanity," including murder and persecution, "allegedly committed …"'). The parts' records need
    not share a speaker span (a mark left open after the second part gives it an attribution of its own, T17
    EgyptianProtest_cnn 187)."""
    text = texts.get(quote.article)
    tag = _SPLIT_TAG.search(text, max(quote.start - 80, 0), quote.start) if text is not None else None
    return tag is not None and any(word.lower() in SPEECH_FORMS for word in tag.group(1).split())


def same_utterance(a: Quote, b: Quote) -> bool:
    """Compatible speakers (equal surnames, or one unknown) and close wording; a description and another
    speaker, the same words."""
    return _same_rendering(_rendering(a), _rendering(b))


def _other_speakers(a: _Rendering, b: _Rendering) -> bool:
    """Whether two known speakers may be two people: neither's words (those of the person the story's entities
    make them, v4) hold the other's ("state TV", "a report on Libyan state TV"; "Keiji Fukuda", "Dr Keiji Fukuda")
    and a description's head differs from the other's head or name ("the Western diplomat", "senior
    administration officials", "U.S. Ambassador"), or two names differ ("Moammar Gadhafi", "Saif Gadhafi")."""
    if not (a.name and b.name) or a.name <= b.name or b.name <= a.name:
        return False
    return (a.head is None and b.head is None) or a.head != b.head


def _same_rendering(a: _Rendering, b: _Rendering) -> bool:
    if (a.phrase or b.phrase) and a.article != b.article and _other_speakers(a, b):
        return False  # a phrase two speakers cite (a resolution's words), not one utterance
    if a.surname and b.surname and a.surname != b.surname:
        return (a.described or b.described) and _same_words(a, b)
    return _close(a.words, a.count, b.words, b.count)


def _same_words(a: _Rendering, b: _Rendering) -> bool:
    """The same words in any order, neither a trimmed part of the other (token-sort ratio): a description's quote
    is another speaker's only when it is that speaker's whole sentence; the token-set ratio would also join a
    short quote to any longer one holding its words ("We are not there yet." and a spokeswoman's "We are aware of
    a patient … we are not …")."""
    if min(a.count, b.count) < MIN_WORDS:
        return a.words == b.words
    return fuzz.token_sort_ratio(a.words, b.words) >= MIN_RATIO


def same_wording(a: str, b: str) -> bool:
    """Two renderings of one quote: the same words when short, else a token-set ratio of at least ``MIN_RATIO``."""
    wa, wb = _words(a), _words(b)
    return _close(wa, len(wa.split()), wb, len(wb.split()))


def _close(wa: str, na: int, wb: str, nb: int) -> bool:
    """``same_wording`` of two word strings of ``na`` and ``nb`` words."""
    if not wa or not wb:
        return False
    if min(na, nb) < MIN_WORDS:
        return wa == wb
    return fuzz.token_set_ratio(wa, wb) >= MIN_RATIO


class _GroupIndex:
    """The groups a rendering could join, in the order they were made: every group that accepts it, and others.

    What a group can accept follows from ``_same_rendering`` against each member: a short rendering (under
    ``MIN_WORDS`` words) only equal words, so its group holds one wording; a long one only long ones, and only
    with compatible speakers: a named rendering joins groups of its surname or of none, and groups with a
    described member; a described one may join any. An empty rendering joins nothing.
    The full check still decides; this only skips groups it would reject (quadratic in quotes before)."""

    def __init__(self) -> None:
        self.short: dict[str, list[int]] = {}  # one wording's groups
        self.long: dict[str | None, list[int]] = {}  # long groups by their first known surname (None: none known)
        self.every_long: list[int] = []
        self.described: list[int] = []  # long groups with a described member
        self.surname: dict[int, str | None] = {}

    def candidates(self, rendering: _Rendering) -> Iterable[int]:
        if not rendering.words:
            return ()
        if rendering.count < MIN_WORDS:
            return self.short.get(rendering.words, ())
        if rendering.surname is None or rendering.described:
            return self.every_long
        named = merge(self.long.get(None, ()), self.long.get(rendering.surname, ()))
        return sorted({*named, *self.described})

    def add(self, g: int, rendering: _Rendering) -> None:
        if not rendering.words:
            return
        if rendering.count < MIN_WORDS:
            self.short.setdefault(rendering.words, []).append(g)
            return
        self.every_long.append(g)
        self.long.setdefault(rendering.surname, []).append(g)
        self.surname[g] = rendering.surname
        if rendering.described:
            self.described.append(g)

    def joined(self, g: int, rendering: _Rendering) -> None:
        """A long group with no known surname that a named rendering joins is filed under that surname; one a
        described rendering joins is among the groups with a described member."""
        if g in self.surname and self.surname[g] is None and rendering.surname is not None:
            self.long[None].remove(g)
            insort(self.long.setdefault(rendering.surname, []), g)
            self.surname[g] = rendering.surname
        if g in self.surname and rendering.described and g not in self.described:
            insort(self.described, g)


def _best(group: Sequence[Quote]) -> Quote:
    """The fullest rendering (most words) with a named speaker, else with a described one; ties go to the earliest
    article order."""
    return max(
        group,
        key=lambda q: (q.speaker is not None, not described(q.speaker), len(_words(q.text).split()), -group.index(q)),
    )


def merge_quote_variants(
    quotes: Sequence[Quote], entities: Sequence[Entity] = (), texts: Mapping[str, str] | None = None
) -> tuple[Quote, ...]:
    """One quote per utterance; ``variants`` cites every other rendering (other articles, or the same one).

    Grouping is complete-link: a quote joins a group only if it is the same utterance as every member, so
    a trimmed fragment shared by two different long quotes cannot fuse them. ``entities``: the story's, which say
    who a phrase's speakers are; ``texts``: the articles' texts by id, where a split quotation's second part is told
    (v4; without both, v3).
    """
    groups: list[list[Quote]] = []
    renderings: list[list[_Rendering]] = []  # each group's members as ``same_utterance`` compares them
    index = _GroupIndex()
    persons = _Persons(entities)
    for quote in quotes:
        rendering = _rendering(quote, persons, texts is not None and _second_part(quote, texts))
        for g in index.candidates(rendering):
            if all(_same_rendering(rendering, member) for member in renderings[g]):
                groups[g].append(quote)
                renderings[g].append(rendering)
                index.joined(g, rendering)
                break
        else:
            index.add(len(groups), rendering)
            groups.append([quote])
            renderings.append([rendering])
    merged = []
    for group in groups:
        best = _best(group)
        others = [q for q in group if q is not best]
        variants = tuple(dict.fromkeys((*best.variants, *(Citation(q.article, q.sentence) for q in others))))
        speaker = best.speaker or next((q.speaker for q in others if q.speaker), None)
        merged.append(dataclasses.replace(best, speaker=speaker, variants=variants))
    return tuple(merged)
