"""Timeline metrics of Martschat & Markert (EACL 2017, "Improving ROUGE for Timeline Summarization"), as the
tilse toolkit computes them and as Ghalandari & Ifrim (2020) report them on Timeline17.

- Date F1: set overlap of predicted and reference dates.
- Alignment-based ROUGE-N ("align+ m:1", ``align_date_content_costs_many_to_one``): every predicted date is
  mapped to the reference date of least cost (for precision), every reference date to the predicted date of
  least cost (for recall), where cost = (1 - 1/(|day difference|+1)) × (1 - approximate ROUGE-1 F of the two
  daily summaries); matched n-gram hits are weighted by 1/(|day difference|+1). Counts are micro-averaged
  over dates. ROUGE counts are ROUGE-1.5.5 raw counts (``-t 2``) with stemming and stop-word removal.

Token preprocessing (ROUGE's lowercasing, stemming, stop words) is passed in as ``prepare`` so the same
ROUGE-1.5.5 reimplementation serves DUC and Timeline17.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date

import numpy as np

Prepare = Callable[[str], list[str]]
Timeline = Mapping[date, Sequence[str]]  # day -> sentences


def date_prf(predicted: Timeline, reference: Timeline) -> dict[str, float]:
    both = set(predicted) & set(reference)
    precision = len(both) / len(predicted) if predicted else 0.0
    recall = len(both) / len(reference) if reference else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _tokens(sentences: Sequence[str], prepare: Prepare) -> list[list[str]]:
    """A day's summary as ROUGE-1.5.5 reads it: its lines joined into one token stream (n-grams may cross)."""
    return [prepare("\n".join(sentences))]


def _counts(peer: list[list[str]], model: list[list[str]], n: int) -> tuple[int, int, int]:
    """(hits, model n-grams, peer n-grams) with hits clipped to the model's counts."""
    peer_grams: Counter[tuple[str, ...]] = Counter()
    model_grams: Counter[tuple[str, ...]] = Counter()
    for sentence in peer:
        peer_grams.update(_ngrams(sentence, n))
    for sentence in model:
        model_grams.update(_ngrams(sentence, n))
    hits = sum((peer_grams & model_grams).values())
    return hits, sum(model_grams.values()), sum(peer_grams.values())


def _approx_rouge1_f(peer: list[list[str]], model: list[list[str]]) -> float:
    hits, model_total, peer_total = _counts(peer, model, 1)
    precision = hits / peer_total if peer_total else 0.0
    recall = hits / model_total if model_total else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def align_rouge(predicted: Timeline, reference: Timeline, prepare: Prepare, n: int) -> dict[str, float]:
    """Alignment-based ROUGE-N precision/recall/F ("align+ m:1") of one predicted timeline vs one reference."""
    pred_days, ref_days = sorted(predicted), sorted(reference)
    if not pred_days or not ref_days:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    pred_tokens = {d: _tokens(predicted[d], prepare) for d in pred_days}
    # tilse approximates ROUGE-1 for the alignment costs on whitespace tokens of the texts as given.
    pred_raw = {d: [s.split() for s in predicted[d]] for d in pred_days}
    ref_tokens = {d: _tokens(reference[d], prepare) for d in ref_days}
    ref_raw = {d: [s.split() for s in reference[d]] for d in ref_days}
    cost = np.array(
        [
            [(1 - 1 / (abs((p - r).days) + 1)) * (1 - _approx_rouge1_f(pred_raw[p], ref_raw[r])) for r in ref_days]
            for p in pred_days
        ]
    )
    hit_p = denom_p = hit_r = denom_r = 0.0
    for i, p in enumerate(pred_days):  # precision: each predicted day to its cheapest reference day
        r = ref_days[int(cost[i].argmin())]
        hits, _, peer_total = _counts(pred_tokens[p], ref_tokens[r], n)
        hit_p += hits / (abs((p - r).days) + 1)
        denom_p += peer_total
    for j, r in enumerate(ref_days):  # recall: each reference day to its cheapest predicted day
        p = pred_days[int(cost[:, j].argmin())]
        hits, model_total, _ = _counts(pred_tokens[p], ref_tokens[r], n)
        hit_r += hits / (abs((p - r).days) + 1)
        denom_r += model_total
    precision = hit_p / denom_p if denom_p else 0.0
    recall = hit_r / denom_r if denom_r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
