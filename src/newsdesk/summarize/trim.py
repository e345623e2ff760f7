"""Sentence trimming: drop the low-content parts of a news sentence so a word budget holds more facts.

Rules in the spirit of the trimming of CLASSY (Conroy et al., DUC 2005/2006) and Trimmer (Zajic, Dorr, Lin &
Schwartz, 2007, *Multi-candidate reduction*): a sentence keeps its subject, verb and object, and loses what a
summary reader does not need — a leading connective ("However,"), a short leading time/place phrase ("On
Sunday,"), a parenthesis, a non-restrictive relative clause or age between commas, and a trailing attribution
(", officials said Tuesday."). Each rule only deletes characters of the sentence, never rewrites words, so a
trimmed sentence is its source with spans cut out (then its first letter capitalised and its full stop kept),
and still cites that source sentence; ``is_trim_of`` checks it. A rule whose cut would leave fewer than
``MIN_KEPT`` words is not applied.
"""

from __future__ import annotations

import re

MIN_KEPT = 6

_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Also|In addition|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|"
    r"Separately|Still|Thus|Therefore|Besides|Additionally|Consequently|Likewise|Similarly|Otherwise|In fact|"
    r"Of course|As a result|At the same time|In turn|For example|For instance|In the meantime|Then|Now|"
    r"In other words|By contrast|In contrast|Even so|On the other hand|Previously|Ultimately|Finally),\s+"
    r"|^(?:And|But|So|Yet)\s+"
)
# "On Sunday," / "In July," / "Earlier this week," — at most four words before the comma, no digits-only noise.
_LEAD_PHRASE = re.compile(
    r"^(?:On|In|At|During|Earlier|Later|Last|This|Late|Early|Since|Until|By|Over|Within)\b(?:\s+[^\s,]+){0,3},\s+"
)
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s[^,;]*?(?:,(?=\s)|(?=[.!?]?$))")
_AGE = re.compile(r",\s+\d{1,3},(?=\s)")
# The last comma's tail, when it is only an attribution: ", sources told Reuters." ", said the official." ", the
# ministry said on Sunday." ", according to police."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:said|according\s+to)\s[^,]{1,60}"
    r"|(?:[^\s,]+\s+){1,6}(?:said|says|added|told\s+[^\s,]+|reported)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?)"
    r"(?=[.!?]?$)"
)
_WORD = re.compile(r"[A-Za-z0-9]+")

RULES: dict[str, re.Pattern[str]] = {
    "connective": _CONNECTIVE,
    "lead_phrase": _LEAD_PHRASE,
    "parenthesis": _PARENTHESIS,
    "relative_clause": _RELATIVE,
    "age": _AGE,
    "trailing_attribution": _TRAILING_ATTRIBUTION,
}
DEFAULT_RULES = tuple(RULES)


def trim(text: str, rules: tuple[str, ...] = DEFAULT_RULES) -> str:
    """``text`` with the spans of every applicable rule cut out (rules applied in ``RULES`` order)."""
    result = text.strip()
    for name in rules:
        pattern = RULES[name]
        cut = pattern.sub("", result, count=0 if name in ("parenthesis", "relative_clause", "age") else 1)
        if cut != result and len(cut.split()) >= MIN_KEPT:
            result = cut
    result = result.strip()
    if result and result != text.strip():
        result = result[0].upper() + result[1:]
        if text.rstrip()[-1:] in ".!?" and result[-1:] not in ".!?":
            result += text.rstrip()[-1]
    return result


def is_trim_of(text: str, source: str) -> bool:
    """``text``'s words are ``source``'s words in order with some left out (case-insensitive): it states
    nothing its source sentence does not."""
    words = iter(w.lower() for w in _WORD.findall(source))
    return all(any(w == s for s in words) for w in (w.lower() for w in _WORD.findall(text)))
