"""``newsdesk eval mds``: DUC 2004 Task 2 multi-document summaries, scored with ROUGE-1.5.5 as published.

Each cluster's documents go through the product path (``clean_document`` on a ``RawDocument``, then the
summarizer the brief uses) and the summary is scored against the 4 NIST references with
``ROUGE-1.5.5 -n 2 -m -l 100 -f A`` (``newsdesk.evaluate.rouge``). The peers stored in the file (the DUC Lead
baseline and the SumRepo systems) are scored the same way in the same run, so the comparison is like for like.
Reported means are plain means over clusters (ROUGE's printed average is a bootstrap mean, up to 0.0005 off).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any

from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.model import Article, RawDocument, SummarySentence
from newsdesk.summarize import DEFAULT_SUMMARIZER, get_summarizer

from .io import prediction_writer, read_jsonl, write_prediction
from .rouge import Rouge155

WORDS = 100  # DUC 2004 Task 2 budget as ROUGE scores it (-l 100)
_DOC_ID = re.compile(r"^(?P<source>[A-Z]+)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\.\d+$")

Summarize = Callable[[Sequence[Article], int], tuple[SummarySentence, ...]]


def rouge_data_dir(path: Path) -> Path:
    """ROUGE's data files sit beside the split's folder: ``mds/rouge-data`` for ``mds/duc2004/dev.jsonl``."""
    folder = path.parent.parent / "rouge-data"
    if not (folder / "wordnet-2.0-exc").is_dir():
        raise InputError(str(folder), "ROUGE-1.5.5 data files (wordnet-2.0-exc/) not found beside the split")
    return folder


def cluster_articles(cluster: dict[str, Any]) -> list[Article]:
    """The cluster's documents as newsdesk Articles; the agency and day are read from official ids."""
    articles = []
    for doc in cluster["docs"]:
        match = _DOC_ID.match(doc["id"])
        published = source = None
        if match:
            source = match["source"]
            published = date(int(match["y"]), int(match["m"]), int(match["d"]))
        raw = RawDocument(
            path=f"{cluster['id']}/{doc['id']}",
            text=doc["text"],
            external_id=doc["id"],
            source=source,
            published=published,
        )
        try:
            articles.append(clean_document(raw))
        except InputError:
            continue  # an empty document contributes nothing; the others still make the summary
    return articles


def summary_text(sentences: Sequence[SummarySentence]) -> str:
    """One sentence per line, as ROUGE reads a summary."""
    return "\n".join(s.text for s in sentences)


def score_clusters(
    path: Path, summarize: Summarize, words: int = WORDS, predictions: Path | None = None
) -> dict[str, Any]:
    rouge = Rouge155(rouge_data_dir(path))
    ours: dict[str, list[float]] = {"r1": [], "r2": [], "r1_f": [], "r2_f": []}
    peers: dict[str, dict[str, list[float]]] = {}
    seconds = 0.0
    with prediction_writer(predictions) as out:
        for cluster in read_jsonl(path):
            started = time.perf_counter()
            summary = summary_text(summarize(cluster_articles(cluster), words))
            seconds += time.perf_counter() - started
            write_prediction(out, {"id": cluster["id"], "summary": summary})
            references = cluster["references"]
            for scores, text in [(ours, summary)] + [
                (peers.setdefault(name, {"r1": [], "r2": [], "r1_f": [], "r2_f": []}), peer)
                for name, peer in sorted(cluster.get("peers", {}).items())
            ]:
                one, two = rouge.score(text, references, 1), rouge.score(text, references, 2)
                scores["r1"].append(one.recall)
                scores["r2"].append(two.recall)
                scores["r1_f"].append(one.f)
                scores["r2_f"].append(two.f)
    n = len(ours["r1"])
    return {
        "clusters": n,
        **{f"rouge{k[1:]}": round(mean(v), 5) if v else 0.0 for k, v in ours.items()},
        "peers": {name: {f"rouge{k[1:]}": round(mean(v), 5) for k, v in s.items()} for name, s in peers.items()},
        "seconds_per_cluster": round(seconds / n, 3) if n else 0.0,
    }


def evaluate(path: Path, predictions: Path | None = None) -> dict[str, Any]:
    result = score_clusters(path, get_summarizer(DEFAULT_SUMMARIZER), WORDS, predictions)
    return {"task": "mds", "summarizer": DEFAULT_SUMMARIZER, "words": WORDS, **result}
