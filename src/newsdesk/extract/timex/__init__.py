"""Time expressions: TIMEX3-style extraction and normalization, anchored on the article's published date.

Algorithm ``extract.timex.rules.v1``: a rule grammar in the manner of HeidelTime (Strötgen & Gertz,
*HeidelTime: High Quality Rule-Based Extraction and Normalization of Temporal Expressions*, SemEval 2010):
every rule is a regular expression over word lists plus a normalization function; all rules run over the
text, overlapping candidates are resolved longest-first (then by rule order), and relative expressions are
anchored on the published date with news tense heuristics (see ``anchor``). With no published date, a
relative expression keeps an underspecified value (``XXXX-WXX-7``) or None, plus its ``relation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsdesk.model import Article, Timex

from .calendar_rules import RULES as CALENDAR_RULES
from .discourse import in_context
from .grammar import Context, Rule
from .period_rules import RULES as PERIOD_RULES
from .relative_rules import RULES as RELATIVE_RULES

ALGORITHM = "extract.timex.rules.v1"
RULES: tuple[Rule, ...] = CALENDAR_RULES + RELATIVE_RULES + PERIOD_RULES
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class TimexSpan:
    """One time expression of a text: ``text[start:end]``, its TIMEX3 type and value, and how it was read."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    relation: str | None = None
    rule: str = ""


def _candidates(text: str, anchor: date | None) -> list[tuple[int, int, int, TimexSpan]]:
    context = Context(text, anchor)
    found = []
    for order, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            norm = rule.handler(match, context)
            if norm is None:
                continue
            span = TimexSpan(
                match.start(), match.end(), match.group(0), norm.type, norm.value, norm.relation, rule.name
            )
            found.append((match.start(), match.end(), order, span))
    return found


def tag_timexes(text: str, anchor: date | None) -> list[TimexSpan]:
    """All time expressions of ``text`` in order, normalized against ``anchor`` (the published date).

    Never raises on text: impossible dates ("February 30") come back with ``value=None`` and a relation
    saying why; without an anchor relative expressions are left unresolved rather than guessed.
    """
    if not text:
        return []
    candidates = _candidates(text, anchor)
    # Longest match first, then the earlier rule: the standard resolution of overlapping rule matches.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    kept: list[TimexSpan] = []
    for start, end, _, span in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append(span)
    return in_context(text, sorted(kept, key=lambda s: (s.start, s.end)))


def find_timexes(article: Article) -> tuple[Timex, ...]:
    """The article's time expressions as model records, each tied to the sentence that contains it."""
    result = []
    sentences = article.sentences
    index = 0
    for span in tag_timexes(article.text, article.published):
        while index < len(sentences) - 1 and sentences[index].end <= span.start:
            index += 1
        sentence = sentences[index].i if sentences else 0
        result.append(
            Timex(
                article=article.id,
                sentence=sentence,
                start=span.start,
                end=span.end,
                text=span.text,
                type=span.type,
                value=span.value,
                relation=span.relation,
            )
        )
    return tuple(result)


__all__ = ["ALGORITHM", "TimexSpan", "find_timexes", "tag_timexes"]
