"""Dedup + online story clustering: quality next to a batch baseline, and speed/memory at 1k, 10k, 100k.

    .venv/bin/python bench/bench_clustering.py quality      # GoogleNews + ECB+ dev: online vs batch baseline
    .venv/bin/python bench/bench_clustering.py scale [1000 10000 100000]

Baseline (the issue's yardstick): batch TF-IDF (sublinear, English stop words) + average-linkage
agglomerative clustering on cosine distance, its distance threshold swept on the dev split and the best
reported (so it is an upper bound for that method, fitted on dev; the online path is not).

Scale sets are built from the 2,405 real, dated Timeline17 dev articles (9 topic/outlet folders). Article k
of a set of size N: a base article is drawn (seeded) from a random folder; its text is its first two sentences
followed by 6–14 sentences drawn from other articles of the same folder (real wording of the same story,
recombined so two synthetic articles are not copies); its date is the base article's date plus 800 days
per 2,405 articles already built (k // 2,405): the corpus is replayed as successive epochs, so a large stream
keeps opening and closing stories the way a newsroom's does. One article in ten is a wire copy of a recent
one (new headline, boilerplate, a paragraph dropped) so dedup has real work. Each size runs in a fresh
process; peak memory is that process's max RSS, reported with the RSS before clustering (the input set).
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re
import resource
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from newsdesk.cluster import OnlineClusterer, stream_order
from newsdesk.dedup import DuplicateIndex, signature
from newsdesk.evaluate.clustering import evaluate, load_split
from newsdesk.evaluate.metrics import clustering_scores
from newsdesk.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
T17 = SHARED / "timelines" / "t17" / "dev"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


# --- the batch baseline ---------------------------------------------------------------------------------
def baseline_labels(articles: list[Article], threshold: float) -> list[str]:
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title or ''} {a.text}" for a in articles]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    dense = matrix.toarray().astype(np.float32)
    similarity = np.clip(dense @ dense.T, 0, 1)
    distance = 1 - similarity[np.triu_indices(len(articles), 1)]
    tree = linkage(distance, method="average")
    return [str(x) for x in fcluster(tree, t=threshold, criterion="distance")]


def quality() -> None:
    thresholds = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
    for name, path in (
        ("googlenews", SHARED / "clustering" / "googlenews" / "dev.jsonl"),
        ("ecbplus", SHARED / "clustering" / "ecbplus" / "dev.jsonl.gz"),
    ):
        started = time.perf_counter()
        online = evaluate(path)
        online_s = time.perf_counter() - started
        print(f"{name} online  ({online_s:.1f} s incl. cleaning): {json.dumps(online, sort_keys=True)}")
        articles, stories, events, _ = load_split(path)
        levels = {"story": stories} | ({"event": [str(e) for e in events]} if events[0] is not None else {})
        for level, gold in levels.items():
            best: dict[str, float] = {}
            started = time.perf_counter()
            for t in thresholds:
                scores = clustering_scores(gold, baseline_labels(articles, t))
                if scores["nmi"] + scores["bcubed_f1"] > best.get("nmi", 0) + best.get("bcubed_f1", 0):
                    best = {**scores, "threshold": t}
            per_run = (time.perf_counter() - started) / len(thresholds)
            mine = online[level]
            print(
                f"  {level}: online NMI {mine['nmi']:.4f} B3-F1 {mine['bcubed_f1']:.4f} ({mine['clusters']} clusters)"
                f" | batch baseline best-on-dev (t={best['threshold']}) NMI {best['nmi']:.4f}"
                f" B3-F1 {best['bcubed_f1']:.4f} ({best['clusters']} clusters, {per_run:.1f} s per run)"
                f" | gold {mine['gold_clusters']}"
            )


# --- scale ------------------------------------------------------------------------------------------------
def _t17() -> dict[str, list[dict]]:
    folders = {}
    for folder in sorted(T17.iterdir()):
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        for row in rows:
            row["sentences"] = _SENTENCE.split(row["text"])
        folders[folder.name] = rows
    return folders


def build_set(n: int, seed: int = 13) -> list[Article]:
    rng = random.Random(seed)
    folders = _t17()
    names = sorted(folders)
    total = sum(len(v) for v in folders.values())
    articles: list[Article] = []
    for k in range(n):
        if articles and k % 10 == 9:
            original = articles[rng.randrange(max(0, len(articles) - 50), len(articles))]
            paras = original.text.split("\n\n")
            kept = [p for i, p in enumerate(paras) if i == 0 or rng.random() > 0.25]
            text = "\n\n".join(["Distributed by the wire service. All rights reserved.", *kept])
            articles.append(replace(original, id=f"b{k}", text=text, title=f"UPDATE: {original.title}", source="wire"))
            continue
        folder = rng.choice(names)
        rows = folders[folder]
        base = rng.choice(rows)
        body = [rng.choice(rng.choice(rows)["sentences"]) for _ in range(rng.randint(6, 14))]
        lead = base["sentences"][:2]
        text = "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3))
        epoch = k // total  # the corpus is replayed once per 2,405 articles, each replay 800 days later
        published = date.fromisoformat(base["published"]) + timedelta(days=800 * epoch)
        articles.append(
            Article(
                id=f"b{k}",
                path=f"bench/{folder}",
                text=" ".join(lead) + "\n\n" + text,
                sentences=(),
                title=" ".join(lead[0].split()[:12]) if lead else None,
                source=folder.rsplit("_", 1)[-1],
                published=published,
            )
        )
    return articles


def run_online(articles: list[Article]) -> dict[str, float]:
    """The product's streaming core: dedup index, then the story/event clusterer for each original."""
    index = DuplicateIndex()
    clusterer = OnlineClusterer()
    copies = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for article in stream_order(articles):
        if index.add(signature(article)) is not None:
            copies += 1
            continue
        clusterer.add(article)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "articles": len(articles),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(articles) / elapsed, 1),
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_s": round(len(articles) / cpu, 1),
        "copies": copies,
        "stories_opened": len(clusterer.stories.open) + clusterer.stories.closed,
        "stories_open_at_end": len(clusterer.stories.open),
    }


def child(n: int) -> None:
    articles = build_set(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = run_online(articles)
    result["rss_input_mb"] = round(before)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if n <= 2_000:  # the batch baseline is quadratic in memory: side by side only on the small set
        started = time.process_time()
        baseline_labels(articles, 0.9)
        result["baseline_articles_per_cpu_s"] = round(n / (time.process_time() - started), 1)
        result["online_vs_baseline_speed"] = round(
            result["articles_per_cpu_s"] / result["baseline_articles_per_cpu_s"], 2
        )
    print(json.dumps(result))


def scale(sizes: list[int]) -> None:
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "child", str(n)], capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result), flush=True)
    for small, large in itertools.pairwise(results):
        growth = (large["cpu_seconds"] / small["cpu_seconds"]) / (large["articles"] / small["articles"])
        print(f"{small['articles']}→{large['articles']}: CPU time grows {growth:.2f}× linear")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "quality"
    if command == "quality":
        quality()
    elif command == "scale":
        scale([int(x) for x in sys.argv[2:]] or [1_000, 10_000, 100_000])
    elif command == "child":
        child(int(sys.argv[2]))
