"""Quote attribution quality and speed: newsdesk next to textacy's ``direct_quotations`` on the same parses.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/bench_quotes.py [../shared/eval/quotes/polnear/dev] [--every K]

Both systems read the same spaCy parse of each raw PolNeAR text (the shared pipeline plus its lemmatizer,
which textacy needs to find cue verbs by lemma; run once and timed apart). textacy refuses a document with an
odd number of quote marks: such documents are run paragraph by paragraph (each paragraph parsed again, which
is counted in textacy's time). Prints content token P/R/F1, content exact F1 and source exact F1 for each
system (the scorer of ``newsdesk eval quotes``), and articles/s of each extractor excluding the shared parse,
with newsdesk's speed as a ratio of textacy's.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.errors import MissingExtra
from newsdesk.evaluate.polnear import read_split
from newsdesk.evaluate.quotes import score
from newsdesk.extract.nlp import load_nlp
from newsdesk.extract.quotes import extract_quote_spans, find_quotes
from newsdesk.model import Article

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/quotes/polnear/dev"
_PARAGRAPH = re.compile(r"[^\n]+")


def textacy_quotes(nlp: Language, text: str, doc: Doc) -> list[dict[str, Any]]:
    """textacy's direct quotations as prediction dicts; odd quote counts fall back to one paragraph at a time."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise MissingExtra("the textacy baseline of bench_quotes", "bench", "textacy") from exc

    def as_dicts(parsed: Doc, offset: int) -> list[dict[str, Any]]:
        found = []
        for triple in direct_quotations(parsed):
            speaker = [t.idx for t in triple.speaker], [t.idx + len(t) for t in triple.speaker]
            cue = [t.idx for t in triple.cue], [t.idx + len(t) for t in triple.cue]
            found.append(
                {
                    "source": [offset + min(speaker[0]), offset + max(speaker[1])] if triple.speaker else None,
                    "cue": [offset + min(cue[0]), offset + max(cue[1])] if triple.cue else None,
                    "content": [offset + triple.content.start_char, offset + triple.content.end_char],
                }
            )
        return found

    try:
        return as_dicts(doc, 0)
    except ValueError:
        result = []
        for para in _PARAGRAPH.finditer(text):
            try:
                result.extend(as_dicts(nlp(para.group()), para.start()))
            except ValueError:
                continue  # this paragraph itself is unbalanced: textacy cannot read it
        return result


def newsdesk_quotes(text: str, doc: Doc) -> list[dict[str, Any]]:
    return [
        {
            "source": list(q.source) if q.source else None,
            "cue": list(q.cue) if q.cue else None,
            "content": list(q.content),
            **({"parts": [list(p.content) for p in q.parts]} if q.parts else {}),
        }
        for q in extract_quote_spans(text, doc)
    ]


def report(name: str, metrics: dict[str, Any], seconds: float, n: int) -> float:
    rate = n / seconds if seconds else float("inf")
    ct, ce, se = metrics["content_token"], metrics["content_exact"], metrics["source_exact"]
    print(
        f"{name:<26} content token P={ct['precision']:.3f} R={ct['recall']:.3f} F1={ct['f1']:.3f} | "
        f"content exact F1={ce['f1']:.3f} | source exact P={se['precision']:.3f} R={se['recall']:.3f} "
        f"F1={se['f1']:.3f} | {rate:.1f} articles/s"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--every", type=int, default=1, help="keep every k-th article (fixed subset)")
    args = parser.parse_args()
    golds = read_split(args.path, args.every)
    nlp = load_nlp(())  # with the lemmatizer: textacy finds its cue verbs by lemma ("say")
    started = time.perf_counter()
    docs = list(nlp.pipe(g.text for g in golds))
    parse_s = time.perf_counter() - started
    print(f"{len(golds)} articles from {args.path}; shared spaCy parse {len(golds) / parse_s:.1f} articles/s")

    started = time.perf_counter()
    ours = [{"doc": g.stem, "quotes": newsdesk_quotes(g.text, d)} for g, d in zip(golds, docs, strict=True)]
    ours_s = time.perf_counter() - started

    articles = [Article(id=g.stem, path=g.stem, text=g.text, sentences=()) for g in golds]
    started = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        find_quotes(article, doc)
    find_s = time.perf_counter() - started

    started = time.perf_counter()
    base = [{"doc": g.stem, "quotes": textacy_quotes(nlp, g.text, d)} for g, d in zip(golds, docs, strict=True)]
    base_s = time.perf_counter() - started

    base_rate = report("textacy direct_quotations", score(golds, base), base_s, len(golds))
    ours_rate = report("newsdesk quotes.depcue.v1", score(golds, ours), ours_s, len(golds))
    find_rate = len(golds) / find_s
    print(f"newsdesk find_quotes (speakers resolved): {find_rate:.1f} articles/s excluding the shared parse")
    print(f"newsdesk speed / textacy speed = {ours_rate / base_rate:.2f}")


if __name__ == "__main__":
    main()
