"""``align.facts.v22``: a group several sources share is split where two of its units state two facts — different main
predicates and different actors in the parse (``align.cores``). The sentences are Timeline17 dev H1N1_reuters' (session
25's development folder): v21 grouped each weak pair below as one corroborated fact."""

from __future__ import annotations

import pytest

from newsdesk.align.cores import Core, differ, group_cores
from newsdesk.align.facts import ALGORITHM, ALGORITHMS, V21, V22, align_story
from newsdesk.align.similarity import story_units
from newsdesk.model import Article, Sentence

pytest.importorskip("spacy")

PORK = (
    "Cooking pork to an internal temperature of 160 degrees Fahrenheit (71 degrees Celsius) kills the swine flu virus "
    "along with other bacteria and viruses."
)
FEVER = "Within days Henshaw's fever spiked to 102 degrees Fahrenheit (39 degrees Celsius), and he was confined to bed."
CAUTIONED = (
    "Mexico's government cautioned people not to shake hands or kiss when greeting or to share food, glasses or "
    "cutlery."
)
WARNED = (
    "The Mexican government warned people not to shake hands or kiss when greeting or share food, glasses or cutlery "
    "for fear of contracting the flu."
)
CULLED = "State news agency MENA said Egypt had also culled thousands of birds as a precaution."
GIRL = (
    "A five-year-old Egyptian girl has contracted the highly pathogenic bird flu virus after coming into contact with "
    "infected birds, the state news agency MENA reported on Sunday."
)


def _article(aid: str, source: str, sentences: list[str]) -> Article:
    found, at = [], 0
    for i, text in enumerate(sentences):
        found.append(Sentence(i, at, at + len(text), text))
        at += len(text) + 1
    return Article(aid, f"{aid}.txt", " ".join(sentences), tuple(found), source=source)


def _cores(first: str, second: str) -> tuple[Core, Core]:
    a, b = _article("a", "Reuters", [first]), _article("b", "AP", [second])
    units = story_units([a, b], clauses=True)
    cores = group_cores(units, range(len(units)), {"a": a, "b": b}, {})
    return cores[0], cores[len(units) - 1]


def _shared(algorithm: str) -> list[list[tuple[str, int]]]:
    a = _article("a", "Reuters", [PORK, CAUTIONED, CULLED])
    b = _article("b", "AP", [FEVER, WARNED, GIRL])
    facts = align_story([a, b], {}, algorithm=algorithm).facts
    return [[(c.article, c.sentence) for c in f.citations] for f in facts if len(f.sources) > 1]


def test_v21_corroborates_weak_pairs_and_v22_keeps_only_the_one_fact():
    """Pork cooked to 160 degrees / a patient's fever of 102 degrees; Egypt culled birds / a girl caught bird flu (MENA
    reporting both): two events of two actors each; the Mexican government's warning is one fact in two wordings."""
    assert _shared(V21) == [[("a", 0), ("b", 0)], [("a", 1), ("b", 1)], [("a", 2), ("b", 2)]]
    assert _shared(V22) == [[("a", 1), ("b", 1)]]


def test_two_events_of_two_actors_differ():
    pork, fever = _cores(PORK, FEVER)
    assert pork.predicates >= {"kill"} and "pork" in pork.actors
    assert differ(pork, fever) and differ(fever, pork)
    culled, girl = _cores(CULLED, GIRL)
    assert "cull" in culled.predicates  # "said" introduces the clause: the fact is "culled"
    assert differ(culled, girl)


def test_one_fact_in_two_wordings_does_not_differ():
    cautioned, warned = _cores(CAUTIONED, WARNED)
    assert "govern" in cautioned.actors & warned.actors  # two verbs, one actor
    assert not differ(cautioned, warned)
    # a verb and its nominalisation, two actors: "Gunmen attacked" / "The attack on the convoy"
    attacked, attack = _cores(
        "Gunmen attacked a UN convoy near the border on Tuesday.",
        "The attack on the UN convoy near the border was condemned by the Security Council.",
    )
    assert not differ(attacked, attack)


def test_a_pair_without_a_known_actor_is_never_said_to_differ():
    said, other = _cores('"It will be a tragedy," he said.', FEVER)
    assert not said.actors and not differ(said, other)


def test_v22_is_the_default_and_v21_is_kept():
    assert ALGORITHM == V22
    assert ALGORITHMS[V22].core_check and not ALGORITHMS[V21].core_check
    assert ALGORITHMS[V22].conflicts == ALGORITHMS[V21].conflicts


def test_a_sentence_parsed_once_is_read_back_with_the_same_tree(monkeypatch):
    """Session 26: the parses are kept by sentence text, so a story aligned again (``build_story`` after
    ``align_story``, a brief rebuilt in a server) parses none of its sentences twice, and reads back the same tree."""
    from newsdesk.align import cores
    from newsdesk.extract import nlp

    monkeypatch.setattr(cores, "_parsed", type(cores._parsed)())
    first = cores._parse([PORK, FEVER, PORK])
    assert list(cores._parsed) == [PORK, FEVER]
    cold = _shared(V22)

    def no_parse(*args, **kwargs):
        raise AssertionError("a cached sentence was parsed again")

    monkeypatch.setattr(nlp.load_nlp(), "pipe", no_parse)
    again = cores._parse([FEVER, PORK])
    for text in (PORK, FEVER):
        trees = [[(t.idx, t.tag_, t.dep_, t.head.i) for t in doc] for doc in (first[text], again[text])]
        assert trees[0] == trees[1]
    assert _shared(V22) == cold == [[("a", 1), ("b", 1)]]  # the alignment on cached parses: as on fresh ones


def test_the_parse_cache_keeps_the_latest_sentences_within_its_bound(monkeypatch):
    from newsdesk.align import cores

    monkeypatch.setattr(cores, "_parsed", type(cores._parsed)())
    monkeypatch.setattr(cores, "PARSE_CACHE_SIZE", 2)
    cores._parse([PORK, FEVER])
    cores._parse([PORK])  # read again: the most recent
    cores._parse([CULLED])
    assert list(cores._parsed) == [PORK, CULLED]
