"""Summarizers, each under a versioned name stored with every brief (``summarize.<name>.v1``).

A summarizer is ``(articles, words) -> tuple[SummarySentence, ...]``: extractive (a sentence may be trimmed,
never rewritten), every sentence cited to the article sentence(s) it comes from.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence

from newsdesk.model import Article, Citation, SummarySentence

from .centroid import summarize_centroid
from .compressive import summarize_compressive, summarize_compressive_v2
from .concepts import Choice, summarize_concepts
from .learned import (
    learned_choice,
    summarize_learned,
    summarize_learned_v1,
    summarize_learned_v2,
    summarize_learned_v3,
)

Summarizer = Callable[[Sequence[Article], int], tuple[SummarySentence, ...]]

SUMMARIZERS: dict[str, Summarizer] = {
    "summarize.centroid.v1": summarize_centroid,
    "summarize.concepts.v1": summarize_concepts,
    "summarize.compressive.v1": summarize_compressive,
    "summarize.compressive.v2": summarize_compressive_v2,
    "summarize.learned.v1": summarize_learned_v1,
    "summarize.learned.v2": summarize_learned_v2,
    "summarize.learned.v3": summarize_learned_v3,
    "summarize.learned.v4": summarize_learned,
}
# learned.v1 (compressive.v2 with concept weights from a model trained on DUC 2004 dev) beats compressive.v2 on
# DUC 2004 dev cross-validated, each cluster summarized by a model that never saw it: 0.4005/0.1035
# (5-fold; leave-one-out 0.4015/0.1042) vs 0.3940/0.1000 (docs/benchmarks.md). compressive.v2 beats
# compressive.v1 (0.3896/0.0952), which beats concepts.v1 (0.3850/0.0936) and centroid.v1 (0.377/0.0986).
# The concept summarizers take the alignment's corroboration counts as a prior, so facts several outlets state
# come first. learned.v2 is learned.v1 with at most concepts.MAX_CANDIDATES sentences offered to the ILP, so a large
# story's summary no longer depends on how loaded the machine is; DUC clusters are below the cap (same figures).
# learned.v3 is learned.v2 with no caption (a name and its apposition, no verb) among the candidates, trimmed or not.
# learned.v4 is learned.v3 with no sentence from the unmarked middle of a quotation running over several sentences.
DEFAULT_SUMMARIZER = "summarize.learned.v4"
# The summarizers whose choice can be repaired line by line (``summarize.lines``): the ILP they solved ranks the
# candidates for a line that is replaced.
CHOOSERS: dict[str, Callable[..., Choice | None]] = {"summarize.learned.v4": learned_choice}


def summarize(
    name: str, articles: Sequence[Article], words: int, prior: Mapping[Citation, float] | None = None
) -> tuple[SummarySentence, ...]:
    """Run summarizer ``name``; ``prior`` (corroboration per sentence) goes to summarizers that take one."""
    summarizer = get_summarizer(name)
    if prior and "prior" in inspect.signature(summarizer).parameters:
        return summarizer(articles, words, prior=prior)  # type: ignore[call-arg]
    return summarizer(articles, words)


def get_summarizer(name: str) -> Summarizer:
    try:
        return SUMMARIZERS[name]
    except KeyError:
        raise KeyError(f"unknown summarizer {name!r}; known: {', '.join(sorted(SUMMARIZERS))}") from None


def summary_choice(
    name: str,
    articles: Sequence[Article],
    words: int,
    prior: Mapping[Citation, float] | None = None,
    speakers: bool = False,
) -> Choice | None:
    """Summarizer ``name``'s choice before it is written out (``summarize(name, …)`` is ``choice.summary``), or None
    when it has none to give (not in ``CHOOSERS``, or nothing to choose from). ``speakers``: a first-person line keeps
    the attribution closing it (a brief's line must carry its speaker; ``summarize.lines.v2``)."""
    chooser = CHOOSERS.get(name)
    return chooser(articles, words, prior=prior or None, speakers=speakers) if chooser else None
