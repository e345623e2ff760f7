"""Scale benchmarks: end-to-end ingest throughput and memory, and the Ray engine next to the local pool.

    .venv/bin/python bench/bench_scale.py make N DIR        # N synthetic-but-real articles as JSONL shards
    .venv/bin/python bench/bench_scale.py ingest DIR [--workers 2]
    .venv/bin/python bench/bench_scale.py engines DIR       # ingest --workers 2 vs batch --engine ray

Inputs are real news text: articles sampled (seeded) from the Timeline17 dev split
(../shared/eval/timelines/t17/dev/*/articles.jsonl.gz, 2,405 articles from BBC, CNN, Guardian, Reuters), each
perturbed so no two are the same and the content hash never short-cuts the work: its sentences are cut at
sentence ends, one sentence is dropped and two are swapped (seeded), and a sample-specific dateline opens
it. Lengths and vocabulary are therefore those of real articles.

Throughput is wall-clock articles/s; the machine is shared, so the load average is printed with it.
Memory is the summed RSS of this process and its children, sampled every second.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "eval" / "timelines" / "t17" / "dev"
SHARD = 10_000
MARK = 2_000  # a progress line with throughput and memory every MARK articles
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
CITIES = ("LONDON", "CAIRO", "GENEVA", "WASHINGTON", "BEIRUT", "PARIS", "TRIPOLI", "DAMASCUS", "PORT-AU-PRINCE")


def _t17() -> list[dict]:
    articles = []
    for folder in sorted(T17.iterdir()):
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                record["source"] = folder.name.split("_")[-1]
                articles.append(record)
    return articles


def perturb(article: dict, n: int, rng: random.Random) -> dict:
    sentences = _SENTENCE_END.split(article["text"])
    if len(sentences) > 3:
        sentences.pop(rng.randrange(1, len(sentences)))
        i, j = rng.sample(range(1, len(sentences)), 2)
        sentences[i], sentences[j] = sentences[j], sentences[i]
    dateline = f"{rng.choice(CITIES)} (Sample {n}) -"
    return {
        "id": f"bench-{n}",
        "published": article["published"],
        "source": article["source"],
        "text": f"{dateline} " + " ".join(sentences),
    }


def make(n: int, out: Path, seed: int = 17) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pool, rng = _t17(), random.Random(seed)
    handle = None
    for k in range(n):
        if k % SHARD == 0:
            if handle:
                handle.close()
            handle = (out / f"shard-{k // SHARD:04d}.jsonl").open("w", encoding="utf-8")
        assert handle is not None
        handle.write(json.dumps(perturb(rng.choice(pool), k, rng), ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    print(f"wrote {n:,} articles to {out} (seed {seed}, from {len(pool):,} Timeline17 dev articles)")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found + [g for c in found for g in _children(c)]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemorySampler(threading.Thread):
    """Peak of (this process + every descendant: pool workers under the forkserver, Ray's processes) RSS,
    sampled every ``period`` s."""

    def __init__(self, period: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.period, self.peak, self.current, self.stop_flag = period, 0.0, 0.0, threading.Event()

    def sample(self) -> None:
        me = os.getpid()
        tree = [me, *_children(me)]
        self.current = sum(_rss_mb(p) for p in tree)
        self.peak = max(self.peak, self.current)

    def run(self) -> None:
        while not self.stop_flag.is_set():
            self.sample()
            time.sleep(self.period)

    def finish(self) -> None:
        self.stop_flag.set()
        self.join()
        self.sample()


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_ingest(inputs: Path, db: Path, workers: int) -> dict:
    from newsdesk.pipeline import ingest
    from newsdesk.store import SQLiteStore

    sampler = MemorySampler()
    sampler.start()
    marks: list[str] = []
    started = time.perf_counter()
    next_mark = [MARK]

    def progress(report) -> None:  # type: ignore[no-untyped-def]
        read = report.counts["read"]
        if read >= next_mark[0]:
            elapsed = time.perf_counter() - started
            marks.append(f"{read:>7,} read  {read / elapsed:6.1f}/s  rss {sampler.current:7.0f} MB")
            print(marks[-1], f"({_load()})", flush=True)
            next_mark[0] += MARK

    with SQLiteStore(db) as store:
        report = ingest([inputs], store, workers=workers, progress=progress)
    elapsed = time.perf_counter() - started
    sampler.finish()
    stored = report.counts["stored"]
    return {
        "engine": f"ingest --workers {workers}",
        "articles": stored,
        "seconds": elapsed,
        "articles_per_s": stored / elapsed,
        "peak_rss_mb": sampler.peak,
        "counts": dict(report.counts),
    }


def run_ray_batch(inputs: Path, db: Path, workers: int) -> dict:
    from newsdesk.scale.batch import check_out_dir, load_parquet
    from newsdesk.scale.ray import init_ray, run_ray
    from newsdesk.store import SQLiteStore

    out = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    check_out_dir(out)
    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    init_ray(num_cpus=workers)
    ready = time.perf_counter()
    run_ray([str(inputs)], out, workers=workers)
    cleaned = time.perf_counter()
    with SQLiteStore(db) as store:
        report = load_parquet(out, store, "bench")
    done = time.perf_counter()
    sampler.finish()
    stored = report.counts["stored"]
    return {
        "engine": f"batch --engine ray ({workers} CPUs)",
        "articles": stored,
        "seconds": done - started,
        "articles_per_s": stored / (done - started),
        "ray_init_s": ready - started,
        "ray_data_s": cleaned - ready,
        "load_s": done - cleaned,
        "peak_rss_mb_driver_tree": sampler.peak,
        "counts": dict(report.counts),
    }


def digest(db: Path) -> str:
    """One hash over every stored article (all fields, sentences included), in store order."""
    from newsdesk.store import SQLiteStore

    h = hashlib.sha256()
    with SQLiteStore(db) as store:
        ids = store.article_ids()
        for start in range(0, len(ids), 1000):
            for article in store.get_articles(ids[start : start + 1000]):
                h.update(repr(article).encode())
    return h.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p_make = sub.add_parser("make")
    p_make.add_argument("n", type=int)
    p_make.add_argument("out", type=Path)
    p_ingest = sub.add_parser("ingest")
    p_ingest.add_argument("inputs", type=Path)
    p_ingest.add_argument("--workers", type=int, default=2)
    p_engines = sub.add_parser("engines")
    p_engines.add_argument("inputs", type=Path)
    p_engines.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.command == "make":
        make(args.n, args.out)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(_load(), flush=True)
    results = [run_ingest(args.inputs, work / "pool.db", args.workers)]
    if args.command == "engines":
        results.append(run_ray_batch(args.inputs, work / "ray.db", args.workers))
    for result in results:
        print(json.dumps(result, sort_keys=True), flush=True)
    if args.command == "engines":
        same = digest(work / "pool.db") == digest(work / "ray.db")
        ratio = results[1]["seconds"] / results[0]["seconds"]
        print(f"ray time / pool time = {ratio:.2f}; identical stored articles: {same}")
    print(_load(), file=sys.stdout, flush=True)


if __name__ == "__main__":
    main()
