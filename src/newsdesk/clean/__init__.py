"""Clean: a raw record becomes an ``Article`` — main text only, metadata lifted out, sentences with offsets.

Order matters: HTML extraction, then text normalization, then the metadata header (so "date 2024-08-26" run
into the lead is lifted before sentences are cut), then the reader-comment thread, then line rules, then
sentence-level rules (comment-system lines, unstamped comments closing the page, the page addressing its reader
about the site, a lead or title printed twice), and last the clean text is rebuilt so
every sentence's offsets index into it.
"""

from __future__ import annotations

import hashlib
import re

from newsdesk.config import get_settings
from newsdesk.errors import InputError
from newsdesk.model import Article, RawDocument, Removal, Sentence

from .address import drop_reader_furniture
from .boilerplate import (
    LISTING_STAMPS,
    drop_sentence_furniture,
    listing_teasers,
    strip_boilerplate,
    strip_update_stamps,
)
from .comments import drop_comment_policy, drop_comment_tail, split_comments
from .glue import Vocabulary
from .html import extract_html
from .metadata import (
    InlineHeader,
    outlet_from_transcript,
    source_from_credits,
    source_from_url,
    split_byline,
    split_date_header,
    split_dateline,
    split_inline_header,
)
from .normalize import normalize_text, repair_bullets
from .sentences import has_end_mark, split_paragraphs, split_sentences

_WORD = re.compile(r"\w+")
_REPEAT_MIN_WORDS = 5  # "He said." may repeat legitimately; a repeated 5+ word sentence is a pasted lead
_TITLE_MAX_WORDS = 20
_NO_HEADER = InlineHeader(removed="")


