"""The brief's Figures list: each claim once, citing the sentences that the alignment says state it.

Outlets repeat a claim ("killing about 1,200 people", "about 1,200 people were killed"), and so do an outlet's
own pages (a background box repeated on every story). A figure is listed once per reading (value, qualifier,
unit and label), as before. Two tellings are one claim, listed once with both citations, when one aligned fact
cites both sentences, each sentence gives that value once, and they count the same thing: the same reading, a
word stem in common between unit and label, as ``align.conflicts`` compares figures ("people killed" /
"Palestinians killed"), or both are ordinals, which place the fact's own event in its series whatever word an
outlet uses for it ("ninth visit" / "ninth diplomatic mission"). The same reading outside one fact ("two weeks"
in "two weeks ago" and in "over the last two weeks"; "more than 100 — people" sick in a school and dead in
Mexico) is as likely two claims as one, so it cites only its first telling.

v2 lists the figures a reader needs first: those that more articles' sentences state, then those of facts that more
independent sources state, then in story order. A 60-article story has hundreds of figures and the text brief shows
25; in story order they were the first pages' chatter ("We're back in 60 seconds", "I lost 15 pounds").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from newsdesk.align.similarity import stems
from newsdesk.extract.numbers import ORDINALS
from newsdesk.model import Citation, Fact, Figure

ALGORITHM = "brief.figure-variants.v2"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _ordinal(figure: Figure) -> bool:
    return figure.text.lower() in ORDINALS or bool(_ORDINAL.fullmatch(figure.text))


def _same_thing(a: Figure, b: Figure) -> bool:
    if (a.unit, a.context) == (b.unit, b.context) or (_ordinal(a) and _ordinal(b)):
        return True
    words = [set(stems(" ".join(x for x in (f.unit, f.context) if x))) for f in (a, b)]
    return bool(words[0] & words[1])


def story_figures(figures: Iterable[Figure], facts: Iterable[Fact] = ()) -> tuple[Figure, ...]:
    """The figures a story's brief lists: resolved values that say what they count, each claim once (see the
    module docstring), most corroborated first. The first telling is kept; ``variants`` cites the others."""
    shown = [f for f in figures if f.value is not None and (f.context or f.unit)]
    once = Counter((f.article, f.sentence, f.value) for f in shown)
    fact_of: dict[tuple[str, int], int] = {}
    fact_list = list(facts)
    for index, fact in enumerate(fact_list):
        for c in fact.citations:
            fact_of.setdefault((c.article, c.sentence), index)
    same_words: dict[tuple[object, ...], int] = {}
    in_fact: dict[tuple[object, ...], list[int]] = {}
    kept: list[Figure] = []
    for figure in shown:
        words = (figure.value, figure.unit, figure.qualifier, figure.context)
        where = fact_of.get((figure.article, figure.sentence))
        alone = once[(figure.article, figure.sentence, figure.value)] == 1
        fact_key = (figure.value, where) if where is not None and alone else None
        k = same_words.get(words)
        aligned = [j for j in in_fact.get(fact_key, []) if _same_thing(kept[j], figure)] if fact_key else []
        if aligned and (k is None or k in aligned):
            k = aligned[0] if k is None else k
            cite = Citation(figure.article, figure.sentence)
            if cite != Citation(kept[k].article, kept[k].sentence) and cite not in kept[k].variants:
                kept[k] = dataclasses.replace(kept[k], variants=(*kept[k].variants, cite))
        elif k is None:
            k = len(kept)
            kept.append(figure)
        same_words.setdefault(words, k)
        if fact_key is not None and k not in in_fact.setdefault(fact_key, []):
            in_fact[fact_key].append(k)

    def weight(item: tuple[int, Figure]) -> tuple[int, int, int]:
        index, figure = item
        articles = len({figure.article, *(c.article for c in figure.variants)})
        where = fact_of.get((figure.article, figure.sentence))
        return -articles, -(len(fact_list[where].sources) if where is not None else 1), index

    return tuple(figure for _, figure in sorted(enumerate(kept), key=weight))
