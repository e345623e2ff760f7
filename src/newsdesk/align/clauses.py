"""Clause units: a long sentence that states two facts is aligned as two units.

News sentences often join an attributed fact and a second statement: "Blinken said that Netanyahu told him
that he accepts the deal proposed by the US *and that* they are now waiting to hear that Hamas has done the
same". Compared as one unit, such a sentence is only half-similar to a sentence that states either half, so a
shared fact is missed. The split points are the surface markers of clause coordination that need no parser
(the coordinating conjunctions and punctuation of Quirk et al. 1985, *A Comprehensive Grammar of the English
Language*, §13): a semicolon; a dash followed by "and" and a clause opener (a lone dash is an aside);
", while"; ", but" / "but"; and ", and" / "and that" when what follows opens a new clause (a complementizer,
a pronoun or a determiner, not a list item). Quoted speech is never cut. A piece shorter than
``MIN_CLAUSE_WORDS`` stays attached to its neighbour, so lists and short asides are never cut out.
"""

from __future__ import annotations

import re

# A clause that can state a fact alone has a subject, a verb and an object or complement plus a modifier or
# two; with fewer words a piece is a list item or an aside ("— and that he supports it"). Set from that
# reading, not swept; bench/bench_align_quality.py reports what it does on ECB+ dev.
MIN_CLAUSE_WORDS = 8
_OPENER = r"(?:that|he|she|they|it|we|i|you|the|this|these|those|his|her|its|their|there)\b"
# Each match is the boundary: the text before it ends a clause, the text from its end starts the next one
# (the conjunction itself is dropped from both).
_BOUNDARY = re.compile(
    r"\s*;\s*"
    r"|\s+[—–]\s+and\s+(?=" + _OPENER + r")"
    r"|,\s+while\s+"
    r"|,?\s+but\s+"
    r"|,\s+and\s+(?=" + _OPENER + r")"
    r"|\s+and\s+(?=that\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")
# Quoted speech is one utterance, attributed as a whole (and matched across outlets as a quote variant by
# ``quotes``): a boundary inside quotation marks is not a clause boundary of the reporting sentence.
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’")
_TRIM = " \t,;:—–-\"“”'‘’"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the clauses of one sentence; the whole sentence when it has one.

    Pieces are merged greedily left to right until each has at least ``MIN_CLAUSE_WORDS`` words; a short last
    piece joins the one before it. Spans are trimmed of surrounding spaces, quotes and punctuation.
    """
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    cuts = [
        (m.start(), m.end())
        for m in _BOUNDARY.finditer(text)
        if m.start() > 0 and m.end() < len(text) and not any(a < m.start() < b for a, b in quoted)
    ]
    if not cuts:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut_start, cut_end in cuts:
        if _words(text[start:cut_start]) >= MIN_CLAUSE_WORDS and _words(text[cut_end:]) >= MIN_CLAUSE_WORDS:
            pieces.append((start, cut_start))
            start = cut_end
    pieces.append((start, len(text)))
    return [_trim(text, a, b) for a, b in pieces]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(_TRIM))
    right = len(piece.rstrip(_TRIM))
    return (start + left, start + right) if right > left else (start, start)
