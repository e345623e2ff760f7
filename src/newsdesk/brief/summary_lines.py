"""The summary lines a reader of a brief rejects where they stand (``summarize.lines.v1``'s rejects): a line that
leans on context it does not carry (``summarize.references``), and a line that gives a count another line gives.

A story's toll is told again and again as it rises: haiti_bbc's summary had four of its six lines on the death toll
("up to 50,000 people have been killed" on the 14th, "which killed as many as 200,000" on the 22nd, "the death toll
… was likely to be between 100,000 and 200,000" on the 24th). Two lines repeat when each carries a figure counting
the same outcome (a class of ``align.quantities.OUTCOMES``: killed, injured, missing, held, displaced), nothing tells
the two apart as two quantities (``align.quantities.same_quantity``: a part, an increment), the clauses of the two
figures name no two different places ("has killed up to 60 people in Mexico" and "it killed more than 600,000 people
in the United States alone" are two counts; "has killed up to 176 people there" names none) and the two sentences name
the same years ("The last flu pandemic was in 1968 when "Hong Kong" flu killed about a million people" is another
toll). Of two that repeat, the line of the later report stays: a later toll updates an earlier one (as a conflict's
``update`` kind reads it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from newsdesk.align.frames import CLASS_OF
from newsdesk.align.quantities import (
    OUTCOMES,
    Quantity,
    is_age,
    is_conversion,
    names_one,
    quantity,
    same_quantity,
)
from newsdesk.align.similarity import stems
from newsdesk.model import Annotations, Article, Citation, Figure, Mention, SummarySentence
from newsdesk.summarize import summarize, summary_choice
from newsdesk.summarize.lines import Key, Rejects, repaired_summary
from newsdesk.summarize.references import dangling_positions, standalone_summary

# A stem's outcome: the frame lexicon's "killed", "arrested" and the outcomes' "died", "death", "injured" ...
_OUTCOME_OF = {s: c for s, c in CLASS_OF.items() if c in OUTCOMES} | {s: c for c, g in OUTCOMES.items() for s in g}
# Where the clause a figure ends begins: "the 7.0-magnitude quake, which killed as many as 200,000" → "killed as many
# as"; "Haitian officials said the death toll from the quake was likely to be between 100,000" → the whole of it.
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|but|while|which|who|that|when|after|before|because)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Count:
    """What a figure counts: an outcome class of ``OUTCOMES``, the quantity and the places its clause names."""

    outcome: str
    quantity: Quantity
    places: frozenset[str]

    def same(self, other: Count) -> bool:
        """Whether two counts may be one: one outcome, one quantity, and no two different places."""
        apart = bool(self.places and other.places and not self.places & other.places)
        return self.outcome == other.outcome and same_quantity(self.quantity, other.quantity) and not apart


def outcome_count(figure: Figure, article: Article, mentions: Sequence[Mention] = ()) -> Count | None:
    """What a figure counts, or None when it counts no outcome: the class of its predicate
    (``align.quantities.quantity``), else of a word of what the extractor says it counts ("killed"), else of a word of
    the clause it ends ("the death toll … was likely to be between 100,000 …"); with the places (GPE ``mentions``)
    its clause names. A part ("three of the dead") or an increment ("a further five were killed") is no count of the
    story's outcome."""
    if names_one(figure) or is_age(figure, article) or is_conversion(figure, article):
        return None
    measured = quantity(figure, article)
    if measured.part or measured.increment or measured.measure:
        return None
    sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence else (figure.start, figure.end)
    clause = _CLAUSE_BREAK.split(article.text[start : figure.start])[-1]
    after = _CLAUSE_BREAK.search(article.text, figure.end, end)
    window = (figure.start - len(clause), after.start() if after else end)
    places = frozenset(m.text.lower() for m in mentions if m.label == "GPE" and window[0] <= m.span.start < window[1])
    if measured.predicate in OUTCOMES:
        return Count(measured.predicate, measured, places)
    for word in stems(f"{figure.context or ''} {clause}"):
        if word in _OUTCOME_OF:
            return Count(_OUTCOME_OF[word], measured, places)
    return None


def line_rejects(
    articles: Sequence[Article], annotations: Mapping[str, Annotations], dangling: frozenset[Key]
) -> Rejects:
    """``rejects`` for ``summarize.lines.repaired_summary``: the lines that dangle where they stand
    (``references.dangling_positions``) and, of two lines that give the same count, the one of the earlier report
    (the second in reading order when both are of one day or undated)."""
    by_id = {a.id: a for a in articles}
    counts: dict[Key, list[Count]] = {}
    years: dict[Key, frozenset[str]] = {}
    for article in articles:
        ann = annotations.get(article.id)
        for figure in ann.figures if ann else ():
            found = outcome_count(figure, article, ann.mentions if ann else ())
            if found:
                key = (article.id, figure.sentence)
                counts.setdefault(key, []).append(found)
                years[key] = frozenset(_YEAR.findall(article.sentences[figure.sentence].text))

    def repeats(a: Key, b: Key) -> bool:
        same = any(x.same(y) for x in counts.get(a, ()) for y in counts.get(b, ()))
        return same and years[a] == years[b]

    def later(a: Key, b: Key) -> bool:
        first, second = by_id[a[0]].published, by_id[b[0]].published
        return first is not None and (second is None or first > second)

    def rejects(keys: Sequence[Key]) -> set[int]:
        bad = dangling_positions(keys, dangling)
        for m, n in combinations(range(len(keys)), 2):
            if repeats(keys[m], keys[n]):
                bad.add(m if later(keys[n], keys[m]) else n)
        return bad

    return rejects


def brief_summary(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotations],
    dangling: frozenset[Key],
    summarizer: str,
    words: int,
    prior: Mapping[Citation, float],
) -> tuple[SummarySentence, ...]:
    """A brief's summary: ``summarizer``'s, each line a reader rejects (``line_rejects``) replaced by the candidate
    ranked next (``summarize.lines``); a summarizer with no choice to repair summarizes once more without the
    sentences that lean back (``references.standalone_summary``)."""
    choice = summary_choice(summarizer, articles, words, prior)
    if choice is None:
        return standalone_summary(lambda pool: summarize(summarizer, pool, words, prior=prior), articles, dangling)
    return repaired_summary(choice, articles, words, line_rejects(articles, annotations, dangling))
