"""Direct-quote spans from quotation marks, paragraph by paragraph, without ever failing on bad input.

News style opens a quote with “ (or a straight "), closes it with ” (or "), and when a quote runs over several
paragraphs it leaves each paragraph but the last unclosed and re-opens the next one (Chicago Manual of Style
13.30; AP Stylebook, "quotation marks"). So pairing is done per paragraph, and an unclosed quote is joined to
the next paragraph only when that paragraph opens with a quote mark; otherwise it ends at its paragraph end.
Unbalanced marks therefore never swallow the rest of the article, which is what makes the text tools that
refuse odd counts of marks (textacy) unnecessary here.

Text whose paragraph breaks were collapsed to spaces (wire copy, scraped pages, the Timeline17 articles) keeps
the multi-paragraph convention without the breaks: '"... go away. "This moment ...," Obama said.' Counting
straight marks in pairs there turns every later quote inside out ('" Obama said. The U.S. president ... "' and
'"he said"' came out as quotes). A straight mark can be read by its shape: one after white space and before a
word opens, one after a word and before white space closes. An opening-shaped mark met inside an open quote,
right after a sentence's end, is the collapsed paragraph break: the open quote ends, unclosed, before it and a
new one opens. So is one after a sentence's end and a short introduction ending in a colon ('… the disease is
transmitting. He added: "These flu viruses …'): the open quote ends, unclosed, at that sentence's end, and the
introduction is the reporter's. Read as a closing mark instead, it turns every later mark of the paragraph inside out
(H1N1_bbc 357: '" There is concern … Sturgeon said …' and '". But it could …' came out as Donaldson's quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "“„«"
CLOSE = "”»"
STRAIGHT = '"'
MARKS = OPEN + CLOSE + STRAIGHT
_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence's end before a collapsed paragraph break: ., ? or ! (a closing bracket or a nested quote's closing
# single mark may follow: "… 'I'm the commander.' "If this disarray …") and a space.
_SENTENCE_END = re.compile(r"[.?!…][)\]'’]?\s+$")
# The same sentence's end followed by an introduction of at most six words that ends in a colon ("He added: ", "Mr
# Smith told the BBC: "): the shortest attribution is two words, and six keeps a sentence with a list ("Here are the
# three options the party weighs: ") out. Group 1 is the end of the sentence the open quote stops at.
_INTRODUCED = re.compile(r"([.?!…][)\]'’]?)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}:\s+$")


@dataclass(frozen=True, slots=True)
class QuoteMarkSpan:
    """A stretch of text between quotation marks, marks included: ``text[start:end]``.

    ``closed`` is False when the last paragraph of the span had no closing mark (unbalanced input).
    """

    start: int
    end: int
    closed: bool = True


def _opens_paragraph(text: str, start: int, opened: int, i: int) -> int | None:
    """Where the quote opened at ``opened`` stops when the straight mark at ``i``, met while it is still open,
    re-opens a quote after a collapsed paragraph break (white space before it, a word after it, a sentence end
    before, or a sentence end and a short introduction with a colon); None when the mark closes it."""
    if i + 1 >= len(text) or not (text[i + 1].isalnum() or text[i + 1] in "'‘(["):
        return None
    if i == start or not text[i - 1].isspace():
        return None
    if _SENTENCE_END.search(text, max(opened + 1, i - 4), i) is not None:
        stop = i
        while text[stop - 1].isspace():
            stop -= 1
        return stop
    introduced = _INTRODUCED.search(text, max(opened + 1, i - 64), i)
    return introduced.end(1) if introduced is not None else None


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[QuoteMarkSpan], int | None]:
    """Quote spans of one paragraph, and the offset of a quote still open at its end (or None)."""
    pairs: list[QuoteMarkSpan] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in MARKS:
            continue
        if opened is None:
            if ch in CLOSE:
                continue  # a stray closing mark (unbalanced input): nothing to close
            if ch == STRAIGHT and i + 1 < end and text[i + 1].isspace() and i > start and text[i - 1].isalnum():
                continue  # inch mark / stray straight quote glued to a word ("6" tall")
            opened = i
        elif ch == STRAIGHT and text[opened] == STRAIGHT and (stop := _opens_paragraph(text, start, opened, i)):
            pairs.append(QuoteMarkSpan(opened, stop, closed=False))
            opened = i
        elif ch in CLOSE or ch == STRAIGHT:
            pairs.append(QuoteMarkSpan(opened, i + 1))
            opened = None
        # an opening curly mark inside an open quote is a typo or a nested quote: keep the outer one
    return pairs, opened


def quote_mark_spans(text: str) -> tuple[QuoteMarkSpan, ...]:
    """Every quoted stretch of ``text`` in reading order; multi-paragraph quotes come out as one span."""
    spans: list[QuoteMarkSpan] = []
    carry: int | None = None  # start of a quote left open by the previous paragraph
    carry_end = 0
    for match in _PARAGRAPH.finditer(text):
        p_start, p_end = match.start(), match.end()
        stripped = p_start + len(match.group()) - len(match.group().lstrip())
        if carry is not None:
            if stripped < p_end and text[stripped] in OPEN + STRAIGHT:
                pairs, opened = _paragraph_quotes(text, stripped, p_end)
                if pairs and pairs[0].start == stripped:
                    spans.append(QuoteMarkSpan(carry, pairs[0].end, pairs[0].closed))
                    pairs = pairs[1:]
                elif opened == stripped:
                    carry_end = p_end
                    continue  # the quote goes on for another paragraph
                else:
                    spans.append(QuoteMarkSpan(carry, carry_end, closed=False))
                carry = None
                spans.extend(pairs)
                if opened is not None and opened != stripped:
                    carry, carry_end = opened, p_end
                continue
            spans.append(QuoteMarkSpan(carry, carry_end, closed=False))
            carry = None
        pairs, opened = _paragraph_quotes(text, p_start, p_end)
        spans.extend(pairs)
        if opened is not None:
            carry, carry_end = opened, p_end
    if carry is not None:
        spans.append(QuoteMarkSpan(carry, carry_end, closed=False))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
