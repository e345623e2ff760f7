"""Train ``summarize.learned.v1``'s concept model on DUC 2004 dev and report its cross-validated ROUGE.

The dev split is the only labelled DUC data, so the honest figure is cross-validated: the clusters are
split into folds by their order in the file (cluster k goes to fold k mod ``--folds``), and every cluster is
summarized with a model trained on the other folds only (``--folds 25`` is leave-one-out). The model
written by ``--write`` is trained on all clusters, so its own dev figure is in-sample, not a claim.

    PYTHONPATH=src .venv/bin/python bench/train_concept_weights.py [--folds 5] [--folds 25] [--write]
"""

from __future__ import annotations

import argparse
import os
import pickle
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsdesk.evaluate.io import read_jsonl
from newsdesk.evaluate.mds import WORDS, cluster_articles, rouge_data_dir, summary_text
from newsdesk.evaluate.rouge import Rouge155
from newsdesk.summarize.compressive import summarize_compressive_v2
from newsdesk.summarize.learned import FEATURES, MODEL_PATH, fit_concept_model, summarize_learned, training_examples

SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DUC = SHARED / "eval" / "mds" / "duc2004" / "dev.jsonl"

Cluster = tuple[str, list[Any], list[str]]


def load(path: Path, cache: Path | None) -> list[Cluster]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())  # type: ignore[no-any-return]
    clusters = [(c["id"], cluster_articles(c), c["references"]) for c in read_jsonl(path)]
    if cache:
        cache.write_bytes(pickle.dumps(clusters))
    return clusters


def score(clusters: Sequence[Cluster], summarize: Any, rouge: Rouge155) -> tuple[np.ndarray, np.ndarray]:
    """Per-cluster ROUGE-1 and -2 recall of ``summarize(k, articles)``'s summaries."""
    r1, r2 = [], []
    for k, (_, articles, references) in enumerate(clusters):
        text = summary_text(summarize(k, articles))
        r1.append(rouge.score(text, references, 1).recall)
        r2.append(rouge.score(text, references, 2).recall)
    return np.array(r1), np.array(r2)


def cross_validate(
    clusters: Sequence[Cluster], data: Sequence[Any], folds: int, rouge: Rouge155
) -> tuple[np.ndarray, np.ndarray]:
    started = time.process_time()
    models = {
        f: fit_concept_model([d for k, d in enumerate(data) if k % folds != f]) for f in range(min(folds, len(data)))
    }
    r1, r2 = score(clusters, lambda k, a: summarize_learned(a, WORDS, model=models[k % folds]), rouge)
    print(
        f"{folds}-fold CV (fold = cluster index mod {folds}): R-1 {r1.mean():.5f} R-2 {r2.mean():.5f} "
        f"({len(r1)} clusters, {time.process_time() - started:.1f} CPU-s, load {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    return r1, r2


def paired(name: str, ours: np.ndarray, base: np.ndarray) -> None:
    """Per-cluster differences against the baseline: wins/losses and a paired bootstrap 95% interval."""
    diff = ours - base
    rng = np.random.default_rng(0)
    boot = np.sort(rng.choice(diff, (10_000, len(diff))).mean(axis=1))
    print(
        f"  {name} − compressive.v2: {diff.mean():+.5f} (95% bootstrap {boot[250]:+.5f} … {boot[9750]:+.5f}), "
        f"{(diff > 0).sum()} clusters up, {(diff < 0).sum()} down"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", type=Path, default=DUC)
    parser.add_argument("--folds", type=int, action="append", default=[])
    parser.add_argument("--write", action="store_true", help=f"train on every cluster and write {MODEL_PATH.name}")
    parser.add_argument("--cache", type=Path, help="pickle of the cleaned clusters (made if missing)")
    args = parser.parse_args()
    clusters = load(args.split, args.cache)
    data = [training_examples(articles, references) for _, articles, references in clusters]
    print(
        f"{len(clusters)} clusters, {sum(len(d[1]) for d in data)} concepts, {sum(d[1].sum() for d in data):.0f} "
        "reference-weighted positives"
    )
    rouge = Rouge155(rouge_data_dir(args.split))
    base = score(clusters, lambda k, a: summarize_compressive_v2(a, WORDS), rouge)
    print(f"compressive.v2 (baseline): R-1 {base[0].mean():.5f} R-2 {base[1].mean():.5f}")
    for folds in args.folds:
        r1, r2 = cross_validate(clusters, data, folds, rouge)
        paired("R-1", r1, base[0])
        paired("R-2", r2, base[1])
    if args.write:
        model = fit_concept_model(data)
        MODEL_PATH.write_text(model.to_json() + "\n")
        print(f"wrote {MODEL_PATH}:", dict(zip(FEATURES, np.round(model.coef, 3).tolist(), strict=True)))


if __name__ == "__main__":
    main()
