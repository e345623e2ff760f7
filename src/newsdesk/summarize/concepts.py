"""Concept-coverage summary by integer linear programming (Gillick & Favre, 2009, *A Scalable Global Model for
Summarization*; the ICSI summarizer of TAC 2008/09), with citation merging.

Concepts are stemmed word bigrams that are not made only of stop words; a concept's weight is the number of
independent articles that use it, so what several outlets report outweighs what one outlet says. The ILP picks
the set of sentences, within the word budget, that covers the greatest total weight of distinct concepts:
a concept counts once however many chosen sentences contain it, which removes redundancy without a
similarity threshold. Following Gillick & Favre, concepts used by fewer than ``MIN_DOCS`` articles are
dropped (they are mostly noise and only slow the solver), and short sentences are not candidates.

Additions, each a fixed global setting chosen on the DUC 2004 dev split among a handful of variants
(documented in docs/benchmarks.md), never per cluster:
- **Position** (Gillick, Favre & Hakkani-Tür, TAC 2008, "first-sentence" concept weighting): each article's
  count for a concept is boosted when the concept appears in the article's lead, where news states its main
  facts.
- **Relevance**: a sentence bonus proportional to its length times its centroid relevance (TF-IDF cosine to
  the story centroid plus a lead bonus, as in ``summarize.centroid.v1``, Radev et al. 2004). Pure coverage
  favours short, dense sentences from deep in an article; this pulls the selection back to central ones
  (+0.005 R-1 and +0.004 R-2 on DUC 2004 dev).
- **Reporter's voice**: sentences carrying quotation marks are not candidates (quotes have their own section
  of the brief, and a summary states facts rather than repeating what someone said): +0.005 R-1 on dev.
- **Prior** (optional): a per-sentence weight, e.g. how many independent sources corroborate the fact the
  sentence states (from cross-source alignment). It enters the objective as a sentence bonus in units of the
  median concept weight, so a corroborated sentence wins ties and close calls but cannot buy coverage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article, Citation, SummarySentence
from newsdesk.text.vectors import tfidf_matrix, word_count

from .centroid import centroid_relevance
from .citations import Pool, cited_summary, reading_order, sentence_pool
from .tokens import content_tokens

NAME = "summarize.concepts.v1"
# Gillick & Favre (2009) keep bigrams found in at least 3 documents of a 10-document DUC/TAC cluster; for a
# smaller story the bar scales down, but never below 2 (a concept one outlet uses is not corroborated).
MIN_DOCS = 3
MIN_DOC_SHARE = 0.3
MIN_WORDS = 8  # shorter sentences are mostly datelines, captions and fragments (Gillick & Favre use 10)
LEAD_SENTENCES = 3  # the lead of a news story: headline fact in sentence 0, context in the next two
LEAD_BOOST = 1.0  # an article's count for a concept doubles when the concept is in its lead
PRIOR_WEIGHT = 1.0  # one unit of prior (e.g. one more corroborating source) is worth one median concept
RELEVANCE_WEIGHT = 10.0  # bonus per 10 words at relevance 1, in units of the median concept weight
TIE_BREAK = 1e-3  # among equally good selections, prefer earlier sentences (a fraction of one concept weight)
SOLVER_SECONDS = 5.0  # HiGHS returns its best selection so far when a huge story hits this

Prior = Mapping[Citation, float]


def concept_weights(pool: Pool, tokens: Sequence[list[str]], n_articles: int) -> dict[tuple[str, ...], float]:
    """Bigram → summed per-article weight (1, or 1 + LEAD_BOOST when the article has it in its lead)."""
    per_article: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    for (article, sentence), words in zip(pool, tokens, strict=True):
        weight = 1.0 + (LEAD_BOOST if sentence.i < LEAD_SENTENCES else 0.0)
        for bigram in _bigrams(words):
            seen = per_article[bigram]
            seen[article.id] = max(seen.get(article.id, 0.0), weight)
    min_docs = max(2, min(MIN_DOCS, round(MIN_DOC_SHARE * n_articles)))
    return {c: sum(seen.values()) for c, seen in per_article.items() if len(seen) >= min_docs}


def _bigrams(words: Sequence[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in pairwise(words) if not (a in ENGLISH_STOP_WORDS and b in ENGLISH_STOP_WORDS)}


def select(
    lengths: np.ndarray,
    concepts: list[set[int]],
    weights: np.ndarray,
    bonus: np.ndarray,
    budget: int,
    exclusive: Sequence[Sequence[int]] = (),
) -> list[int]:
    """Solve max Σ w_c z_c + Σ b_s x_s  s.t.  Σ len_s x_s ≤ budget,  x_s ≤ z_c (c ∈ s),  z_c ≤ Σ_{s ∋ c} x_s,
    and at most one candidate of each group in ``exclusive`` (the forms of one sentence)."""
    n_s, n_c = len(lengths), len(weights)
    rows, cols, vals = [], [], []
    r = 0
    for s, found in enumerate(concepts):
        for c in sorted(found):
            rows += [r, r]
            cols += [s, n_s + c]
            vals += [1.0, -1.0]
            r += 1
    holders: dict[int, list[int]] = defaultdict(list)
    for s, found in enumerate(concepts):
        for c in found:
            holders[c].append(s)
    for c in range(n_c):
        rows.append(r)
        cols.append(n_s + c)
        vals.append(1.0)
        for s in holders[c]:
            rows.append(r)
            cols.append(s)
            vals.append(-1.0)
        r += 1
    groups = [g for g in exclusive if len(g) > 1]
    for g in groups:
        rows += [r] * len(g)
        cols += list(g)
        vals += [1.0] * len(g)
        r += 1
    rows += [r] * n_s
    cols += list(range(n_s))
    vals += [float(x) for x in lengths]
    matrix = coo_matrix((vals, (rows, cols)), shape=(r + 1, n_s + n_c)).tocsr()
    lower = np.full(r + 1, -np.inf)
    upper = np.zeros(r + 1)
    upper[r - len(groups) : r] = 1.0
    upper[r] = budget
    objective = -np.concatenate([bonus, weights])
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=np.ones(n_s + n_c),
        bounds=Bounds(0, 1),
        options={"time_limit": SOLVER_SECONDS},
    )
    if result.x is None:
        return []
    return [s for s in range(n_s) if result.x[s] > 0.5]


def summarize_concepts(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``prior`` maps a sentence (``Citation(article_id, sentence_index)``) to a non-negative weight, e.g. the
    number of other independent sources that state the same fact; sentences not in it weigh 0."""
    pool = sentence_pool(articles)
    if not pool:
        return ()
    chosen, vectors = choose_concepts(pool, [(s.text,) for _, s in pool], words, prior)
    texts = [s.text for _, s in pool]
    return cited_summary(pool, reading_order(pool, [j for j, _ in chosen], articles), vectors @ vectors.T, texts)


