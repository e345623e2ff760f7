"""The direct quotes of a JSONL export with their resolved speakers, one JSON line each, to diff two code versions.

Speaker attribution has no gold standard on the Timeline17 exports, so it is measured by reading: run this with
the baseline's code and with the new code, diff the two files on (article, start, end), and read every changed
entry (docs/benchmarks.md, "Session 10: speakers"). Each line holds the article id, the quote's span and text,
its source span's text, the resolved speaker and the text before the quote for context.

    PYTHONPATH=$PWD/src .venv/bin/python bench/quote_speakers.py EXPORT.jsonl > OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsdesk.extract.parse import SELECTIVE, iter_docs
from newsdesk.extract.quotes import find_quotes
from newsdesk.ingest import read_jsonl
from newsdesk.model import Article
from newsdesk.pipeline import clean_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", type=Path)
    args = parser.parse_args()
    articles = [a for a in map(clean_record, read_jsonl(args.export)) if isinstance(a, Article)]
    docs = iter_docs((a.text for a in articles), batch_size=32, method=SELECTIVE)
    for article, doc in zip(articles, docs, strict=True):
        for q in find_quotes(article, doc):
            if not q.direct:
                continue
            source = article.text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None
            at = q.speaker_span.start if q.speaker_span else q.start
            row = {
                "article": article.id,
                "start": q.start,
                "end": q.end,
                "quote": q.text,
                "source": source,
                "speaker": q.speaker,
                "context": article.text[max(0, min(at, q.start) - 250) : q.start],
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
