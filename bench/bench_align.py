"""Speed of fact alignment on a 50-article story (target: < 10 s), MiniLM path next to the TF-IDF-only path.

The story is the first 50 articles (file order) of one Timeline17 dev topic, cleaned with the product's
``clean_document``. Both encoders run in the same process on the same story; the MiniLM model is loaded
before timing (its one-off load is printed separately) and each path is timed over ``--repeat`` runs (best).

    .venv/bin/python bench/bench_align.py [--topic LibyaWar_cnn] [--articles 50] [--repeat 2]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from newsdesk.align import align_story
from newsdesk.align.similarity import story_units
from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.model import Article, RawDocument
from newsdesk.text.embeddings import MINILM, TFIDF, load_minilm

T17 = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "eval/timelines/t17/dev"


def load_story(topic: str, limit: int) -> list[Article]:
    articles = []
    with gzip.open(T17 / topic / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            raw = RawDocument(
                path=f"{topic}/articles.jsonl.gz:{record['id']}",
                text=record["text"],
                published=date.fromisoformat(record["published"]) if record.get("published") else None,
                source=topic.rsplit("_", 1)[-1],
            )
            try:
                articles.append(clean_document(raw))
            except InputError:
                continue
            if len(articles) == limit:
                break
    return articles


def best_time(articles: list[Article], encoder: str, repeat: int) -> tuple[float, float, int, int]:
    """Best wall time and best CPU time (all threads of this process) over ``repeat`` runs."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        alignment = align_story(articles, {}, encoder=encoder)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    multi = sum(1 for f in alignment.facts if len(f.sources) > 1)
    return min(times), min(cpu), len(alignment.facts), multi


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", default="LibyaWar_cnn")
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    articles = load_story(args.topic, args.articles)
    sentences = sum(len(a.sentences) for a in articles)
    print(f"story: {args.topic}, {len({u.text for u in story_units(articles)})} distinct candidate sentences")
    print(f"story: {args.topic}, {len(articles)} articles, {sentences} sentences; load {os.getloadavg()[0]:.1f}")
    start = time.perf_counter()
    load_minilm()
    print(f"MiniLM load (once per process): {time.perf_counter() - start:.2f} s")
    results = {}
    for encoder in (TFIDF, MINILM):
        seconds, cpu, facts, multi = best_time(articles, encoder, args.repeat)
        results[encoder] = seconds
        print(f"{encoder:24s} wall {seconds:7.2f} s  cpu {cpu:7.2f} s  facts {facts}, multi-source {multi}")
    print(
        f"ratio MiniLM / TF-IDF: {results[MINILM] / results[TFIDF]:.1f}x; target < 10 s: "
        f"{'met' if results[MINILM] < 10 else 'NOT met'} ({results[MINILM]:.2f} s)"
    )


if __name__ == "__main__":
    main()
