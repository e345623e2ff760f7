"""Timeline17: the product's timeline for each topic folder, scored as Ghalandari & Ifrim (2020) score it.

For each topic folder the articles go through newsdesk's cleaning, copy detection, time-expression tagging and
site-template withholding (as in the brief) and one timeline is built; its length (number of dates, sentences per
date) is read from the gold timeline(s), as the task allows. It is scored against every gold timeline of the folder
(date F1, alignment-based ROUGE-1/2 F with ROUGE-1.5.5 stemming and stop-word removal); the printed scores average
over all gold timelines.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any

from newsdesk.brief.assemble import withheld_sentences
from newsdesk.clean.templates import withhold_templates
from newsdesk.cluster.groups import mark_copies
from newsdesk.errors import InputError
from newsdesk.evaluate.io import prediction_writer, read_jsonl, write_prediction
from newsdesk.evaluate.rouge import Rouge155
from newsdesk.evaluate.timeline_metrics import align_rouge, date_prf
from newsdesk.extract.timex import find_timexes
from newsdesk.ingest.dates import parse_date
from newsdesk.model import Article, RawDocument
from newsdesk.pipeline import clean_record
from newsdesk.timeline import build_timeline

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
# The gold text is Penn-Treebank tokenised: a sentence ends at a stand-alone ". ! ?" token (optionally followed
# by a closing '' quote), while an abbreviation keeps its period ("U.N. General Assembly" is one sentence).
_TOKENISED_SENTENCE = re.compile(r"(?<=\s[.!?])\s+(?!''(?:\s|$))|(?<=\s[.!?]\s'')\s+")


def gold_sentences(text: str) -> list[str]:
    """A predicted day's text as sentences (plain text: split after end punctuation)."""
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def tokenised_sentences(text: str) -> list[str]:
    """A gold day's text as its sentences: split only at stand-alone end-punctuation tokens."""
    return [s.strip() for s in _TOKENISED_SENTENCE.split(" " + text.strip()) if s.strip()]


def load_gold(path: Path) -> dict[date, list[str]]:
    timeline: dict[date, list[str]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        timeline.setdefault(date.fromisoformat(entry["date"]), []).extend(tokenised_sentences(entry["text"]))
    return timeline


def load_articles(folder: Path, limit: int | None = None) -> list[Article]:
    """The folder's records cleaned as the product cleans them (the first ``limit`` records, or all)."""
    articles = []
    for n, record in enumerate(itertools.islice(read_jsonl(folder / "articles.jsonl.gz"), limit)):
        raw = RawDocument(
            path=f"{folder.name}:{n + 1}",
            text=record["text"],
            external_id=str(record.get("id", n)),
            published=parse_date(record.get("published") or ""),
        )
        result = clean_record(raw)
        if isinstance(result, Article):
            articles.append(result)
    return articles


def default_rouge_data(path: Path) -> Path:
    """ROUGE's data files: ``$NEWSDESK_ROUGE_DATA``, else ``mds/rouge-data`` in the eval tree holding ``path``."""
    if os.environ.get("NEWSDESK_ROUGE_DATA"):
        return Path(os.environ["NEWSDESK_ROUGE_DATA"])
    for parent in path.resolve().parents:
        if (parent / "mds" / "rouge-data" / "wordnet-2.0-exc").is_dir():
            return parent / "mds" / "rouge-data"
    raise InputError(str(path), "ROUGE-1.5.5 data files not found; set NEWSDESK_ROUGE_DATA to mds/rouge-data")


def rouge_prepare(data_dir: Path) -> Callable[[str], list[str]]:
    """ROUGE-1.5.5 tokens with ``-m -s`` as tilse runs it: lower-cased, stop words (SMART list) out, stemmed."""
    plain = Rouge155(data_dir, length_limit=0, stem=False)
    stemmer = Rouge155(data_dir, length_limit=0, stem=True)
    stop = set((data_dir / "smart_common_words.txt").read_text(encoding="latin-1").split())

    def prepare(text: str) -> list[str]:
        return stemmer.tokens(" ".join(t for t in plain.tokens(text) if t not in stop))

    return prepare


def evaluate(path: Path, predictions: Path | None = None, rouge_data: Path | None = None) -> dict[str, Any]:
    prepare = rouge_prepare(rouge_data or default_rouge_data(path))
    topics = sorted(p for p in path.iterdir() if (p / "articles.jsonl.gz").is_file())
    scores: list[dict[str, float]] = []
    with prediction_writer(predictions) as out:
        for topic in topics:
            golds = [load_gold(p) for p in sorted(topic.glob("timeline*.json"))]
            # As the product does before a brief: copies (exact and near-duplicate) are marked, and a story's
            # timeline counts only the originals.
            articles = mark_copies(load_articles(topic))
            timexes = {a.id: find_timexes(a) for a in articles}
            n_dates = round(mean(len(g) for g in golds))
            per_date = max(1, round(mean(len(s) for g in golds for s in g.values())))
            # As the brief does: an outlet's template sentences (comment policy, product plugs), questions and
            # calls to the reader date nothing.
            working = withhold_templates(articles, withheld_sentences(articles))
            entries = build_timeline(working, timexes, max_dates=n_dates, per_date=per_date)
            predicted = {date.fromisoformat(e.date): gold_sentences(e.text) for e in entries}
            write_prediction(
                out, {"topic": topic.name, "timeline": [{"date": e.date, "text": e.text} for e in entries]}
            )
            for gold in golds:
                scores.append(
                    {
                        "date_f1": date_prf(predicted, gold)["f1"],
                        "ar1_f": align_rouge(predicted, gold, prepare, 1)["f1"],
                        "ar2_f": align_rouge(predicted, gold, prepare, 2)["f1"],
                    }
                )
    return {
        "task": "timeline",
        "topics": len(topics),
        "timelines": len(scores),
        **{k: mean(s[k] for s in scores) for k in ("date_f1", "ar1_f", "ar2_f")},
    }
