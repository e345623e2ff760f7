"""Quote variants: the same words rendered differently by two outlets become one quote with variants.

Outlets trim, reorder and re-punctuate what a speaker said ("In a very constructive meeting today with Prime
Minister Netanyahu, he confirmed…" vs "In a very constructive meeting with Prime Minister Netanyahu today, he
confirmed…"). Two quotes are renderings of one utterance when their speakers are compatible and their word
sequences are close by token-set similarity (rapidfuzz, the SeatGeek ``token_set_ratio``: order-insensitive,
and tolerant of one rendering being a trimmed part of the other).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsdesk.model import Citation, Quote

ALGORITHM = "align.quote-variants.v1"
# token_set_ratio ≥ 75: the two renderings share at least three quarters of their words once trimmed parts
# are set aside. Different sentences by the same speaker in one story score 30-60 on the seeds.
MIN_RATIO = 75.0
# A quote this short ("constructive", "decisive moment") is a word, not a rendering: it merges only when equal.
MIN_WORDS = 5
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _surname(speaker: str | None) -> str | None:
    return speaker.split()[-1].lower() if speaker and speaker.split() else None


def same_utterance(a: Quote, b: Quote) -> bool:
    """Compatible speakers (equal surnames, or one unknown) and close wording."""
    sa, sb = _surname(a.speaker), _surname(b.speaker)
    if sa and sb and sa != sb:
        return False
    return same_wording(a.text, b.text)


def same_wording(a: str, b: str) -> bool:
    """Two renderings of one quote: the same words when short, else a token-set ratio of at least ``MIN_RATIO``."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if min(len(wa.split()), len(wb.split())) < MIN_WORDS:
        return wa == wb
    return fuzz.token_set_ratio(wa, wb) >= MIN_RATIO


def _best(group: Sequence[Quote]) -> Quote:
    """The fullest rendering (most words) with a known speaker; ties go to the earliest article order."""
    return max(group, key=lambda q: (q.speaker is not None, len(_words(q.text).split()), -group.index(q)))


def merge_quote_variants(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """One quote per utterance; ``variants`` cites every other rendering (other articles, or the same one).

    Grouping is complete-link: a quote joins a group only if it is the same utterance as every member, so
    a trimmed fragment shared by two different long quotes cannot fuse them.
    """
    groups: list[list[Quote]] = []
    for quote in quotes:
        for group in groups:
            if all(same_utterance(quote, member) for member in group):
                group.append(quote)
                break
        else:
            groups.append([quote])
    merged = []
    for group in groups:
        best = _best(group)
        others = [q for q in group if q is not best]
        variants = tuple(dict.fromkeys((*best.variants, *(Citation(q.article, q.sentence) for q in others))))
        speaker = best.speaker or next((q.speaker for q in others if q.speaker), None)
        merged.append(dataclasses.replace(best, speaker=speaker, variants=variants))
    return tuple(merged)
