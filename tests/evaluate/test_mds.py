"""``newsdesk eval mds`` on DUC 2004 dev: product path, prediction file, quality floor of the summarizer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.evaluate import run_task
from newsdesk.evaluate.io import read_jsonl
from newsdesk.evaluate.mds import cluster_articles, score_clusters
from newsdesk.summarize.compressive import summarize_compressive, summarize_compressive_v2
from newsdesk.summarize.learned import fit_concept_model, shipped_model, summarize_learned, training_examples
from newsdesk.summarize.trim import is_trim_of
from newsdesk.text.vectors import word_count
from tests.conftest import EVAL

DUC = EVAL / "mds" / "duc2004" / "dev.jsonl"
pytestmark = pytest.mark.skipif(not DUC.exists(), reason="DUC 2004 eval data not present")


def test_eval_mds_writes_predictions_and_peer_scores(tmp_path: Path) -> None:
    out = tmp_path / "mds.jsonl"
    result = run_task("mds", DUC, out)
    assert result["clusters"] == 25
    assert result["summarizer"].startswith("summarize.")
    assert 0.3 < result["rouge1"] < 0.6 and 0.05 < result["rouge2"] < 0.3
    # The peers are scored by the same ROUGE in the same run: DPP's published dev R-1 is 0.39363.
    assert result["peers"]["DPP"]["rouge1"] == pytest.approx(0.39363, abs=1e-5)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [c["id"] for c in read_jsonl(DUC)]
    assert all(line["summary"] for line in lines)


def test_duc_documents_become_dated_articles() -> None:
    cluster = next(c for c in read_jsonl(DUC) if c["docs"][0]["id"].startswith(("APW", "NYT")))
    articles = cluster_articles(cluster)
    assert len(articles) == len(cluster["docs"])
    assert all(a.published is not None and a.source for a in articles)
    # DUC's ``...'' quote marks survive cleaning, so quoted sentences are recognised as quotes.
    assert sum("``" in a.text for a in articles) == sum("``" in d["text"] for d in cluster["docs"])


def test_v2_takes_no_sentence_closing_a_duc_quote() -> None:
    """DUC closes a quote with '' and a quote running over two sentences leaves the second with only that mark:
    v1 put one such fragment in d30006t's summary ("I don't think that they're ready to make a deal.''")."""
    clusters = [c for c in read_jsonl(DUC)][:3]
    assert clusters[2]["id"] == "d30006t"
    v1 = summarize_compressive(cluster_articles(clusters[2]), 100)
    assert any("''" in s.text for s in v1)
    for cluster in clusters:
        assert not any(
            mark in s.text for s in summarize_compressive_v2(cluster_articles(cluster), 100) for mark in ("''", "``")
        )


def _score_checked(summarizer):  # type: ignore[no-untyped-def]
    """DUC dev scores of ``summarizer``, checking on every cluster that the summary keeps to its budget and
    that each sentence is a trim of the sentence it cites first."""
    budget_ok = []

    def checked(articles, words):  # type: ignore[no-untyped-def]
        summary = summarizer(articles, words)
        by_id = {a.id: a for a in articles}
        budget_ok.append(sum(word_count(s.text) for s in summary) <= words)
        for s in summary:
            first = s.citations[0]
            assert is_trim_of(s.text, by_id[first.article].sentences[first.sentence].text)
        return summary

    result = score_clusters(DUC, checked)
    assert all(budget_ok) and len(budget_ok) == 25
    return result


@pytest.mark.slow
def test_compressive_v2_quality_floor_budget_and_citations() -> None:
    result = _score_checked(summarize_compressive_v2)
    # Measured 0.39395 / 0.10003 (summarize.compressive.v2, the default; v1 0.38964 / 0.09524,
    # docs/benchmarks.md); floors just under.
    assert result["rouge1"] >= 0.393
    assert result["rouge2"] >= 0.0995


@pytest.mark.slow
def test_learned_v1_quality_floor_budget_and_citations() -> None:
    """The default. In-sample: its concept model was trained on this split (bench/train_concept_weights.py),
    so this floor guards the code and the shipped model; the claim is the cross-validated figure below."""
    result = _score_checked(summarize_learned)
    # Measured in-sample 0.40165 / 0.10493 (docs/benchmarks.md); floors just under.
    assert result["rouge1"] >= 0.400
    assert result["rouge2"] >= 0.104


@pytest.mark.slow
def test_learned_v1_cross_validated_floor_and_shipped_model() -> None:
    """Every cluster summarized by a model trained on the other folds (cluster k in fold k mod 5), as
    bench/train_concept_weights.py does; and the shipped model is what training on the whole split gives."""
    from newsdesk.evaluate.mds import rouge_data_dir, summary_text
    from newsdesk.evaluate.rouge import Rouge155

    clusters = [(cluster_articles(c), c["references"]) for c in read_jsonl(DUC)]
    data = [training_examples(articles, references) for articles, references in clusters]
    shipped, refit = shipped_model(), fit_concept_model(data)
    assert refit.coef == pytest.approx(shipped.coef, abs=1e-4)
    assert refit.intercept == pytest.approx(shipped.intercept, abs=1e-4)
    models = [fit_concept_model([d for k, d in enumerate(data) if k % 5 != f]) for f in range(5)]
    rouge = Rouge155(rouge_data_dir(DUC))
    r1, r2 = [], []
    for k, (articles, references) in enumerate(clusters):
        text = summary_text(summarize_learned(articles, 100, model=models[k % 5]))
        r1.append(rouge.score(text, references, 1).recall)
        r2.append(rouge.score(text, references, 2).recall)
    # Measured 0.40047 / 0.10345 (compressive.v2: 0.39395 / 0.10003); floors just under.
    assert sum(r1) / 25 >= 0.399
    assert sum(r2) / 25 >= 0.1025
