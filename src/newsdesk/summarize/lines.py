"""Repair a summary one line at a time (``summarize.lines.v1``): a line a reader rejects is replaced by the candidate
the summarizer ranks next, and the other lines stay.

A summary line is read away from its article, and a reader rejects one that leans on context it does not carry ("…
said the Libyan leader was to blame.": ``summarize.references``). ``references.standalone_summary`` (v1) summarized
once more without the sentences that lean back, which re-picks every line: good lines went with the bad one and a
ticker fragment came in (docs/benchmarks.md, session 16, helper ``lean``). Here the lines that stand are kept and each
rejected one gives its words to the best candidate by the summarizer's own objective with the kept lines fixed
(``concepts.Problem.gains``: the weight of the concepts no kept line covers plus the candidate's bonus, the ILP's
objective for one line more), that fits the words left and is not rejected where it would stand. One candidate per
rejected line: the summary is never longer in lines than the ILP's, and no second ILP is solved.

v2: the summarizer is asked for lines that carry their speaker (``trim``'s ``speakers``): a first-person sentence
keeps the attribution closing it ("We are now up to 25 suspected cases in the UK, Johnson said.", not "We are now up
to 25 suspected cases in the UK."), and the ILP weighs it at that length; and a line with no words is rejected (a
story whose every sentence the brief withholds, a page of another site's promos, was summarized by one empty line: the
ILP's fallback, its lead within the budget, is a withheld sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsdesk.model import Article, Citation, SummarySentence

from . import summarize, summary_choice
from .citations import reading_order
from .concepts import Choice
from .references import dangling_positions, standalone_summary

ALGORITHM = "summarize.lines.v2"

Key = tuple[str, int]  # (article id, sentence index)
# The positions, in a summary's reading order, of the lines a reader rejects there (their keys given in that order).
Rejects = Callable[[Sequence[Key]], set[int]]
# A candidate rejected where it would stand is passed over; after this many, the line is left out (each trial is a
# set of string checks, but a story offers up to ``concepts.MAX_CANDIDATES`` candidates).
MAX_TRIALS = 100


def repaired_summary(
    choice: Choice, articles: Sequence[Article], words: int, rejects: Rejects
) -> tuple[SummarySentence, ...]:
    """``choice``'s summary with every line ``rejects`` names replaced by the best candidate that is not rejected where
    it stands and fits in ``words`` with the kept lines (or left out when none does)."""
    pool, lengths = choice.pool, choice.problem.lengths

    def keys(chosen: Sequence[int]) -> list[Key]:
        return [(pool[j][0].id, pool[j][1].i) for j in chosen]

    kept = reading_order(pool, choice.chosen, articles)
    tried = set(kept)
    slots = 0
    while bad := rejects(keys(kept)):  # a line whose antecedent line went leans where it now stands
        slots += len(bad)
        kept = [j for n, j in enumerate(kept) if n not in bad]
    for _ in range(slots):
        room = words - sum(int(lengths[j]) for j in kept)
        trials = 0
        for _gain, j in choice.problem.gains(kept):
            if j in tried or lengths[j] > room:
                continue
            tried.add(j)
            trial = reading_order(pool, [*kept, j], articles)
            if not rejects(keys(trial)):
                kept = trial
                break
            trials += 1
            if trials >= MAX_TRIALS:
                break
    return choice.summary(kept, articles)


def standalone_lines(
    summarizer: str,
    articles: Sequence[Article],
    words: int,
    prior: Mapping[Citation, float],
    dangling: frozenset[Key],
) -> tuple[SummarySentence, ...]:
    """A brief's summary: ``summarizer``'s, each line that dangles where it stands (``dangling``: sentences that lean on
    the one before them, ``references.dangling_references``) replaced by the candidate ranked next; a summarizer with
    no choice to repair (not in ``summarize.CHOOSERS``) summarizes once more without such sentences (v1's
    ``references.standalone_summary``). A first-person line keeps the attribution that names its speaker, and a line
    with no words is rejected (v2)."""
    choice = summary_choice(summarizer, articles, words, prior, speakers=True)
    if choice is None:
        return standalone_summary(lambda pool: summarize(summarizer, pool, words, prior=prior), articles, dangling)
    empty = {(a.id, s.i) for (a, s), text in zip(choice.pool, choice.texts, strict=True) if not text.strip()}

    def rejects(keys: Sequence[Key]) -> set[int]:
        return dangling_positions(keys, dangling) | {n for n, key in enumerate(keys) if key in empty}

    return repaired_summary(choice, articles, words, rejects)
