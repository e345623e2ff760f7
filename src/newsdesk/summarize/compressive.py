"""Compressive concept summary: ``summarize.concepts.v1``'s ILP over trimmed sentences.

Each sentence first loses its low-content parts (``trim``: a leading connective, parentheses, a trailing
attribution such as ", officials said Tuesday."), then the concept ILP (Gillick & Favre, 2009) picks among the
trimmed sentences, so the word budget holds more of what the outlets agree on. Trimming before selection is
how CLASSY (Conroy et al., DUC 2005/2006) and Trimmer (Zajic et al., 2007) used compression; the concept
weights still count the articles' full sentences. A summary sentence is its source sentence with spans cut
out, cited to that sentence (and to the same fact in other outlets, as every summarizer here does).

The rules kept are a fixed global setting chosen on the DUC 2004 dev split (docs/benchmarks.md): relative
clauses, ages and leading time/place phrases were tried and hurt ROUGE there, and offering the ILP both the
full and the trimmed form of every sentence scored lower than trimmed forms only.

``summarize.compressive.v2`` is the same with two changes to the concepts (``V2``): bigrams made only of stop
words count as concepts (ROUGE-2 counts "of the" as it counts "peace talks"), and a sentence closing a quote
with DUC's ``''`` (a quote whose opening mark is in the previous sentence) is a quote, not a candidate. On DUC
2004 dev: 0.3896/0.0952 (v1) → 0.3940/0.1000 (v2), docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.model import Article, SummarySentence

from .citations import cited_summary, reading_order, sentence_pool
from .concepts import V1, ConceptSettings, Prior, choose_concepts
from .trim import trim

NAME = "summarize.compressive.v1"
NAME_V2 = "summarize.compressive.v2"
RULES = ("connective", "parenthesis", "trailing_attribution")
V2 = ConceptSettings(stop_bigrams=True, quote_marks=(*V1.quote_marks, "''"))


def summarize_compressive(
    articles: Sequence[Article], words: int, prior: Prior | None = None, settings: ConceptSettings = V1
) -> tuple[SummarySentence, ...]:
    """Like ``summarize_concepts`` (same ``prior``), with every sentence trimmed before selection."""
    pool = sentence_pool(articles)
    if not pool:
        return ()
    texts = [trim(s.text, RULES) for _, s in pool]
    chosen, vectors, _ = choose_concepts(pool, texts, words, prior, settings)
    return cited_summary(pool, reading_order(pool, chosen, articles), vectors, texts)


def summarize_compressive_v2(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``summarize.compressive.v2``: v1 with stop-word bigram concepts and DUC's closing quote mark."""
    return summarize_compressive(articles, words, prior, V2)
