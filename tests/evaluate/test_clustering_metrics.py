from __future__ import annotations

from newsdesk.evaluate.metrics import bcubed, clustering_scores


def test_bcubed_perfect_and_all_in_one() -> None:
    gold = ["a", "a", "b", "b"]
    assert bcubed(gold, ["x", "x", "y", "y"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(gold, ["x"] * 4)
    assert (precision, recall) == (0.5, 1.0)


def test_scores_count_clusters() -> None:
    scores = clustering_scores(["a", "a", "b"], ["1", "2", "3"])
    assert scores["clusters"] == 3 and scores["gold_clusters"] == 2 and scores["bcubed_p"] == 1.0
