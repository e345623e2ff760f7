"""Quotes with speakers for one article: the product's entry point over ``quote_spans`` and ``speakers``.

``find_quotes`` takes the article and the shared spaCy parse of ``article.text`` (one parse serves every
extractor) and returns ``model.Quote`` records whose spans are offsets into the article's clean text. A
direct quote's record covers the words between the quotation marks (the brief adds its own marks); the
eval scores the raw spans of ``extract_quote_spans``, marks included, as PolNeAR marks them; an attribution
whose quotations stand on both sides of its cue gives one record per quotation.

A direct quote's text ends where another attribution begins inside it: the sentence in which a name is the subject
of "said", "says", "told" or "added" ("… level six means that. Scottish health secretary Nicola Sturgeon said …",
"Yukitoki said."), or is that verb's inverted subject (", said Akira Yukitoki, an official …"). Such text is the
reporter's, reached through an unclosed or mispaired quotation mark; a quote that opens with it (the marks paired
inside out) is no quote at all. An inverted tag that closes the quoted words instead ('"A woman and her child were
killed …, added Abu Arif al-Khalid," Sana reported.': one source quoting another without inner marks) ends the quote
before it, and the name in the tag is the speaker; after a closing single mark ("…,' said Curry.") it is a nested
quote's tag, and the quote ends before that sentence. The raw spans the eval scores are left as they are.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc

from newsdesk.extract.cue_verbs import inflections
from newsdesk.extract.quote_marks import MARKS, QuoteMarkSpan, quote_mark_spans
from newsdesk.extract.quote_spans import ALGORITHM, QuoteSpan, extract_quote_spans
from newsdesk.extract.speakers import SpeakerResolver
from newsdesk.model import Article, Quote, Span

__all__ = ["ALGORITHM", "brief_quotes", "extract_quote_spans", "find_quotes"]

_STRIP = set(MARKS) | set(" \n\t,;:")
# The verbs of a reporter's attribution, in the tenses copy uses for one ("X said", "says X", "X told", "X added").
_ATTRIBUTING = frozenset(form for verb in ("say", "tell", "add") for form in inflections(verb)[1:3])
_NAMES = ("PERSON", "ORG")
# Words that put a name and its "said" inside the speaker's own clause ("what Director Clapper said", "as Obama said").
_CLAUSE_OPENERS = frozenset(
    {"what", "that", "which", "who", "whom", "whose", "how", "why", "when", "where", "as", "if", "because", "than",
     "whether", "and", "but", "to"}
)  # fmt: skip
# What stands before a reporter's tag inside a sentence: the comma or dash a closing quotation mark follows.
_TAG_BEFORE = frozenset({",", "—", "--"} | set(MARKS))
# What stands before an inverted tag that closes the quoted words ("…, added Abu Arif al-Khalid"): not a closing mark.
_TAG_COMMAS = frozenset({",", "—", "--", "–"})
# A speaker telling what was said to them: "Gadhafi told me he was planning …".
_HEARERS = frozenset({"me", "us", "you"})
# An inverted tag's name (the source span), its verb (the cue span) and the verb as written.
_Tag = tuple[tuple[int, int], tuple[int, int], str]


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its quotation marks and the comma news style puts inside the closing mark."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _sentence_position(article: Article, offset: int) -> int:
    """Where in ``article.sentences`` the sentence holding ``offset`` is."""
    starts = [s.start for s in article.sentences]
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _sentence_index(article: Article, offset: int) -> int:
    return article.sentences[_sentence_position(article, offset)].i if article.sentences else 0


def _attribution_start(article: Article, doc: Doc, start: int, end: int) -> tuple[int, _Tag | None]:
    """Where the first attribution inside a direct quote's text begins (``end`` when there is none), not before the
    quote's start: the sentence of a reporter's tag, a name and "said" with nothing after but punctuation ("Yukitoki
    said.", "…, said Akira Yukitoki, an official …"); a sentence inside the quote that opens with a name that "said"
    something ("… means that. Scottish health secretary Nicola Sturgeon said a move …"); a name that "told" or "said"
    after a comma ("… has become normal, Malmstrom told the European Voice newspaper"). A name the speaker's own
    clause holds ("what Director Clapper said", "And Anthony said, …", "Gadhafi told me …") is part of the speech, as
    is a quote that opens with one ("Gadhafi said he wanted to speak to the press …").

    An inverted tag that ends the quoted words (words before it, only the name after it: "… before the eyes of all the
    people there, added Abu Arif al-Khalid") is cut at its comma, and the tag (its name and verb) comes second.
    """
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return end, None
    for token in span:
        if token.lower_ not in _ATTRIBUTING or token.i == 0:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < span.end else None
        sentence = article.sentences[_sentence_position(article, token.idx)] if article.sentences else None
        opens = sentence.start if sentence is not None else token.idx
        if before.is_punct and after is not None and after.ent_type_ in _NAMES:
            name = after.i + 1
            while name < span.end and doc[name].ent_iob_ == "I":
                name += 1
            # v8: the tag follows a comma or a dash; after a closing single mark it is a nested quote's ("… or we
            # were going to get embarrassed out there,' said Curry." inside a columnist's quote): cut at its sentence
            if before.text in _TAG_COMMAS and before.i > span.start and all(t.is_punct for t in doc[name : span.end]):
                source = (after.idx, doc[name - 1].idx + len(doc[name - 1].text))  # ", added Abu Arif al-Khalid"
                return before.idx, (source, (token.idx, token.idx + len(token.text)), token.lower_)
            return max(start, opens), None  # "…," said Juan Perez
        if before.ent_type_ not in _NAMES or token.i == span.start:
            continue
        first = before.i
        while first > span.start and doc[first - 1].idx >= opens and doc[first - 1].is_alpha:
            first -= 1  # back to the sentence's start over the name and its title ("Scottish health secretary")
        if any(t.lower_ in _CLAUSE_OPENERS for t in doc[first : before.i]):
            continue
        if after is not None and after.lower_ in _HEARERS:
            continue
        if after is None or after.is_punct or start < opens <= doc[first].idx:
            return max(start, opens), None
        if first > span.start and doc[first - 1].text in _TAG_BEFORE:
            return doc[first].idx, None  # "… has become normal, Malmstrom told …": the tag after a comma
    return end, None


def _record(article: Article, span: QuoteSpan, resolver: SpeakerResolver, doc: Doc) -> Quote | None:
    text = article.text
    start, end = _inner(text, *span.content) if span.direct else span.content
    if span.direct and end > start:
        cut, tagged = _attribution_start(article, doc, start, end)
        start, end = _inner(text, start, cut)
        if end <= start:  # the marks were paired inside out: no quote, though its source is read as before
            resolver.resolve(text, span.source, span.source_head, span.content)
        elif tagged is not None:  # the inverted tag's name says the words; the source quotes them
            resolver.resolve(text, span.source, span.source_head, span.content)
            source, cue, cue_word = tagged
            span = dataclasses.replace(span, source=source, source_head=source[0], cue=cue, cue_word=cue_word)
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
    marks = quote_mark_spans(article.text)
    spans = spans + tuple(_partial_quotes(spans, marks))
    quotes = (
        _record(article, span, resolver, doc) for span in sorted(spans, key=lambda q: (q.content, q.cue or (0, 0)))
    )
    return tuple(q for q in quotes if q is not None)


def brief_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """The quotes a brief shows between quotation marks: direct ones with a speaker, in a stable order.

    Reported speech stays in the annotations (alignment uses it) but is not printed as a quotation, since
    its words are the reporter's.
    """
    kept = {(q.article, q.start, q.end): q for q in quotes if q.direct and q.speaker}
    return tuple(kept[key] for key in sorted(kept))
