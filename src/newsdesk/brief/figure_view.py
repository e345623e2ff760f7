"""How the text, Markdown and HTML briefs show one figure of ``Story.figures``: what it counts and the day it was
reported, from the JSON brief's dicts, so every view shows the same line.

- The day: the day it is about, its ``day`` (``brief.figure-variants.v7``: a day its sentence names, else the day it
  was reported); a brief made before v5 has none, and shows the earliest publication date of the articles citing it
  (``brief.figures.reported``, by which v4 orders a count's figures): "13 — children" and "10 — children" side by side
  are two days' counts, and say so.
- What it counts: its label; a figure the extractor found no label for ("$900m") shows the words around it in its
  sentence instead of nothing (``AROUND_WORDS`` each side, as the article has them).
- Its words: the extractor reads "a million" as the number 1,000,000 but its span is "million" (a number run
  does not start at "a"; ``extract.numbers.parse_words`` skips it); shown alone, "million — deaths" reads as a
  fragment, so an "a" or "an" right before a scale word is shown with it.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.extract.numbers import SCALES

AROUND_WORDS = 5  # about a clause's worth of words: "the government pledged $900m to fight the" virus
_WORD = re.compile(r"\S+")
_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)


def reported_day(fig: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str | None:
    """The day ``fig`` is about (v5's ``day``), else the earliest publication date (ISO) of the articles citing it,
    or None."""
    if fig.get("day"):
        return str(fig["day"])
    cited = [{"article": fig["article"]}, *fig.get("variants", ())]
    days = [day for c in cited if (day := (by_id.get(c["article"]) or {}).get("published"))]
    return min(days) if days else None


def _sentence(fig: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> tuple[str, int, int] | None:
    """The figure's sentence and the figure's span in it (a figure's offsets are its article's, as its sentence's)."""
    article = by_id.get(fig["article"])
    if article is None or "start" not in fig or fig["sentence"] >= len(article["sentences"]):
        return None
    sentence = article["sentences"][fig["sentence"]]
    start, end = fig["start"] - sentence["start"], fig["end"] - sentence["start"]
    return (sentence["text"], start, end) if 0 <= start <= end <= len(sentence["text"]) else None


def figure_words(fig: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    """The figure as its sentence writes it: "a million", not "million"."""
    text = fig["text"]
    found = _sentence(fig, by_id)
    if found is None or not text.split() or text.split()[0].lower() not in SCALES:
        return text
    sentence, start, _ = found
    before = _ARTICLE_BEFORE.search(sentence[max(0, start - 4) : start])
    return f"{before.group(1)} {text}" if before else text


def around(fig: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    """The ``AROUND_WORDS`` words either side of the figure in its sentence, cut from the sentence as written (a
    full stop stays on its word: "three hours.", not "three hours ."), "…" where the sentence goes on."""
    found = _sentence(fig, by_id)
    if found is None:
        return ""
    sentence, start, end = found
    before = [m.start() for m in _WORD.finditer(sentence, 0, start)]
    after = [m.end() for m in _WORD.finditer(sentence, end)]
    left = before[-AROUND_WORDS] if len(before) >= AROUND_WORDS else 0
    right = after[AROUND_WORDS - 1] if len(after) >= AROUND_WORDS else len(sentence)
    lead = "…" if len(before) > AROUND_WORDS else ""
    tail = "…" if len(after) > AROUND_WORDS else ""
    return f"{lead}{sentence[left:right].strip()}{tail}"


def figure_parts(fig: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict[str, str | None]:
    """``words``, ``what`` (its label, else “the words around it”) and ``day`` of one figure line."""
    what = fig.get("context") or (f"“{words}”" if (words := around(fig, by_id)) else None)
    return {"words": figure_words(fig, by_id), "what": what, "day": reported_day(fig, by_id)}


def figure_line(fig: dict[str, Any], by_id: dict[str, dict[str, Any]], cite: str) -> str:
    """``1,085 — cases of infection reported (2009-04-30) [49.55]``"""
    parts = figure_parts(fig, by_id)
    what = f" — {parts['what']}" if parts["what"] else ""
    day = f" ({parts['day']})" if parts["day"] else ""
    return f"{parts['words']}{what}{day} {cite}"