def choose_concepts(
    pool: Pool, forms: Sequence[Sequence[str]], words: int, prior: Prior | None = None
) -> tuple[list[tuple[int, str]], np.ndarray]:
    """The ILP's pick, as (pool index, form) pairs, among the ``forms`` of each pool sentence (its own text,
    and e.g. trimmed versions of it; at most one form per sentence), and the TF-IDF rows of the pool's
    sentences. Concept weights count the articles' full sentences; a form covers the concepts it contains."""
    tokens = [content_tokens(s.text) for _, s in pool]
    n_articles = len({a.id for a, _ in pool})
    weights = concept_weights(pool, tokens, n_articles)
    index = {c: k for k, c in enumerate(sorted(weights))}
    options = [(j, text) for j, texts in enumerate(forms) for text in dict.fromkeys(texts)]
    lengths = np.array([word_count(text) for _, text in options])
    fitting = [k for k in range(len(options)) if MIN_WORDS <= lengths[k] <= words]
    candidates = [k for k in fitting if not _quoted(options[k][1])] or fitting
    if not candidates:
        candidates = [int(np.argmin(lengths))] if lengths.min() <= words else []
    concepts = [{index[b] for b in _bigrams(content_tokens(options[k][1])) if b in index} for k in candidates]
    w = np.array([weights[c] for c in sorted(weights)], dtype=float)
    unit = float(np.median(w)) if len(w) else 1.0
    sentence = [options[k][0] for k in candidates]
    bonus = np.array([TIE_BREAK * unit / (1 + pool[j][1].i) for j in sentence])
    if prior:
        cited = [Citation(pool[j][0].id, pool[j][1].i) for j in sentence]
        bonus += np.array([PRIOR_WEIGHT * unit * max(0.0, float(prior.get(c, 0.0))) for c in cited])
    vectors = tfidf_matrix([s.text for _, s in pool])
    relevance = centroid_relevance(pool, vectors)
    bonus += np.array([RELEVANCE_WEIGHT * unit * lengths[k] / 10 * relevance[j] for k, j in zip(candidates, sentence)])
    of_sentence: dict[int, list[int]] = defaultdict(list)
    for n, j in enumerate(sentence):
        of_sentence[j].append(n)
    picked = (
        select(lengths[candidates], concepts, w, bonus, words, list(of_sentence.values())) if len(w) or prior else []
    )
    if not picked:  # no shared concept (a one-article story): fall back to its lead within the budget
        picked = _lead(sentence, lengths[candidates], words)
    return [options[candidates[n]] for n in picked], vectors


def _lead(sentence: list[int], lengths: np.ndarray, words: int) -> list[int]:
    """Candidates in pool order, one form per sentence, while they fit."""
    picked, used, taken = [], 0, set()
    for n, j in enumerate(sentence):
        if j not in taken and used + lengths[n] <= words:
            picked.append(n)
            used += int(lengths[n])
            taken.add(j)
    return picked


def _quoted(text: str) -> bool:
    return any(mark in text for mark in ("``", '"', "“", "”"))
