"""Whether two sentences of a fact group state the same thing: their main predicates and their actors.

The pair scores (``similarity``) reward shared words, so two outlets' sentences that share a name or a stock phrase
("the Golan Heights", "24 hours a day", "an immune response") can clear the threshold while they tell two events
of two actors: 17 of the 18 wrong facts session 24 read, 15 of 16 in session 22. A statement's core is its
predicate-argument structure (the PropBank view: Palmer, Gildea & Kingsbury 2005, *The Proposition Bank*), read
here from the dependency parse of the sentence:

- its **predicates**: the verbs of the unit, less the auxiliaries, and less a reporting verb that introduces a
  clause ("officials said 10 people died": the fact is "died"); a copula's complement for the copula ("a pandemic
  is overdue": "overdue"); each as its predicate class (``frames.CLASS_OF``, plus ``_MORE_CLASSES``) or else its
  Snowball stem;
- its **actors**: the subjects of those predicates (active, passive, a "by" agent, a coordinated verb's subject
  taken from the verb it joins), each as its entity key (``frames.entity_key``) when the token is in a named
  entity, else its stem; pronouns and relatives name no one here and are left out.

Two units **differ** when both have predicates and actors, no predicate of either occurs among the other's words
(so a verb matches its nominalisation written with the same stem: "attacked" / "the attack", "killed" / "the
killing"), and no actor of either is an argument of the other: one of its actors, one of its predicates' objects
("Gunmen killed 10 people" / "10 people were killed": one event from two sides) or a name it mentions. That is "a
different main event and a different actor", the description of the wrong groups read; a pair with one side
missing (no verb, only a pronoun subject) is never said to differ. Only units of groups that several sources
share are parsed: the rest print as nobody else's fact and need no check. Since session 26 a parse is kept by
sentence text (``PARSE_CACHE_SIZE``), so a story aligned again reads its trees instead of parsing them again.

Measured on Timeline17 dev (session 25, docs/benchmarks/sessions-25.md): of 40 changed groups read, 27 wrong groups
fixed and 7 right ones lost (paraphrases with other verbs and other subjects: "Fewer patients … were checking into
hospitals" / "fewer people had gone to hospitals").
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.extract.cue_verbs import CUE_FORMS
from newsdesk.model import Annotations, Article

from .frames import CLASS_OF, entity_key
from .similarity import stem, stems
from .units import Unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Outcome words that state the event "kill" states from the victim's side ("10 people died" / "killed 10 people");
# general news vocabulary, as ``frames.PREDICATES``.
_MORE_CLASSES = {"die": "kill", "dead": "kill", "death": "kill"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "oprd"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
# Tags that name no one by themselves: personal / possessive pronouns, wh-words, determiners ("this", "that").
_NO_ACTOR_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX"})
_PARSE_BATCH = 64
# Parses kept across calls, by sentence text: a story aligned again (a brief rebuilt in a server, bench_story's
# alignment then its build_story, two stories sharing sentences) parses no sentence twice. A parse is kept as its
# serialised form without token vectors (~3.7 kB for a 26-token sentence, read back in ~0.3 ms; the Doc object itself
# holds ~23 kB), so the bound costs ~30 MB at most; it holds the sentences the largest Timeline17 dev story parses
# (LibyaWar_cnn, 332 articles: docs/benchmarks/sessions-26.md), so a second alignment of it reads every tree back.
PARSE_CACHE_SIZE = 8192
_KEPT_WITHOUT = ("tensor", "user_data", "sentiment", "spans")
_parsed: OrderedDict[str, bytes] = OrderedDict()
_parsed_lock = threading.Lock()
# A copula states its complement: "another flu pandemic is overdue" is the predicate "overdue", not "is".
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "am"})
_COMPLEMENTS = frozenset({"attr", "acomp"})


@dataclass(frozen=True, slots=True)
class Core:
    """A unit's predicates and actors (keys as described in the module); its arguments: the actors, the predicates'
    objects and every name the unit mentions; and every key its words give."""

    predicates: frozenset[str]
    actors: frozenset[str]
    arguments: frozenset[str]
    words: frozenset[str]


def _key(word_stem: str) -> str:
    return _MORE_CLASSES.get(word_stem) or CLASS_OF.get(word_stem, word_stem)


def differ(a: Core, b: Core) -> bool:
    """Two units state two facts: different main predicates (no nominalisation either) and different actors."""
    if not (a.predicates and b.predicates and a.actors and b.actors):
        return False
    if a.predicates & b.words or b.predicates & a.words:
        return False
    return not (a.actors & b.arguments or b.actors & a.arguments)


def forget_parses() -> None:
    """Empty the parse cache: a benchmark times a cold alignment after a warm one with it."""
    with _parsed_lock:
        _parsed.clear()


def _parse(texts: Sequence[str]) -> dict[str, Doc]:
    """The dependency parses of the sentences, one pass of the shared pipeline without its NER (the mentions come
    from extraction), on one BLAS thread as extraction parses; a sentence parsed before is read from the cache."""
    from spacy.tokens import Doc

    from newsdesk.extract.nlp import load_nlp, one_blas_thread

    unique = list(dict.fromkeys(texts))
    if not unique:
        return {}
    nlp = load_nlp()
    with _parsed_lock:
        kept = {text: _parsed[text] for text in unique if text in _parsed}
        for text in kept:
            _parsed.move_to_end(text)
    found = {text: Doc(nlp.vocab).from_bytes(data) for text, data in kept.items()}
    todo = [text for text in unique if text not in found]
    if todo:
        with one_blas_thread():
            docs = nlp.pipe(todo, batch_size=_PARSE_BATCH, disable=[p for p in ("ner",) if p in nlp.pipe_names])
            found.update(zip(todo, docs, strict=True))
        with _parsed_lock:
            for text in todo:
                _parsed[text] = found[text].to_bytes(exclude=_KEPT_WITHOUT)
            while len(_parsed) > PARSE_CACHE_SIZE:
                _parsed.popitem(last=False)
    return found


def _is_predicate(token: Token) -> bool:
    if not token.tag_.startswith("VB") or token.dep_ in _AUXILIARIES:
        return False
    # a reporting verb that introduces a clause frames the fact; the clause's verb states it
    return not (token.lower_ in CUE_FORMS and any(c.dep_ == "ccomp" for c in token.children))


def _subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in _SUBJECTS]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:  # "met … and then travelled"
        return _subjects(verb.head)
    return found


def unit_core(unit: Unit, offset: int, doc: Doc, names: Mapping[int, str]) -> Core:
    """The core of one unit: ``offset`` is its sentence's start in the article, ``names`` maps an article character
    offset inside a named mention of the sentence to that mention's entity key."""
    start, end = (unit.start or offset) - offset, (unit.end or offset + len(doc.text)) - offset
    tokens = [t for t in doc if start <= t.idx < end]
    predicates: set[str] = set()
    actors: set[str] = set()
    objects: set[str] = set()
    for token in tokens:
        if not _is_predicate(token):
            continue
        if token.lower_ in _BE:
            predicates.update(_key(stem(c.lower_)) for c in token.children if c.dep_ in _COMPLEMENTS)
        else:
            predicates.add(_key(stem(token.lower_)))
        for subject in _subjects(token):
            if subject.tag_ in _NO_ACTOR_TAGS:
                continue
            actors.add(_argument(subject, offset, names))
        objects.update(_argument(o, offset, names) for o in _objects(token) if o.tag_ not in _NO_ACTOR_TAGS)
    words = {_key(s) for s in stems(unit.text)} | set(names.values())
    arguments = actors | objects | set(names.values())
    return Core(frozenset(predicates), frozenset(actors), frozenset(arguments), frozenset(words))


def _argument(token: Token, offset: int, names: Mapping[int, str]) -> str:
    return names.get(offset + token.idx) or _key(stem(token.lower_))


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its prepositions ("killed 10 people", "met with Netanyahu")."""
    found = [c for c in verb.children if c.dep_ in _OBJECTS]
    return found + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def group_cores(
    units: Sequence[Unit],
    members: Sequence[int],
    articles: Mapping[str, Article],
    annotations: Mapping[str, Annotations],
) -> dict[int, Core]:
    """The cores of the given units, their sentences parsed once each."""
    sentences = {i: articles[units[i].article].sentences[units[i].sentence] for i in members}
    docs = _parse([s.text for s in sentences.values()])
    cores = {}
    for i in members:
        unit, sentence = units[i], sentences[i]
        names: dict[int, str] = {}
        ann = annotations.get(unit.article)
        for m in ann.mentions if ann is not None else ():
            if m.sentence == unit.sentence and unit.covers(m.span.start, m.span.end):
                key = entity_key(m.text)
                names.update((k, key) for k in range(m.span.start, m.span.end))
        cores[i] = unit_core(unit, sentence.start, docs[sentence.text], names)
    return cores
