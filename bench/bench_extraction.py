"""Extraction quality and speed: newsdesk's clean path next to plain trafilatura, in the same process.

    .venv/bin/python bench/bench_extraction.py [../shared/eval/extraction/dev.jsonl.gz]

Prints P/R/F1 and pages/s for each, and newsdesk's speed as a ratio of plain trafilatura's.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import trafilatura

from newsdesk.evaluate.extraction import extract_body, score, tp_fp_fn
from newsdesk.evaluate.io import read_jsonl

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/extraction/dev.jsonl.gz"


def run(name: str, extract, pages: list[dict]) -> dict:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    counts = [tp_fp_fn(p.get("article_body", ""), extract(p) or "") for p in pages]
    elapsed = time.perf_counter() - started
    result = {"system": name, **score(counts), "pages_per_s": len(pages) / elapsed}
    print(
        f"{name:<32} P={result['precision']:.3f} R={result['recall']:.3f} F1={result['f1']:.3f} "
        f"{result['pages_per_s']:.1f} pages/s"
    )
    return result


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    pages = list(read_jsonl(path))
    print(f"{len(pages)} pages from {path}")
    base = run("trafilatura (defaults)", lambda p: trafilatura.extract(p["html"], url=p.get("url")), pages)
    run(
        "trafilatura (no comments)",
        lambda p: trafilatura.extract(p["html"], url=p.get("url"), include_comments=False),
        pages,
    )
    ours = run("newsdesk clean path", lambda p: extract_body(p["html"], p["id"], p.get("url")), pages)
    print(f"newsdesk speed / trafilatura speed = {ours['pages_per_s'] / base['pages_per_s']:.2f}")


if __name__ == "__main__":
    main()
