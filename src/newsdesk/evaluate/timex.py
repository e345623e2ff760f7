"""TempEval-3 Task A (time expressions) on a folder of TimeML files, run on ``tag_timexes``.

Metrics as the official TempEval-3 scorer defines them (UzZaman et al., *SemEval-2013 Task 1: TempEval-3*,
SemEval 2013, section 4.1): strict match = identical extent, relaxed match = overlapping extent;
precision counts system expressions that match some gold one, recall gold ones matched by some system one.
Attribute F1 (type, value) counts a relaxed match whose attribute is also equal:
``attrP = |{x ∈ Sys ∩ Ref : Sys.attr(x) = Ref.attr(x)}| / |Sys|``, ``attrR`` the same over ``|Ref|``.
The official scorer compares tokens; here extents are character offsets, which agree on whole tokens.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsdesk.extract.timex import ALGORITHM, TimexSpan, tag_timexes

from .io import prediction_writer, write_prediction
from .tml import GoldTimex, read_folder


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def count(gold: list[GoldTimex], system: list[TimexSpan]) -> dict[str, int]:
    """Counts for one document (summed over documents, then turned into micro P/R/F1)."""
    exact = {(g.start, g.end) for g in gold}
    counts = {"gold": len(gold), "system": len(system), "strict_p": 0, "strict_r": 0}
    counts |= {"relaxed_p": 0, "relaxed_r": 0, "type": 0, "value": 0}
    counts["strict_p"] = sum((s.start, s.end) in exact for s in system)
    counts["strict_r"] = sum(any((s.start, s.end) == (g.start, g.end) for s in system) for g in gold)
    counts["relaxed_p"] = sum(any(_overlap(s.start, s.end, g.start, g.end) for g in gold) for s in system)
    for g in gold:
        best = max(system, key=lambda s: _overlap(s.start, s.end, g.start, g.end), default=None)
        if best is None or not _overlap(best.start, best.end, g.start, g.end):
            continue
        counts["relaxed_r"] += 1
        counts["type"] += best.type == g.type
        counts["value"] += (best.value or "") == g.value
    return counts


def metrics(totals: dict[str, int]) -> dict[str, float]:
    gold, system = totals["gold"] or 1, totals["system"] or 1
    result: dict[str, float] = {}
    for kind in ("strict", "relaxed"):
        p, r = totals[f"{kind}_p"] / system, totals[f"{kind}_r"] / gold
        result |= {f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": _f1(p, r)}
    for attr in ("type", "value"):
        p, r = totals[attr] / system, totals[attr] / gold
        result[f"{attr}_f1"] = _f1(p, r)
        result[f"{attr}_accuracy"] = totals[attr] / totals["relaxed_r"] if totals["relaxed_r"] else 0.0
    return result


def evaluate(path: Path, predictions: Path | None = None) -> dict[str, Any]:
    documents = read_folder(path)
    totals: dict[str, int] = {}
    started = time.perf_counter()
    tagging = 0.0
    with prediction_writer(predictions) as out:
        for doc in documents:
            t0 = time.perf_counter()
            found = tag_timexes(doc.text, doc.dct)
            tagging += time.perf_counter() - t0
            for key, value in count(list(doc.timexes), found).items():
                totals[key] = totals.get(key, 0) + value
            timexes = [{"start": s.start, "end": s.end, "type": s.type, "value": s.value} for s in found]
            write_prediction(out, {"doc": doc.name, "timexes": timexes})
    return {
        "task": "timex",
        "algorithm": ALGORITHM,
        "documents": len(documents),
        **totals,
        **{k: round(v, 4) for k, v in metrics(totals).items()},
        "docs_per_second": round(len(documents) / tagging, 1) if tagging else None,
        "seconds": round(time.perf_counter() - started, 2),
    }
