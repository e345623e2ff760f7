"""Extract: entities, quotes with speakers, figures and time expressions, each pointing at a span.

``annotate`` parses every article once (``newsdesk.extract.parse``: by default NER over all text and the
dependency parse only on the sentences the rules read) and hands the same ``Doc`` to every extractor, so adding
an extractor costs its own rules, not another parse. With ``n_process > 1`` chunks of articles go to a pool of
worker processes that each parse and extract and send back only the ``Annotations`` records (plain data,
cheap to pickle), instead of spaCy's ``nlp.pipe(n_process=...)`` which ships whole ``Doc`` objects back.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator, Sequence

from spacy.language import Language

from newsdesk.model import Annotations, Article

from .alias_lookup import canonical_name
from .aliases import story_entities
from .entities import entity_mentions
from .figures import find_figures
from .nlp import load_nlp
from .parse import SELECTIVE, iter_docs
from .quotes import find_quotes
from .timex import find_timexes

__all__ = ["annotate", "canonical_name", "entity_mentions", "find_figures", "iter_annotations", "story_entities"]

# Longer texts are cut for parsing only (offsets stay valid: the cut is a prefix). spaCy's default
# max_length is 1,000,000 characters; clean articles are capped at 2,000 sentences, far below that.
MAX_PARSE_CHARS = 1_000_000


def _annotate_chunk(job: tuple[Sequence[Article], int, str]) -> list[Annotations]:
    articles, batch_size, parse = job
    return list(_iter_local(articles, batch_size, parse))


def _iter_local(articles: Sequence[Article], batch_size: int, parse: str) -> Iterator[Annotations]:
    nlp = load_nlp()
    for start in range(0, len(articles), batch_size):
        yield from _annotate_batch(nlp, articles[start : start + batch_size], batch_size, parse)


def _annotate_batch(nlp: Language, articles: Sequence[Article], batch_size: int, parse: str) -> list[Annotations]:
    """One parse batch, read by every extractor inside a spaCy memory zone: the words new to the vocabulary
    (their strings and lexemes) are freed once the batch's ``Annotations`` (plain data) are made, so a worker
    that reads millions of articles keeps the vocabulary it loaded with. The docs do not outlive the zone."""
    with nlp.memory_zone():
        texts = (a.text[:MAX_PARSE_CHARS] for a in articles)
        docs = iter_docs(texts, batch_size=batch_size, method=parse)
        return [
            Annotations(
                article=article.id,
                mentions=entity_mentions(article, doc),
                figures=find_figures(article, doc),
                quotes=find_quotes(article, doc),
                timexes=find_timexes(article),
            )
            for article, doc in zip(articles, docs, strict=True)
        ]


def iter_annotations(
    articles: Sequence[Article], batch_size: int = 32, n_process: int = 1, parse: str = SELECTIVE
) -> Iterator[Annotations]:
    """One ``Annotations`` per article, in input order; every extractor reads the same parse.

    ``n_process > 1`` uses a process pool (fork where available, so workers share the loaded model); inside a
    daemonic process (a pool worker, which may not have children) it falls back to one process.
    """
    if n_process <= 1 or len(articles) < 2 or multiprocessing.current_process().daemon:
        yield from _iter_local(articles, batch_size, parse)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    # at least two chunks per process, so a slow chunk does not leave the other processes idle at the end
    size = max(1, min(batch_size, -(-len(articles) // (2 * n_process))))
    chunks = [(articles[i : i + size], batch_size, parse) for i in range(0, len(articles), size)]
    load_nlp()  # once here, so forked workers share it instead of each loading its own
    gc.freeze()  # forked workers' collections then leave the shared objects' pages alone (no copy on write)
    try:
        pool = context.Pool(n_process)
    finally:
        gc.unfreeze()
    with pool:
        for chunk in pool.imap(_annotate_chunk, chunks):
            yield from chunk


def annotate(
    articles: Sequence[Article], batch_size: int = 32, n_process: int = 1, parse: str = SELECTIVE
) -> dict[str, Annotations]:
    """Annotations of every article, keyed by article id (a repeated article is parsed once per occurrence)."""
    return {
        ann.article: ann for ann in iter_annotations(articles, batch_size=batch_size, n_process=n_process, parse=parse)
    }
