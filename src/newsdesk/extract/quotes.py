"""Quotes with speakers for one article: the product's entry point over ``quote_spans`` and ``speakers``.

``find_quotes`` takes the article and the shared spaCy parse of ``article.text`` (one parse serves every
extractor) and returns ``model.Quote`` records whose spans are offsets into the article's clean text. A
direct quote's record covers the words between the quotation marks (the brief adds its own marks); the
eval scores the raw spans of ``extract_quote_spans``, marks included, as PolNeAR marks them; an attribution
whose quotations stand on both sides of its cue gives one record per quotation.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc

from newsdesk.extract.quote_marks import MARKS, QuoteMarkSpan, quote_mark_spans
from newsdesk.extract.quote_spans import ALGORITHM, QuoteSpan, extract_quote_spans
from newsdesk.extract.speakers import SpeakerResolver
from newsdesk.model import Article, Quote, Span

__all__ = ["ALGORITHM", "brief_quotes", "extract_quote_spans", "find_quotes"]

_STRIP = set(MARKS) | set(" \n\t,;:")


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its quotation marks and the comma news style puts inside the closing mark."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _sentence_index(article: Article, offset: int) -> int:
    starts = [s.start for s in article.sentences]
    i = bisect.bisect_right(starts, offset) - 1
    return article.sentences[max(i, 0)].i if article.sentences else 0


def _record(article: Article, span: QuoteSpan, resolver: SpeakerResolver) -> Quote | None:
    text = article.text
    start, end = _inner(text, *span.content) if span.direct else span.content
    if end <= start:
        return None
    return Quote(
        article=article.id,
        sentence=_sentence_index(article, start),
        start=start,
        end=end,
        text=text[start:end],
        speaker=resolver.resolve(text, span.source, span.source_head, span.content),
        speaker_span=Span(article.id, *span.source) if span.source else None,
        cue=span.cue_word,
        cue_span=Span(article.id, *span.cue) if span.cue else None,
        direct=span.direct,
    )


def _partial_quotes(spans: tuple[QuoteSpan, ...], marks: tuple[QuoteMarkSpan, ...]) -> list[QuoteSpan]:
    """Quoted words inside reported speech ("described it as a “decisive moment,”") as direct quotes of the
    same speaker and cue, so the brief can show the speaker's own words."""
    partial = []
    for span in spans:
        if span.direct:
            continue
        start, end = span.content
        for mark in marks:
            if start <= mark.start and mark.end <= end:
                partial.append(dataclasses.replace(span, content=(mark.start, mark.end), direct=True))
    return partial


def find_quotes(article: Article, doc: Doc) -> tuple[Quote, ...]:
    """Every attribution of the article, direct and reported, with its speaker resolved within the article.

    A reported statement that contains quoted words also yields those words as a direct (partial) quote.
    """
    if doc.text != article.text:
        raise ValueError(f"{article.path}: the parse given to find_quotes is not of this article's text")
    resolver = SpeakerResolver(doc)
    # a statement split around its attribution is one attribution (``QuoteSpan.parts``) but each quotation a record
    spans = tuple(part for span in extract_quote_spans(article.text, doc) for part in span.parts or (span,))
    spans = spans + tuple(_partial_quotes(spans, quote_mark_spans(article.text)))
    quotes = (_record(article, span, resolver) for span in sorted(spans, key=lambda q: (q.content, q.cue or (0, 0))))
    return tuple(q for q in quotes if q is not None)


def brief_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """The quotes a brief shows between quotation marks: direct ones with a speaker, in a stable order.

    Reported speech stays in the annotations (alignment uses it) but is not printed as a quotation, since
    its words are the reporter's.
    """
    kept = {(q.article, q.start, q.end): q for q in quotes if q.direct and q.speaker}
    return tuple(kept[key] for key in sorted(kept))
