"""``newsdesk eval quotes PATH``: attribution extraction scored on PolNeAR (see ``evaluate/polnear.py``).

The extractor runs on each raw ``.txt`` exactly as stored (offsets of the corpus), through the same shared
spaCy pipeline and ``extract_quote_spans`` the product uses. Metrics, all micro-averaged over the split:

- **content token P/R/F1**: the word tokens (``\\w+``) inside any predicted content span against those inside
  any gold content span, per document (token overlap, so a partly found quote earns partial credit); a
  prediction whose content is in parts (``"parts"``: one statement's quotations on both sides of its cue, as
  PolNeAR writes discontinuous content) counts the words of its parts, as gold's discontinuous spans do;
- **content exact F1**: a predicted content span counts when it starts and ends on the same word tokens as a
  gold one (surrounding punctuation and quote marks ignored; discontinuous gold spans taken end to end);
- **source exact F1**: each prediction is paired one-to-one with the gold attribution whose content shares
  most tokens with it (greedy, largest overlap first); a pair counts when both have a source and the source
  spans start and end on the same word tokens. Precision is over predictions with a source, recall over
  gold attributions with a source.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsdesk.evaluate.polnear import GoldDocument, Segments, read_split
from newsdesk.extract.parse import SELECTIVE, iter_docs
from newsdesk.extract.quote_spans import ALGORITHM, QuoteSpan, extract_quote_spans

_WORD = re.compile(r"\w+")

Prediction = dict[str, Any]
Extractor = Callable[[str, Doc], Sequence[QuoteSpan]]


def _word_ids(words: list[tuple[int, int]], segments: Iterable[tuple[int, int]]) -> set[int]:
    """Indexes of the words a set of character segments overlaps (words sorted by offset)."""
    ends = [we for _, we in words]
    ids: set[int] = set()
    for start, end in segments:
        i = bisect.bisect_right(ends, start)
        while i < len(words) and words[i][0] < end:
            ids.add(i)
            i += 1
    return ids


def _word_bounds(words: list[tuple[int, int]], segments: Segments) -> tuple[int, int] | None:
    ids = _word_ids(words, segments)
    return (min(ids), max(ids)) if ids else None


def _f1(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _segments(span: list[int] | tuple[int, int] | None) -> Segments | None:
    return None if span is None else ((int(span[0]), int(span[1])),)


def _content_segments(prediction: Prediction) -> Segments:
    """A prediction's content as segments: its parts when it has them, else its one span."""
    if prediction.get("parts"):
        return tuple((int(s), int(e)) for s, e in prediction["parts"])
    return _segments(prediction["content"]) or ()


def score(golds: Sequence[GoldDocument], predictions: Sequence[Prediction]) -> dict[str, Any]:
    """Metrics of predictions (in the eval README's shape) against gold documents, matched by stem."""
    by_doc = {p["doc"]: p["quotes"] for p in predictions}
    tok = {"tp": 0, "pred": 0, "gold": 0}
    exact = {"tp": 0, "pred": 0, "gold": 0}
    src = {"tp": 0, "pred": 0, "gold": 0}
    for gold in golds:
        words = [(m.start(), m.end()) for m in _WORD.finditer(gold.text)]
        pred = by_doc.get(gold.stem, [])
        p_content = [_content_segments(q) for q in pred]
        g_content = [a.content for a in gold.attributions]
        p_words = [_word_ids(words, s) for s in p_content]
        g_words = [_word_ids(words, s) for s in g_content]
        p_all, g_all = set().union(*p_words), set().union(*g_words)
        tok["tp"] += len(p_all & g_all)
        tok["pred"] += len(p_all)
        tok["gold"] += len(g_all)
        p_bounds = {b for s in p_content if (b := _word_bounds(words, s))}
        g_bounds = {b for s in g_content if (b := _word_bounds(words, s))}
        exact["tp"] += len(p_bounds & g_bounds)
        exact["pred"] += len(p_bounds)
        exact["gold"] += len(g_bounds)
        pairs = sorted(
            ((len(pw & gw), i, j) for i, pw in enumerate(p_words) for j, gw in enumerate(g_words) if pw & gw),
            key=lambda x: (-x[0], x[1], x[2]),
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p_src, g_src = _segments(pred[i].get("source")), gold.attributions[j].source
            if p_src and g_src and _word_bounds(words, p_src) == _word_bounds(words, g_src):
                src["tp"] += 1
        src["pred"] += sum(1 for q in pred if q.get("source"))
        src["gold"] += sum(1 for a in gold.attributions if a.source)
    return {
        "documents": len(golds),
        "gold_attributions": sum(len(g.attributions) for g in golds),
        "predicted_attributions": sum(len(by_doc.get(g.stem, [])) for g in golds),
        "content_token": _f1(tok["tp"], tok["pred"], tok["gold"]),
        "content_exact": _f1(exact["tp"], exact["pred"], exact["gold"]),
        "source_exact": _f1(src["tp"], src["pred"], src["gold"]),
    }


def predict(
    golds: Sequence[GoldDocument], extractor: Extractor = extract_quote_spans, parse: str = SELECTIVE
) -> list[Prediction]:
    """Parse each raw text as the product does (``parse``, see ``newsdesk.extract.parse``) and run an extractor
    over it; predictions in the README's shape."""
    result = []
    for gold, doc in zip(golds, iter_docs((g.text for g in golds), method=parse), strict=True):
        quotes = [
            {
                "source": list(q.source) if q.source else None,
                "cue": list(q.cue) if q.cue else None,
                "content": list(q.content),
                **({"parts": [list(p.content) for p in q.parts]} if q.parts else {}),
            }
            for q in extractor(gold.text, doc)
        ]
        result.append({"doc": gold.stem, "quotes": quotes})
    return result


def evaluate(path: Path, predictions: Path | None = None, every: int = 1, parse: str = SELECTIVE) -> dict[str, Any]:
    golds = read_split(path, every)
    preds = predict(golds, parse=parse)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as out:
            for line in preds:
                out.write(json.dumps(line) + "\n")
    return {"task": "quotes", "algorithm": ALGORITHM, "parse": parse, **score(golds, preds)}
