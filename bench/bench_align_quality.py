"""Fact-alignment quality beyond the seeds: ECB+ dev, lead sentences of look-alike events (issue 5, align).

ECB+ (Cybulska & Vossen, LREC 2014) gives every topic two groups of documents: the ``ecb`` documents report
one event, the ``ecbplus`` documents another event of the same kind (another celebrity entering rehab,
another earthquake). Per topic all documents are aligned as one story (each document its own source). The
check is on each document's lead (its first sentence of at least ``MIN_WORDS`` words; news leads state the
main event): two leads from different documents *should* share a fact when they report the same gold event,
and must *not* when they report the two look-alike events. Pair precision, recall and F1 over all cross-document
lead pairs of all topics. The gold is document-level, so recall is a floor: two leads of one event can state
different facts of it; a false positive is always an error (one fact spanning two different events).

    .venv/bin/python bench/bench_align_quality.py [--encoder text.tfidf.v1 text.minilm-l6-v2.v1]
        [--algorithm align.margin-upgma.v1 align.facts.v2] [--topics N]
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from newsdesk.align import ALGORITHM, ALGORITHMS, align_story, facts
from newsdesk.align.similarity import MIN_WORDS
from newsdesk.clean import clean_document
from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article, RawDocument
from newsdesk.text.embeddings import MINILM, TFIDF

ECB = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ECB = ECB / "eval/clustering/ecbplus/dev.jsonl.gz"


def load_topics() -> dict[str, list[tuple[Article, str]]]:
    """Topic → [(cleaned article, gold event)] in file order."""
    topics: dict[str, list[tuple[Article, str]]] = defaultdict(list)
    with gzip.open(ECB, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            raw = RawDocument(path=f"ecbplus/{record['id']}", text=record["text"], source=record["id"])
            topics[record["topic"]].append((clean_document(raw), record["event"]))
    return dict(topics)


def lead(article: Article) -> int | None:
    return next((s.i for s in article.sentences if len(s.text.split()) >= MIN_WORDS), None)


def score_topic(
    members: list[tuple[Article, str]], annotations: dict[str, Annotations], encoder: str, algorithm: str
) -> tuple[int, int, int]:
    """(true positives, predicted positives, gold positives) over the topic's cross-document lead pairs."""
    articles = [a for a, _ in members]
    alignment = align_story(articles, annotations, encoder=encoder, algorithm=algorithm)
    facts_of: dict[tuple[str, int], set[int]] = defaultdict(set)
    for n, fact in enumerate(alignment.facts):
        for citation in fact.citations:
            facts_of[(citation.article, citation.sentence)].add(n)
    leads = [((a.id, i), event) for a, event in members if (i := lead(a)) is not None]
    tp = predicted = gold = 0
    for x, (key_a, event_a) in enumerate(leads):
        for key_b, event_b in leads[x + 1 :]:
            same = bool(facts_of[key_a] & facts_of[key_b])
            predicted += same
            gold += event_a == event_b
            tp += same and event_a == event_b
    return tp, predicted, gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", nargs="+", default=[TFIDF], choices=(TFIDF, MINILM))
    parser.add_argument("--algorithm", nargs="+", default=[ALGORITHM], choices=sorted(ALGORITHMS))
    parser.add_argument("--topics", type=int, default=0, help="only the first N topics (0: all)")
    parser.add_argument("--cache", type=Path, help="pickle of the annotations, written once, then read")
    parser.add_argument(
        "--frame-weight", type=float, nargs="+", help="sweep: run align.facts.v2 with each of these weights"
    )
    args = parser.parse_args()
    topics = load_topics()
    names = sorted(topics, key=int)[: args.topics or None]
    start = time.perf_counter()
    if args.cache and args.cache.exists():
        annotations = pickle.loads(args.cache.read_bytes())
    else:
        annotations = {name: annotate([a for a, _ in topics[name]]) for name in names}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(annotations))
    if args.frame_weight:
        base = facts.ALGORITHMS[facts.V2]
        for weight in args.frame_weight:
            facts.ALGORITHMS[f"{facts.V2}@frame_weight={weight:g}"] = dataclasses.replace(base, frame_weight=weight)
        args.algorithm = [f"{facts.V2}@frame_weight={w:g}" for w in args.frame_weight]
    print(f"topics {len(names)}; annotated in {time.perf_counter() - start:.1f} s; load {os.getloadavg()[0]:.1f}")
    for encoder in args.encoder:
        for algorithm in args.algorithm:
            start, start_cpu = time.perf_counter(), time.process_time()
            tp = predicted = gold = 0
            for name in names:
                t, p, g = score_topic(topics[name], annotations[name], encoder, algorithm)
                tp, predicted, gold = tp + t, predicted + p, gold + g
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result = {
                "encoder": encoder,
                "algorithm": algorithm,
                "pairs_predicted": predicted,
                "pairs_gold": gold,
                "true_positives": tp,
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "align_wall_s": round(time.perf_counter() - start, 1),
                "align_cpu_s": round(time.process_time() - start_cpu, 1),
                "load": round(os.getloadavg()[0], 1),
            }
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
