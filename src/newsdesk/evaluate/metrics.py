"""Clustering scores: NMI and ARI (scikit-learn) and B-cubed precision/recall/F1 (Bagga & Baldwin, 1998).

B-cubed is computed per item and averaged: precision = the share of an item's predicted cluster that shares
its gold label, recall = the share of its gold cluster that shares its predicted cluster.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    if not gold:
        return 0.0, 0.0, 0.0
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_sizes, pred_sizes = Counter(gold), Counter(predicted)
    precision = sum(n * n / pred_sizes[p] for (_, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (g, _), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def clustering_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Every metric for one level, rounded to 4 places; cluster counts let a reader see over/under-splitting."""
    precision, recall, f1 = bcubed(gold, predicted)
    return {
        "nmi": round(float(normalized_mutual_info_score(gold, predicted)), 4),
        "ari": round(float(adjusted_rand_score(gold, predicted)), 4),
        "bcubed_p": round(precision, 4),
        "bcubed_r": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "clusters": len(set(predicted)),
        "gold_clusters": len(set(gold)),
    }
