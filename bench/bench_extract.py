"""Extraction speed: the whole ``annotate`` driver next to the bare spaCy pipeline, in the same run.

    .venv/bin/python bench/bench_extract.py [--per-folder 50] [--repeats 2] [T17_DEV_DIR]

Articles are real Timeline17 dev articles (the first N of every topic folder, cleaned by
``newsdesk.clean.clean_document``; cleaning is not timed). Each system runs ``--repeats`` times, alternating
so load changes hit both alike; the best run is reported (the least disturbed by other processes). Rows:
- spaCy pipes only (baseline): ``nlp.pipe`` over the texts with the pipes ``load_nlp()`` keeps;
- spaCy tok2vec+ner only: the lower bound of any NER-based extraction (RECIPES.md measured 67 docs/s);
- annotate(): parse + every extractor wired into the driver, then ``story_entities`` per topic folder;
each with ``n_process=1`` and ``n_process=2``. The load average (``os.getloadavg``) is printed with every row.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.extract import annotate, story_entities
from newsdesk.extract.nlp import EXCLUDE, load_nlp
from newsdesk.model import Article, RawDocument

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/timelines/t17/dev"
# spaCy en_core_web_sm pipes; "ner only" keeps tok2vec (which ner listens to) and ner.
# ner has its own internal tok2vec in en_core_web_sm (tagger and parser listen to the shared one), so the
# shared tok2vec can go too.
NER_ONLY_EXCLUDE = ("tok2vec", "lemmatizer", "tagger", "parser", "attribute_ruler", "senter")


def load_articles(root: Path, per_folder: int) -> list[list[Article]]:
    """The first ``per_folder`` articles of every topic folder, cleaned; one list per folder (a story)."""
    stories = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        articles = []
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= per_folder:
                    break
                record = json.loads(line)
                raw = RawDocument(
                    path=f"{folder.name}/articles.jsonl.gz:{n + 1}",
                    text=record["text"],
                    external_id=str(record["id"]),
                    published=date.fromisoformat(record["published"]) if record.get("published") else None,
                )
                try:
                    articles.append(clean_document(raw))
                except InputError as error:  # an empty record: the pipeline rejects it, so does the bench
                    print(f"skipped {error}")
        stories.append(articles)
    return stories


def spacy_only(exclude: tuple[str, ...], n_process: int, batch_size: int) -> Callable[[list[list[Article]]], None]:
    nlp = load_nlp(exclude)

    def run(stories: list[list[Article]]) -> None:
        texts = [a.text for story in stories for a in story]
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass

    return run


def driver(n_process: int, batch_size: int) -> Callable[[list[list[Article]]], None]:
    def run(stories: list[list[Article]]) -> None:
        articles = [a for story in stories for a in story]
        annotations = annotate(articles, batch_size=batch_size, n_process=n_process)
        for story in stories:
            story_entities(story, {a.id: annotations[a.id].mentions for a in story})

    return run


def _cpu() -> float:
    """CPU seconds of this process and of its joined children (the n_process=2 workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def rates(run: Callable[[list[list[Article]]], None], stories: list[list[Article]]) -> tuple[float, float]:
    """(articles per wall-clock second, articles per CPU second): the second does not depend on load."""
    count = sum(len(s) for s in stories)
    started, cpu = time.perf_counter(), _cpu()
    run(stories)
    return count / (time.perf_counter() - started), count / (_cpu() - cpu)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--per-folder", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)

    stories = load_articles(args.root, args.per_folder)
    count = sum(len(s) for s in stories)
    words = sum(len(a.text.split()) for s in stories for a in s)
    print(f"{count} articles ({words / count:.0f} words on average) from {len(stories)} folders of {args.root}")
    print(f"spaCy pipes kept by load_nlp(): {load_nlp(EXCLUDE).pipe_names}")
    systems = {}
    for n_process in (1, 2):
        systems[f"spaCy pipes only, n_process={n_process}"] = spacy_only(EXCLUDE, n_process, args.batch_size)
        systems[f"spaCy tok2vec+ner only, n_process={n_process}"] = spacy_only(
            NER_ONLY_EXCLUDE, n_process, args.batch_size
        )
        systems[f"annotate() + story_entities, n_process={n_process}"] = driver(n_process, args.batch_size)
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.repeats):
        for name, run in systems.items():
            wall, cpu = rates(run, stories)
            best[name] = max(best.get(name, (0.0, 0.0)), (wall, cpu))
            print(f"  {name:<48} {wall:6.1f} articles/s wall  {cpu:6.1f} /CPU-s   load {os.getloadavg()[0]:.2f}")
    print(f"best of runs ({words / count:.0f} words/article):")
    for name, (wall, cpu) in best.items():
        print(f"{name:<48} {wall:6.1f} articles/s wall ({wall * words / count:7.0f} words/s)  {cpu:6.1f} /CPU-s")
    for n_process in (1, 2):
        base = best[f"spaCy pipes only, n_process={n_process}"]
        ours = best[f"annotate() + story_entities, n_process={n_process}"]
        print(
            f"n_process={n_process}: driver / bare pipeline = {ours[0] / base[0]:.2f} wall, {ours[1] / base[1]:.2f} CPU"
        )


if __name__ == "__main__":
    main()