def article_id(raw: RawDocument) -> str:
    """Content hash of the record as given (plus its URL): the same input always maps to the same id."""
    body = raw.text if raw.text is not None else (raw.html or "")
    digest = hashlib.sha256(f"{raw.url or ''}\n{body}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


def _copies_to_keep(paragraphs: list[list[str]], title: bool) -> dict[str, tuple[int, int]]:
    """For each sentence printed more than once, where the copy to keep stands: the first, unless it has no end mark
    and a later copy has one (v17). A pull quote or a reader's comment printed above the text, once ``glue`` cuts it
    off the lead it ran into, is a copy with no full stop ("The embassy in Haiti is overcrowded and they won't pay any
    attention to us", haiti_bbc), which a brief withholds as unfinished; the copy in the text keeps its stop. The
    title (``title``: the first paragraph) is always the copy kept, so that a body copy of the headline goes."""
    keep: dict[str, tuple[int, int]] = {}
    for p_index, sentences in enumerate(paragraphs):
        for s_index, sentence in enumerate(sentences):
            key = _key(sentence)
            if len(key.split()) < _REPEAT_MIN_WORDS:
                continue
            if key not in keep:
                keep[key] = (p_index, s_index)
                continue
            first_p, first_s = keep[key]
            if (title and first_p == 0) or has_end_mark(paragraphs[first_p][first_s]):
                continue
            if has_end_mark(sentence):
                keep[key] = (p_index, s_index)
    return keep


def _drop_repeats(paragraphs: list[list[str]], title: bool = False) -> tuple[list[list[str]], list[Removal]]:
    """A sentence already printed elsewhere in the article (a repeated lead or title) is kept once."""
    keep = _copies_to_keep(paragraphs, title)
    kept_paragraphs: list[list[str]] = []
    removed: list[Removal] = []
    for p_index, sentences in enumerate(paragraphs):
        kept: list[str] = []
        for s_index, sentence in enumerate(sentences):
            key = _key(sentence)
            if keep.get(key, (p_index, s_index)) != (p_index, s_index):
                removed.append(Removal("repeated_sentence", sentence))
                continue
            kept.append(sentence)
        if kept:
            kept_paragraphs.append(kept)
    return kept_paragraphs, removed


def _assemble(paragraphs: list[list[str]]) -> tuple[str, tuple[Sentence, ...]]:
    """Sentences joined by a space, paragraphs by a blank line; offsets computed while writing."""
    parts: list[str] = []
    sentences: list[Sentence] = []
    cursor = 0
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            parts.append("\n\n")
            cursor += 2
        for s_index, text in enumerate(paragraph):
            if s_index:
                parts.append(" ")
                cursor += 1
            sentences.append(Sentence(len(sentences), cursor, cursor + len(text), text))
            parts.append(text)
            cursor += len(text)
    return "".join(parts), tuple(sentences)


def _title_line(lines: list[str]) -> str | None:
    """Plain text often starts with its headline: a short first line with no sentence-final punctuation."""
    first = next((line for line in lines if line), None)
    if first and len(first.split()) <= _TITLE_MAX_WORDS and not has_end_mark(first):
        following = lines[lines.index(first) + 1 :]
        if any(line for line in following):
            return first
    return None


def clean_document(raw: RawDocument) -> Article:
    """Raise ``InputError`` (with the record's path) when nothing of an article is left."""
    settings = get_settings()
    title, published, author, url, source = raw.title, raw.published, raw.author, raw.url, raw.source
    removed: list[Removal] = []
    if raw.text is not None:
        text = raw.text
    elif raw.html is not None:
        page = extract_html(raw.html, raw.path, url=raw.url)
        text = page.text
        title = title or page.title
        published = published or page.published
        author = author or page.author
        url = url or page.url
        source = source or page.site
    else:
        raise InputError(raw.path, "record has neither text nor html")

    text = repair_bullets(normalize_text(text))
    if (teasers := listing_teasers(text)) >= LISTING_STAMPS:
        raise InputError(
            raw.path, f"a listing of other stories ({teasers} teasers stamped 'updated: …'), not an article"
        )
    header_date, text, header = split_date_header(text)
    if header:
        removed.append(Removal("date_header", header))
        published = published or header_date
    agency, text, dateline, stamped = split_dateline(text)
    if dateline:
        removed.append(Removal("dateline", dateline))
        published = published or stamped
        author = author or (split_inline_header(f"{dateline} ")[0] or _NO_HEADER).author  # "By X … (Reuters) -"
    inline, text = split_inline_header(text)
    if inline:
        removed.append(Removal("inline_header", inline.removed))
        published = published or inline.published
        author = author or inline.author
        title = title or inline.headline
    published = published or raw.crawled
    text, thread = split_comments(text)
    if thread:
        removed.append(Removal("comment_thread", thread))
    text, stamps = strip_update_stamps(text)
    removed.extend(stamps)
    credited_source = source_from_credits(text) or agency or (inline and inline.outlet) or outlet_from_transcript(text)
    lines = text.split("\n")
    byline_author, lines, byline = split_byline(lines)
    if byline:
        removed.append(Removal("byline", byline))
        author = author or byline_author
    lines, rule_removals = strip_boilerplate(lines)
    removed.extend(rule_removals)
    if title is None and raw.text is not None:
        title = _title_line(lines)
        if title:
            lines.remove(title)
            removed.append(Removal("title", title))
    body = "\n".join(lines)
    words = Vocabulary(body)
    paragraphs = [split_sentences(p, words) for p in split_paragraphs(body)]
    paragraphs, policy = drop_comment_policy(paragraphs)
    removed.extend(policy)
    paragraphs, furniture = drop_sentence_furniture(paragraphs)
    removed.extend(furniture)
    if raw.text is not None:  # an HTML page's extractor saw its forms and comment markup and left them out
        paragraphs, tail = drop_comment_tail(paragraphs)
        removed.extend(tail)
        paragraphs, address = drop_reader_furniture(paragraphs)
        removed.extend(address)
    if title:
        paragraphs = [[title], *paragraphs]  # so a body copy of the headline is caught as a repeat
    paragraphs, repeats = _drop_repeats(paragraphs, title=bool(title))
    if title:
        paragraphs = paragraphs[1:]
    removed.extend(repeats)
    count = sum(len(p) for p in paragraphs)
    if count > settings.max_sentences:
        raise InputError(raw.path, f"{count:,} sentences, over the limit of {settings.max_sentences:,} per article")
    clean, sentences = _assemble(paragraphs)
    if not sentences:
        raise InputError(raw.path, "no article text left after cleaning")
    return Article(
        id=article_id(raw),
        path=raw.path,
        text=clean,
        sentences=sentences,
        source=source or credited_source or source_from_url(url),
        title=title,
        published=published,
        url=url,
        author=author,
        external_id=raw.external_id,
        removed=tuple(removed),
    )
