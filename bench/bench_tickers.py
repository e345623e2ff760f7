"""Every line ``clean.tickers`` withholds beyond the site templates, per input, with its CPU time.

Each input (a JSONL export, a folder, a Timeline17 ``articles.jsonl.gz``) is read and cleaned by the product
(``read_paths`` + ``clean_record``), copies marked (``mark_copies``), and judged on its own as one run, as
``newsdesk brief`` judges what it is given. Prints, per input, the lines withheld as tickers that
``clean.templates``' repeated-furniture rule did not withhold, with the pages (1-based record numbers) printing
them, then the CPU seconds of ``ticker_sentences`` and of the whole ``template_sentences``.

    PYTHONPATH=src .venv/bin/python bench/bench_tickers.py INPUT [INPUT ...]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict

from newsdesk.clean.templates import _repeated_furniture, template_sentences
from newsdesk.clean.tickers import ticker_sentences
from newsdesk.cluster.groups import mark_copies
from newsdesk.ingest import read_paths
from newsdesk.model import Article
from newsdesk.pipeline import clean_record


def main(paths: list[str]) -> None:
    total = 0
    for path in paths:
        articles = mark_copies([a for r in read_paths([path]) if isinstance(a := clean_record(r), Article)])
        start = time.process_time()
        tickers = ticker_sentences(articles)
        ticker_cpu = time.process_time() - start
        start = time.process_time()
        template_sentences(articles)
        templates_cpu = time.process_time() - start
        new = tickers - _repeated_furniture(articles)
        number = {a.id: k + 1 for k, a in enumerate(articles)}
        texts = {(a.id, s.i): s.text for a in articles for s in a.sentences}
        lines: dict[str, list[str]] = defaultdict(list)
        for article, i in sorted(new, key=lambda c: (number[c[0]], c[1])):
            lines[texts[(article, i)]].append(f"{number[article]}.{i}")
        total += len(new)
        print(f"## {path}: {len(articles)} pages, {len(new)} sentences newly withheld in {len(lines)} lines; CPU s:")
        print(f"   ticker_sentences {ticker_cpu:.3f}, template_sentences {templates_cpu:.3f}")
        for text, where in lines.items():
            print(f"   [{', '.join(where)}] {text}")
    print(f"total sentences newly withheld: {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
