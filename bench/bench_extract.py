"""Extraction speed: ``annotate`` (entities + quotes + figures + times) with the selective parse next to the full
spaCy pipeline, on real articles, in the same run.

    .venv/bin/python bench/bench_extract.py [--n 40] [--repeats 1] [--batch-size 32]

Corpora (each cleaned by ``newsdesk.clean.clean_document`` as on ingest; cleaning is not timed): the seeds
(all five, repeated to ``--n``), the first ``--n`` articles of ECB+ dev, of PolNeAR dev (its raw ``.txt``
files) and of Timeline17 dev (``--n`` spread over the topic folders). Systems, each with 1 and 2 processes
(``annotate(n_process=...)``, a pool that returns ``Annotations`` records):
- ``extract.parse.full.v2``: every kept pipe over all text (the baseline);
- ``extract.parse.selective.v2``: ner over all text, tagger/parser only where a rule reads them.
Each row gives articles per wall-clock second and articles per CPU-second (this process plus its joined
workers, ``os.times``), with the load average: on a shared machine the CPU rate is the one to compare.
Systems alternate within each repeat, so load changes hit both alike; the best repeat is kept. First, the two
parses alternate every ``--chunk`` articles in one process (CPU time only): the ratio least moved by load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.evaluate.polnear import read_split
from newsdesk.extract import iter_annotations
from newsdesk.extract.parse import FULL, SELECTIVE, iter_docs
from newsdesk.model import Article, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
ECB = SHARED / "eval/clustering/ecbplus/dev.jsonl.gz"
POLNEAR = SHARED / "eval/quotes/polnear/dev"
T17 = SHARED / "eval/timelines/t17/dev"


def _clean(path: str, text: str, published: date | None = None) -> Article | None:
    try:
        return clean_document(RawDocument(path=path, text=text, published=published))
    except InputError:  # an empty record: the pipeline rejects it, so does the bench
        return None


def seeds(n: int) -> list[Article]:
    articles = [a for p in sorted(SEEDS.glob("*.txt")) if (a := _clean(str(p), p.read_text(encoding="utf-8")))]
    return [articles[k % len(articles)] for k in range(n)]


def ecbplus(n: int) -> list[Article]:
    articles = []
    with gzip.open(ECB, "rt", encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            article = _clean(f"{ECB}:{k + 1}", json.loads(line).get("text") or "")
            if article is not None:
                articles.append(article)
            if len(articles) >= n:
                break
    return articles


def polnear(n: int) -> list[Article]:
    golds = read_split(POLNEAR)[:n]
    return [a for g in golds if (a := _clean(g.stem, g.text))]


def timeline17(n: int) -> list[Article]:
    folders = sorted(p for p in T17.iterdir() if p.is_dir())
    per_folder = -(-n // len(folders))
    articles = []
    for folder in folders:
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            for k, line in enumerate(handle):
                if k >= per_folder:
                    break
                record = json.loads(line)
                published = date.fromisoformat(record["published"]) if record.get("published") else None
                article = _clean(f"{folder.name}:{k + 1}", record["text"], published)
                if article is not None:
                    articles.append(article)
    return articles[:n]


CORPORA: dict[str, Callable[[int], list[Article]]] = {
    "seeds": seeds,
    "ECB+ dev": ecbplus,
    "PolNeAR dev": polnear,
    "Timeline17 dev": timeline17,
}


def _cpu() -> float:
    """CPU seconds of this process and of its joined children (the pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def rates(articles: Sequence[Article], parse: str, n_process: int, batch_size: int) -> tuple[float, float]:
    """(articles per wall-clock second, articles per CPU second) of one ``annotate`` run over ``articles``."""
    started, cpu = time.perf_counter(), _cpu()
    for _ in iter_annotations(articles, batch_size=batch_size, n_process=n_process, parse=parse):
        pass
    return len(articles) / (time.perf_counter() - started), len(articles) / (_cpu() - cpu)


def interleaved(articles: Sequence[Article], chunk: int, batch_size: int) -> dict[str, float]:
    """Articles per CPU-second of each parse in one process, alternating every ``chunk`` articles (the order
    flips each time), so both see the same load: on a shared machine this ratio is the steady one."""
    cpu = dict.fromkeys((FULL, SELECTIVE), 0.0)
    for k in range(0, len(articles), chunk):
        order = (FULL, SELECTIVE) if (k // chunk) % 2 == 0 else (SELECTIVE, FULL)
        for parse in order:
            started = time.process_time()
            for _ in iter_annotations(articles[k : k + chunk], batch_size=batch_size, parse=parse):
                pass
            cpu[parse] += time.process_time() - started
    return {parse: len(articles) / seconds for parse, seconds in cpu.items()}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="articles per corpus")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--chunk", type=int, default=4, help="articles per turn in the interleaved rows")
    parser.add_argument("--corpora", nargs="*", default=list(CORPORA))
    args = parser.parse_args(argv)
    print(f"load average at start: {os.getloadavg()}")
    list(iter_docs(["Warm-up: Antony Blinken said 12 people were hurt."], method=FULL))  # model loaded once
    for corpus in args.corpora:
        articles = CORPORA[corpus](args.n)
        words = sum(len(a.text.split()) for a in articles) / len(articles)
        print(f"{corpus}: {len(articles)} articles, {words:.0f} words on average")
        fine = interleaved(articles, args.chunk, args.batch_size)
        print(
            f"  interleaved every {args.chunk} articles, 1 process: full {fine[FULL]:.1f} /CPU-s, selective"
            f" {fine[SELECTIVE]:.1f} /CPU-s, selective / full = {fine[SELECTIVE] / fine[FULL]:.2f} CPU"
            f"   load {os.getloadavg()[0]:.2f}"
        )
        best: dict[tuple[str, int], tuple[float, float]] = {}
        for _ in range(args.repeats):
            for parse in (FULL, SELECTIVE):
                for n_process in (1, 2):
                    wall, cpu = rates(articles, parse, n_process, args.batch_size)
                    best[parse, n_process] = max(best.get((parse, n_process), (0.0, 0.0)), (wall, cpu))
                    print(
                        f"  {parse:<28} n_process={n_process}  {wall:6.1f} articles/s wall  {cpu:6.1f} /CPU-s"
                        f"   load {os.getloadavg()[0]:.2f}"
                    )
        for n_process in (1, 2):
            (fw, fc), (sw, sc) = best[FULL, n_process], best[SELECTIVE, n_process]
            print(f"  n_process={n_process}: selective / full = {sw / fw:.2f} wall, {sc / fc:.2f} CPU")
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
