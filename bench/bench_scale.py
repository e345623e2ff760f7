"""Scale benchmarks: end-to-end ingest throughput and memory, and the Ray engine next to the local pool.

    .venv/bin/python bench/bench_scale.py make N DIR [--source t17|ecb]   # N real articles as JSONL shards
    .venv/bin/python bench/bench_scale.py ingest DIR [--workers 2]
    .venv/bin/python bench/bench_scale.py engines DIR       # ingest --workers 2 vs batch --engine ray
    .venv/bin/python bench/bench_scale.py end2end DIR [--workers 2]   # ingest without, then with extraction
    .venv/bin/python bench/bench_scale.py memory DIR LOG [--workers 2]  # with extraction, RSS per process in LOG

Inputs are real news text: articles sampled (seeded) from the Timeline17 dev split
(../shared/eval/timelines/t17/dev/*/articles.jsonl.gz, 2,405 articles from BBC, CNN, Guardian, Reuters; ~1,000
words) or, with ``--source ecb``, from ECB+ dev (../shared/eval/clustering/ecbplus/dev.jsonl.gz, 496 articles,
~330 words), each perturbed so no two are the same and the content hash never short-cuts the work: its
sentences are cut at sentence ends, one sentence is dropped and two are swapped (seeded), and a
sample-specific dateline opens it. Lengths and vocabulary are therefore those of real articles.

``end2end`` runs, in one process one after the other on the same input, ``ingest --no-extract`` (read →
clean → store) and ``ingest`` (read → clean → extract → store, annotations stored), each into a fresh
database, then copies + stories (``cluster_stored``: dedup → cluster → store) on the extracted one.

Throughput is wall-clock articles/s; the machine is shared, so the load average is printed with it, and
CPU-seconds (this process and every descendant: pool workers, the forkserver) are counted too, which load
does not inflate much. Memory is the summed RSS of this process and its children, sampled every second.
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
ECB = ROOT.parent / "shared" / "eval" / "clustering" / "ecbplus" / "dev.jsonl.gz"
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


def _ecb() -> list[dict]:
    with gzip.open(ECB, "rt", encoding="utf-8") as lines:
        return [{"text": json.loads(line)["text"], "published": None, "source": "ecbplus"} for line in lines]


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


def make(n: int, out: Path, seed: int = 17, source: str = "t17") -> None:
    out.mkdir(parents=True, exist_ok=True)
    pool, rng = (_ecb() if source == "ecb" else _t17()), random.Random(seed)
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
    print(f"wrote {n:,} articles to {out} (seed {seed}, from {len(pool):,} {source} dev articles)")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found + [g for c in found for g in _children(c)]


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process (/proc/PID/stat fields 14 and 15)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


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
    sampled every ``period`` s; and the CPU seconds the descendants used since the sampler started (the last
    value seen per process: a worker's final idle second before it exits may be missed)."""

    def __init__(self, period: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.period, self.peak, self.current, self.stop_flag = period, 0.0, 0.0, threading.Event()
        me = os.getpid()
        self.cpu_start = {p: _cpu_s(p) for p in [me, *_children(me)]}
        self.cpu_seen: dict[int, float] = dict(self.cpu_start)

    def sample(self) -> None:
        me = os.getpid()
        tree = [me, *_children(me)]
        self.current = sum(_rss_mb(p) for p in tree)
        self.peak = max(self.peak, self.current)
        for p in tree:
            self.cpu_seen[p] = max(self.cpu_seen.get(p, 0.0), _cpu_s(p))

    @property
    def cpu_seconds(self) -> float:
        return sum(v - self.cpu_start.get(p, 0.0) for p, v in self.cpu_seen.items())

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


def run_ingest(inputs: Path, db: Path, workers: int, extract: bool = False, mark: int = MARK) -> dict:
    from newsdesk.pipeline import ingest
    from newsdesk.store import SQLiteStore

    sampler = MemorySampler()
    sampler.start()
    marks: list[str] = []
    started = time.perf_counter()
    next_mark = [mark]

    def progress(report) -> None:  # type: ignore[no-untyped-def]
        read = report.counts["read"]
        if read >= next_mark[0]:
            elapsed = time.perf_counter() - started
            marks.append(f"{read:>7,} read  {read / elapsed:6.1f}/s  rss {sampler.current:7.0f} MB")
            print(marks[-1], f"({_load()})", flush=True)
            next_mark[0] += mark

    load_before = _load()
    with SQLiteStore(db) as store:
        report = ingest([inputs], store, workers=workers, progress=progress, extract=extract)
    elapsed = time.perf_counter() - started
    sampler.finish()
    stored = report.counts["stored"]
    return {
        "engine": f"ingest --workers {workers}" + ("" if extract else " --no-extract"),
        "articles": stored,
        "seconds": elapsed,
        "articles_per_s": stored / elapsed,
        "cpu_s": sampler.cpu_seconds,
        "articles_per_cpu_s": stored / sampler.cpu_seconds if sampler.cpu_seconds else None,
        "peak_rss_mb": sampler.peak,
        "rss_marks": marks,
        "load": [load_before, _load()],
        "db_mb": sum(f.stat().st_size for f in db.parent.glob(db.name + "*")) / 1e6,
        "counts": dict(report.counts),
    }


def run_stories(db: Path) -> dict:
    """Copies + stories over every stored article (dedup → cluster → store), as ``newsdesk stories``."""
    from newsdesk.pipeline import cluster_stored
    from newsdesk.store import SQLiteStore

    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    with SQLiteStore(db) as store:
        articles, groups = cluster_stored(store)
    elapsed = time.perf_counter() - started
    sampler.finish()
    return {
        "engine": "stories (dedup + cluster + store)",
        "articles": len(articles),
        "stories": len(groups),
        "seconds": elapsed,
        "cpu_s": sampler.cpu_seconds,
        "peak_rss_mb": sampler.peak,
        "load": _load(),
    }


def _words(inputs: Path) -> float:
    counts = [len(json.loads(line)["text"].split()) for f in sorted(inputs.glob("*.jsonl")) for line in f.open()]
    return sum(counts) / max(1, len(counts))


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


class ProcessLog(threading.Thread):
    """Every second, one JSON line in ``path``: each process of the tree (main, then its descendants:
    resource tracker, forkserver, workers) with its RSS, and their sum: where the memory is, over time."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.stop_flag, self.started = path, threading.Event(), time.perf_counter()

    def run(self) -> None:
        with self.path.open("w", encoding="utf-8") as log:
            while not self.stop_flag.is_set():
                me = os.getpid()
                procs = [(p, round(_rss_mb(p))) for p in [me, *_children(me)]]
                row = {"t": round(time.perf_counter() - self.started, 1), "rss_mb": procs}
                log.write(json.dumps(row | {"sum_mb": sum(r for _, r in procs)}) + "\n")
                log.flush()
                time.sleep(1)

    def finish(self) -> None:
        self.stop_flag.set()
        self.join()


def annotations_digest(db: Path) -> str:
    """One hash over every stored article id and its annotations JSON (current extractor), in store order."""
    from newsdesk.extract.version import extractor_version
    from newsdesk.store import SQLiteStore

    h = hashlib.sha256()
    with SQLiteStore(db) as store:
        ids = store.article_ids()
        for start in range(0, len(ids), 500):
            documents = store.annotation_documents(ids[start : start + 500], extractor_version())
            for i in ids[start : start + 500]:
                h.update(i.encode())
                h.update(documents.get(i, "<none>").encode())
    return h.hexdigest()[:16]


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
    p_make.add_argument("--source", choices=("t17", "ecb"), default="t17")
    p_ingest = sub.add_parser("ingest")
    p_ingest.add_argument("inputs", type=Path)
    p_ingest.add_argument("--workers", type=int, default=2)
    p_engines = sub.add_parser("engines")
    p_engines.add_argument("inputs", type=Path)
    p_engines.add_argument("--workers", type=int, default=2)
    p_end = sub.add_parser("end2end")
    p_end.add_argument("inputs", type=Path)
    p_end.add_argument("--workers", type=int, default=2)
    p_mem = sub.add_parser("memory")
    p_mem.add_argument("inputs", type=Path)
    p_mem.add_argument("log", type=Path)
    p_mem.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.command == "make":
        make(args.n, args.out, source=args.source)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(_load(), flush=True)
    if args.command == "memory":
        log = ProcessLog(args.log)
        log.start()
        result = run_ingest(args.inputs, work / "extract.db", args.workers, extract=True, mark=200)
        log.finish()
        print(json.dumps(result | {"annotations_sha256": annotations_digest(work / "extract.db")}, sort_keys=True))
        return
    if args.command == "end2end":
        print(f"mean words per article: {_words(args.inputs):.0f}", flush=True)
        for result in (
            run_ingest(args.inputs, work / "plain.db", args.workers, mark=500),
            run_ingest(args.inputs, work / "extract.db", args.workers, extract=True, mark=500),
            run_stories(work / "extract.db"),
        ):
            print(json.dumps(result, sort_keys=True), flush=True)
        return
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
