"""HTML body extraction, scored as the scrapinghub article-extraction-benchmark scores it.

Per page, the multisets of word 4-gram shingles (``\\w+`` tokens, case kept) of prediction and truth give
TP/FP/FN, normalised to sum to 1; precision is averaged over pages with a prediction, recall over pages
with a truth, and F1 is the harmonic mean of the two means. The prediction is the product's own clean text
(trafilatura, then newsdesk's cleaning rules), so the score covers everything around the extractor too.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Any

from newsdesk.errors import InputError
from newsdesk.model import RawDocument
from newsdesk.pipeline import clean_record

from .io import prediction_writer, read_jsonl, write_prediction

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    # A text shorter than n tokens is one shorter shingle (or none when empty), as in the benchmark.
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def tp_fp_fn(truth: str, prediction: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(prediction)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def extract_body(html: str, page_id: str, url: str | None) -> str:
    """The article text newsdesk stores for this page ('' when it finds none)."""
    result = clean_record(RawDocument(path=page_id, html=html, url=url))
    if isinstance(result, InputError) or not hasattr(result, "text"):
        return ""
    return str(result.text)


def evaluate(path: Path, predictions: Path | None = None) -> dict[str, Any]:
    counts = []
    started = time.perf_counter()
    with prediction_writer(predictions) as out:
        for page in read_jsonl(path):
            text = extract_body(page["html"], page["id"], page.get("url"))
            counts.append(tp_fp_fn(page.get("article_body", ""), text))
            write_prediction(out, {"id": page["id"], "text": text})
    elapsed = time.perf_counter() - started
    return {
        "task": "extraction",
        "pages": len(counts),
        **score(counts),
        "pages_per_s": len(counts) / elapsed if elapsed else 0.0,
    }
