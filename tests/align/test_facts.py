from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from newsdesk.align import align_story, unique_reports
from newsdesk.align.clauses import clause_spans
from newsdesk.align.facts import V2, _clusters
from newsdesk.align.similarity import independent_sources, ratio_margin, stems, story_units
from newsdesk.model import Article, Fact
from newsdesk.text import embeddings
from newsdesk.text.embeddings import MINILM, TFIDF


def _fact_of(facts: tuple[Fact, ...], article: Article, sentence: int) -> Fact:
    return next(f for f in facts if any(c.article == article.id and c.sentence == sentence for c in f.citations))


def test_ninth_visit_is_one_fact_from_two_outlets(seed_alignment, seed_articles):
    fact = _fact_of(seed_alignment.facts, seed_articles["002"], 14)  # "ninth visit to the Middle East"
    cited = {(c.article, c.sentence) for c in fact.citations}
    assert (seed_articles["004"].id, 0) in cited  # "ninth diplomatic mission to the Middle East"
    assert set(fact.sources) == {seed_articles["002"].id, seed_articles["004"].id}


def test_accepts_and_supports_the_bridging_proposal_is_one_fact(seed_alignment, seed_articles):
    # "Israel accepts the bridge-building proposal" (001) ≈ "Israel supports the bridging proposal" (002)
    fact = _fact_of(seed_alignment.facts, seed_articles["001"], 4)
    assert (seed_articles["002"].id, 5) in {(c.article, c.sentence) for c in fact.citations}
    assert len(fact.sources) >= 2


# Every outlet's own wording of "Netanyahu accepts the US (bridging) proposal", as the sentence it cites.
NETANYAHU_ACCEPTS = {
    ("000", 11): "he accepts the ceasefire deal proposed by the US",
    ("001", 4): "Israel accepts the bridge-building proposal",
    ("002", 5): "Israel supports the bridging proposal",
}


def test_netanyahu_accepts_the_us_proposal_is_one_fact_from_three_outlets(seed_brief_alignment, seed_articles):
    # Seed 000 states it in the first clause of a long sentence whose second clause is about Hamas; v1 missed
    # it (2 outlets), v2 aligns the clause, and its frame ("he" = Netanyahu, of Israel, accepts) agrees.
    fact = _fact_of(seed_brief_alignment.facts, seed_articles["000"], 11)
    by_id = {a.id: a for a in seed_articles.values()}
    cited = {(c.article, c.sentence) for c in fact.citations}
    for (seed, sentence), wording in NETANYAHU_ACCEPTS.items():
        article = seed_articles[seed]
        assert (article.id, sentence) in cited
        assert wording in article.sentences[sentence].text  # the citation resolves to the right sentence
    assert len(fact.sources) >= 3
    assert {seed_articles[k].id for k, _ in NETANYAHU_ACCEPTS} <= set(fact.sources)
    for citation in fact.citations:
        text = by_id[citation.article].sentences[citation.sentence].text
        assert "propos" in text or "deal" in text
    # Hamas being urged to accept, or having accepted in July, is another fact.
    assert (seed_articles["001"].id, 0) not in cited and (seed_articles["003"].id, 12) not in cited
    assert fact.text in {by_id[c.article].sentences[c.sentence].text for c in fact.citations}


def test_v1_is_kept_and_reproducible(seed_list, seed_annotations):
    old = align_story(seed_list, seed_annotations, encoder=TFIDF, algorithm="align.margin-upgma.v1")
    assert old.algorithm == "align.margin-upgma.v1"
    cited = [(c.article, c.sentence) for f in old.facts for c in f.citations]
    assert len(cited) == len(set(cited))  # v1 units are whole sentences
    with pytest.raises(ValueError, match=r"align\.facts\.v2"):
        align_story(seed_list, seed_annotations, algorithm="align.nope.v0")


def test_embedding_was_used_and_named(seed_alignment):
    assert seed_alignment.encoder == MINILM


# Pairs of seed sentences that state different facts: no fact may hold both.
UNRELATED = [
    (("002", 14), ("001", 11)),  # ninth visit / Gaza death toll of at least 40,000
    (("001", 4), ("003", 13)),  # Israel accepts the proposal / Hamas delegation left Cairo
    (("004", 0), ("000", 3)),  # ninth mission / Herzog says Hamas prevents a deal
    (("002", 2), ("001", 10)),  # Blinken to travel to Egypt and Qatar / the war began on October 7
    (("000", 7), ("004", 8)),  # Netanyahu held a meeting / Blinken will also meet Gallant and Herzog
    (("001", 4), ("001", 0)),  # "Israel accepts" / "Blinken urged Hamas to accept"
]


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_unrelated_sentences_are_not_merged(seed_alignment, seed_articles, a, b):
    first = _fact_of(seed_alignment.facts, seed_articles[a[0]], a[1])
    assert (seed_articles[b[0]].id, b[1]) not in {(c.article, c.sentence) for c in first.citations}


