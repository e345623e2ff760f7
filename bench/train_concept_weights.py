"""Train ``summarize.learned.v1``'s concept model on DUC 2004 dev and report its cross-validated ROUGE.

The dev split is the only labelled DUC data, so the honest figure is cross-validated: the clusters are
split into folds by their order in the file (cluster k goes to fold k mod ``--folds``), and every cluster is
summarized with a model trained on the other folds only (``--folds 25`` is leave-one-out). The model
written by ``--write`` is trained on all clusters, so its own dev figure is in-sample, not a claim.

    PYTHONPATH=src .venv/bin/python bench/train_concept_weights.py [--folds 5] [--folds 25] [--write]

``--unigrams 1.0 --unigrams 0.25 ...`` also cross-validates learned.v1 with unigram concepts (content words,
weighted by a second model of the same features, labelled by the share of references containing the word)
at each fixed share of the bigram scale, paired against learned.v1 in the same folds; ``--nested`` picks the
share (0 = no unigrams, or one of ``--unigrams``) inside each fold by an inner cross-validation on that
fold's training clusters only. Measured in docs/benchmarks.md ("learned unigram concepts"): they lower both
R-1 and R-2, so learned.v1 has none.
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
from newsdesk.model import Article
from newsdesk.summarize.compressive import summarize_compressive_v2
from newsdesk.summarize.learned import (
    FEATURES,
    MODEL_PATH,
    ConceptModel,
    fit_concept_model,
    summarize_learned,
    training_examples,
)

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


def paired(name: str, ours: np.ndarray, base: np.ndarray, against: str = "compressive.v2") -> None:
    """Per-cluster differences against the baseline: wins/losses and a paired bootstrap 95% interval."""
    diff = ours - base
    rng = np.random.default_rng(0)
    boot = np.sort(rng.choice(diff, (10_000, len(diff))).mean(axis=1))
    print(
        f"  {name} − {against}: {diff.mean():+.5f} (95% bootstrap {boot[250]:+.5f} … {boot[9750]:+.5f}), "
        f"{(diff > 0).sum()} clusters up, {(diff < 0).sum()} down"
    )


Examples = Sequence[tuple[np.ndarray, np.ndarray]]
Models = tuple[ConceptModel, ConceptModel]  # bigram model, unigram model


def unigram_models(bigrams: Examples, unigrams: Examples, train: Sequence[int]) -> Models:
    return fit_concept_model([bigrams[k] for k in train]), fit_concept_model([unigrams[k] for k in train])


def learned_with(models: dict[int, Models], folds: int, share: float) -> Any:
    """Cluster ``k``'s summarizer: learned.v1 with fold ``k mod folds``'s models and unigrams × ``share`` (0: none)."""

    def summarize(k: int, articles: Sequence[Article]) -> Any:
        bigrams, unigrams = models[k % folds]
        return summarize_learned(articles, WORDS, model=bigrams, unigrams=unigrams if share else None, share=share)

    return summarize


def with_unigrams(
    clusters: Sequence[Cluster],
    bigrams: Examples,
    unigrams: Examples,
    folds: int,
    shares: Sequence[float],
    rouge: Rouge155,
) -> None:
    """learned.v1 against learned.v1 + unigram concepts at each share, the same models' folds, scored in one run."""
    started = time.process_time()
    models = {
        f: unigram_models(bigrams, unigrams, [k for k in range(len(clusters)) if k % folds != f]) for f in range(folds)
    }
    v1 = score(clusters, learned_with(models, folds, 0.0), rouge)
    print(f"learned.v1 {folds}-fold: R-1 {v1[0].mean():.5f} R-2 {v1[1].mean():.5f}", flush=True)
    for share in shares:
        ours = score(clusters, learned_with(models, folds, share), rouge)
        print(f"learned.v1 + unigrams × {share} {folds}-fold: R-1 {ours[0].mean():.5f} R-2 {ours[1].mean():.5f}")
        paired("R-1", ours[0], v1[0], "learned.v1")
        paired("R-2", ours[1], v1[1], "learned.v1")
    print(f"  ({time.process_time() - started:.1f} CPU-s, load {os.getloadavg()[0]:.1f})", flush=True)


