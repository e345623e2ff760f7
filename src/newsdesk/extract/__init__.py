"""Extract: entities, quotes with speakers, figures and time expressions, each pointing at a span.

``annotate`` parses every article once with the shared spaCy pipeline (``nlp.pipe``, batched) and hands the
same ``Doc`` to every extractor, so adding an extractor costs its own rules, not another parse.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsdesk.model import Annotations, Article

from .aliases import canonical_name, story_entities
from .entities import entity_mentions
from .figures import find_figures
from .nlp import load_nlp
from .quotes import find_quotes
from .timex import find_timexes

__all__ = ["annotate", "canonical_name", "entity_mentions", "find_figures", "iter_annotations", "story_entities"]

# Longer texts are cut for parsing only (offsets stay valid: the cut is a prefix). spaCy's default
# max_length is 1,000,000 characters; clean articles are capped at 2,000 sentences, far below that.
MAX_PARSE_CHARS = 1_000_000


def iter_annotations(articles: Sequence[Article], batch_size: int = 32, n_process: int = 1) -> Iterator[Annotations]:
    """One ``Annotations`` per article, in input order; every extractor reads the same parse."""
    nlp = load_nlp()
    texts = (a.text[:MAX_PARSE_CHARS] for a in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size, n_process=n_process), strict=True):
        yield Annotations(
            article=article.id,
            mentions=entity_mentions(article, doc),
            figures=find_figures(article, doc),
            quotes=find_quotes(article, doc),
            timexes=find_timexes(article),
        )


def annotate(articles: Sequence[Article], batch_size: int = 32, n_process: int = 1) -> dict[str, Annotations]:
    """Annotations of every article, keyed by article id (a repeated article is parsed once per occurrence)."""
    return {ann.article: ann for ann in iter_annotations(articles, batch_size=batch_size, n_process=n_process)}
