"""Where extraction time goes: CPU seconds per spaCy pipe and per extractor, on Timeline17 dev articles.

    .venv/bin/python bench/profile_extract.py [--n 45]

CPU time (``time.process_time``), so the split does not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import time

from bench_extract import timeline17
from newsdesk.extract.aliases import story_entities
from newsdesk.extract.entities import entity_mentions
from newsdesk.extract.figures import find_figures
from newsdesk.extract.nlp import load_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=45)
    args = parser.parse_args()
    articles = timeline17(args.n)
    nlp = load_nlp()
    cost = dict.fromkeys(nlp.pipe_names, 0.0)
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        for name, proc in nlp.pipeline:
            started = time.process_time()
            doc = proc(doc)
            cost[name] += time.process_time() - started
        docs.append(doc)
    started = time.process_time()
    mentions = {a.id: entity_mentions(a, d) for a, d in zip(articles, docs, strict=True)}
    cost["entity_mentions"] = time.process_time() - started
    started = time.process_time()
    for a, d in zip(articles, docs, strict=True):
        find_figures(a, d)
    cost["find_figures"] = time.process_time() - started
    started = time.process_time()
    story_entities(articles, mentions)
    cost["story_entities"] = time.process_time() - started
    total = sum(cost.values())
    print(f"{len(articles)} articles")
    for name, seconds in cost.items():
        print(f"{name:<16} {seconds:6.2f} CPU-s {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