def nested_unigrams(
    clusters: Sequence[Cluster],
    bigrams: Examples,
    unigrams: Examples,
    folds: int,
    shares: Sequence[float],
    rouge: Rouge155,
) -> None:
    """Each outer fold picks its share (highest mean R-1 of an inner ``folds − 1``-fold CV over its own training
    clusters; 0 = no unigrams; ties to the smaller share), then summarizes its held-out clusters with it."""
    started = time.process_time()
    grid = [0.0, *sorted(shares)]
    n = len(clusters)
    r1, r2, v1_1, v1_2 = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
    for f in range(folds):
        train = [k for k in range(n) if k % folds != f]
        inner = {
            g: unigram_models(bigrams, unigrams, [k for i, k in enumerate(train) if i % (folds - 1) != g])
            for g in range(folds - 1)
        }
        held = [clusters[k] for k in train]
        best, best_r1 = 0.0, -1.0
        for share in grid:
            got = score(held, learned_with(inner, folds - 1, share), rouge)[0].mean()
            if got > best_r1 + 1e-12:
                best, best_r1 = share, got
        outer = {0: unigram_models(bigrams, unigrams, train)}
        test = [k for k in range(n) if k % folds == f]
        pick = score([clusters[k] for k in test], learned_with(outer, 1, best), rouge)
        base = score([clusters[k] for k in test], learned_with(outer, 1, 0.0), rouge)
        r1[test], r2[test], v1_1[test], v1_2[test] = pick[0], pick[1], base[0], base[1]
        print(f"  fold {f}: share {best} (inner R-1 {best_r1:.5f})", flush=True)
    print(
        f"nested {folds}-fold: R-1 {r1.mean():.5f} R-2 {r2.mean():.5f}; learned.v1 {v1_1.mean():.5f} {v1_2.mean():.5f}"
    )
    paired("R-1", r1, v1_1, "learned.v1")
    paired("R-2", r2, v1_2, "learned.v1")
    print(f"  ({time.process_time() - started:.1f} CPU-s, load {os.getloadavg()[0]:.1f})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", type=Path, default=DUC)
    parser.add_argument("--folds", type=int, action="append", default=[])
    parser.add_argument("--write", action="store_true", help=f"train on every cluster and write {MODEL_PATH.name}")
    parser.add_argument("--cache", type=Path, help="pickle of the cleaned clusters (made if missing)")
    parser.add_argument("--unigrams", type=float, action="append", default=[], help="share of unigram concepts")
    parser.add_argument("--nested", action="store_true", help="pick the unigram share inside each fold")
    parser.add_argument("--no-baseline", action="store_true", help="skip compressive.v2 and learned.v1's CV")
    args = parser.parse_args()
    clusters = load(args.split, args.cache)
    data = [training_examples(articles, references) for _, articles, references in clusters]
    print(
        f"{len(clusters)} clusters, {sum(len(d[1]) for d in data)} concepts, {sum(d[1].sum() for d in data):.0f} "
        "reference-weighted positives"
    )
    rouge = Rouge155(rouge_data_dir(args.split))
    if not args.no_baseline:
        base = score(clusters, lambda k, a: summarize_compressive_v2(a, WORDS), rouge)
        print(f"compressive.v2 (baseline): R-1 {base[0].mean():.5f} R-2 {base[1].mean():.5f}")
        for folds in args.folds:
            r1, r2 = cross_validate(clusters, data, folds, rouge)
            paired("R-1", r1, base[0])
            paired("R-2", r2, base[1])
    if args.unigrams:
        words = [training_examples(articles, references, 1) for _, articles, references in clusters]
        print(f"unigram concepts: {sum(len(d[1]) for d in words)}, {sum(d[1].sum() for d in words):.0f} positives")
        for folds in args.folds:
            with_unigrams(clusters, data, words, folds, args.unigrams, rouge)
            if args.nested:
                nested_unigrams(clusters, data, words, folds, args.unigrams, rouge)
    if args.write:
        model = fit_concept_model(data)
        MODEL_PATH.write_text(model.to_json() + "\n")
        print(f"wrote {MODEL_PATH}:", dict(zip(FEATURES, np.round(model.coef, 3).tolist(), strict=True)))


if __name__ == "__main__":
    main()