def test_every_clause_is_cited_once(seed_alignment, seed_list):
    # v2 aligns clauses: a sentence is cited once per fact, and by at most as many facts as it has clauses.
    by_id = {a.id: a for a in seed_list}
    facts_citing: dict[tuple[str, int], int] = {}
    for fact in seed_alignment.facts:
        keys = [(c.article, c.sentence) for c in fact.citations]
        assert len(keys) == len(set(keys))
        for key in keys:
            facts_citing[key] = facts_citing.get(key, 0) + 1
    for (article, sentence), count in facts_citing.items():
        assert count <= len(clause_spans(by_id[article].sentences[sentence].text))
    assert set(facts_citing) >= {(u.article, u.sentence) for u in story_units(seed_list)}
    for fact in seed_alignment.facts:
        assert fact.text in {
            seed_list[[a.id for a in seed_list].index(c.article)].sentences[c.sentence].text for c in fact.citations
        }


def test_average_linkage_does_not_chain():
    # A~B and B~C strongly, A and C unrelated: single link would make one group, average linkage must not.
    scores = np.array([[3.0, 2.0, -0.5], [2.0, 3.0, 2.0], [-0.5, 2.0, 3.0]])
    groups = sorted(sorted(g) for g in _clusters(scores, threshold=1.0))
    assert [0, 1, 2] not in groups
    assert len(groups) == 2


def test_near_duplicate_copy_counts_as_one_source(seed_list, seed_annotations):
    original = seed_list[2]
    copy = dataclasses.replace(original, id="copy-of-002", path="copy.txt", duplicate_of=original.id)
    articles = [*seed_list, copy]
    assert independent_sources(articles)["copy-of-002"] == original.id
    alignment = align_story(articles, seed_annotations, encoder=TFIDF)
    for fact in alignment.facts:
        assert "copy-of-002" not in fact.sources
    unique = dict(unique_reports(articles, alignment.facts))
    assert "copy-of-002" not in unique


def test_unique_reports_are_single_source_sentences(seed_alignment, seed_list):
    unique = dict(unique_reports(seed_list, seed_alignment.facts))
    # Seed 003 (the Cairo talks) is the only one to report Osama Hamdan's statement (its sentence 11).
    assert 11 in unique[seed_list[3].id]
    shared = {(c.article, c.sentence) for f in seed_alignment.facts if len(f.sources) > 1 for c in f.citations}
    for article, sentences in unique.items():
        assert not {(article, s) for s in sentences} & shared


def test_tfidf_fallback_is_reported(monkeypatch, seed_list):
    def missing():
        raise embeddings.MissingExtra("sentence embeddings (MiniLM)", "embed", embeddings.INSTALL)

    monkeypatch.setattr(embeddings, "load_minilm", missing)
    encoding = embeddings.encode(["Israel accepts the proposal.", "Hamas rejects it."])
    assert encoding.name == TFIDF
    assert "pip install" in (encoding.fallback_reason or "")
    assert align_story(seed_list[:2], {}).encoder == TFIDF


def test_ratio_margin_prefers_pairs_that_stand_out():
    sim = np.array([[1.0, 0.9, 0.5], [0.9, 1.0, 0.5], [0.5, 0.5, 1.0]])
    margin = ratio_margin(sim, ["a", "b", "c"], k=1)
    assert margin[0, 1] == pytest.approx(1.0)
    assert margin[0, 2] < 1.0


def test_stems_fold_inflections():
    assert (
        stems("Israel accepts the proposals") == stems("israel accepted a proposal") == ["israel", "accept", "propos"]
    )


def test_empty_story():
    assert align_story([], {}).facts == ()


def test_questions_are_not_units_of_fact():
    """A Reuters Q&A box ("HOW MANY PEOPLE HAVE DIED?") asks; its answers state the facts."""
    from newsdesk.clean import clean_document
    from newsdesk.evaluate.io import read_jsonl
    from newsdesk.model import RawDocument
    from tests.conftest import EVAL

    records = read_jsonl(EVAL / "timelines" / "t17" / "dev" / "H1N1_reuters" / "articles.jsonl.gz")
    text = next(r["text"] for r in records if "HOW MANY PEOPLE HAVE DIED?" in r["text"])
    article = clean_document(RawDocument(path="h1n1.jsonl", text=text))
    asked = [s.i for s in article.sentences if s.text.endswith("?")]
    assert asked
    units = story_units([article], clauses=True)
    assert units and not {u.sentence for u in units} & set(asked)


def test_a_sentence_is_the_wording_of_one_fact_only():
    """Guardian pages on H1N1 (Timeline17 dev) reprint one agency story; its "The Foreign Office issued a warning
    …, but stopped short of …" has two clauses, which align separately — shown as two facts with the same text."""
    from newsdesk.evaluate.timeline import load_articles

    from ..conftest import EVAL

    pages = load_articles(EVAL / "timelines" / "t17" / "dev" / "H1N1_guardian")
    story = [a for a in pages if "The Foreign Office issued a warning to UK travellers" in a.text][:4]
    assert len(story) >= 3
    facts = align_story(story).facts
    texts = [f.text for f in facts]
    assert len(texts) == len(set(texts))
    before = [f.text for f in align_story(story, algorithm=V2).facts]  # v2 printed it twice
    assert len(before) > len(set(before))
    foreign_office = [f for f in facts if f.text.startswith("The Foreign Office issued")]
    assert len(foreign_office) == 1 and len(foreign_office[0].sources) >= 3
