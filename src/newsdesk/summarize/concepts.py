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
- **Stop-word bigrams** (``ConceptSettings.stop_bigrams``, off in v1): Gillick & Favre drop bigrams made only
  of stop words ("of the"); ROUGE-2 counts them, and keeping them as concepts (with the same document-count
  weight) raised DUC 2004 dev ROUGE-2 by 0.004 (``summarize.compressive.v2``).
- **Captions** (``ConceptSettings.captions``, off from learned.v3): a name and its apposition with no verb ("Dr
  Keiji Fukuda, acting assistant director general of the World Health Organization.") names someone and states
  nothing, so it is no candidate.
- **Running quotes** (``ConceptSettings.running_quotes``, on from learned.v4): a quotation that runs over several
  sentences leaves the middle ones with no mark of their own ('"They made peace with Israel. President Mubarak has
  been very helpful on a range of tough issues in the Middle East. But I've always said …," Obama said'), so the
  quote-mark rule above passed them as the reporter's; a sentence that opens inside a closed quotation (the quote
  mark spans of ``extract.quote_marks``) is the speaker's words too, and no candidate.
- **Prior** (optional): a per-sentence weight, e.g. how many independent sources corroborate the fact the
  sentence states (from cross-source alignment). It enters the objective as a sentence bonus in units of the
  median concept weight, so a corroborated sentence wins ties and close calls but cannot buy coverage.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article, Citation, SummarySentence
from newsdesk.text.vectors import tfidf_sparse, word_count

from .centroid import centroid_relevance
from .citations import Pool, cited_summary, reading_order, sentence_pool
from .tokens import content_tokens
from .trim import is_caption

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
# The ILP's cost grows with its candidate sentences: a 60-page story with reader-comment threads offers ~2,700 and
# took 9 CPU-s; under three briefs at once it ran past the wall-clock limit and HiGHS returned a one-sentence
# summary. Above this many, only the candidates worth most on their own (bonus + concept weights) are offered
# (5 CPU-s on that story); DUC 2004 clusters have at most 422, so the cap never touches them.
MAX_CANDIDATES = 600
# The solve must not depend on the machine's load: a brief is the same whenever it is built. Its limit is a count of
# branch-and-bound nodes, which HiGHS walks deterministically (the largest story here needs 37, DUC 2004 clusters at
# most 7), with the best selection so far returned at the limit. A wall-clock limit made the summary load-dependent:
# at 60 s the full ILP of a 342-page story ran out even at load 3 (the reduced ILP, ``_reduced``, solves it in 10
# CPU-s), so the wall clock is now only a guard against a hang.
SOLVER_NODES = 1000
SOLVER_SECONDS = 600.0

Prior = Mapping[Citation, float]
# (pool, content tokens of each pool sentence, centroid relevance of each) -> concept -> weight; a concept is a
# bigram, or a one-word tuple (a unigram concept) when the weigher gives those too
Weigher = Callable[[Pool, Sequence[list[str]], np.ndarray], dict[tuple[str, ...], float]]


@dataclass(frozen=True, slots=True)
class ConceptSettings:
    """What a versioned summarizer fixes about concepts and candidates (v1's defaults never change)."""

    stop_bigrams: bool = False  # bigrams made only of stop words ("of the") are concepts too
    # a sentence carrying one of these marks is a quote, not a candidate; DUC/PTB text closes quotes with ''
    quote_marks: tuple[str, ...] = ("``", '"', "“", "”")
    # a caption-like text (``trim.is_caption``: a name and an apposition, no verb) may be a candidate
    captions: bool = True
    # a sentence that opens inside a quotation begun before it (``running_quotes``) is no candidate
    running_quotes: bool = False


V1 = ConceptSettings()


def concept_weights(
    pool: Pool, tokens: Sequence[list[str]], n_articles: int, settings: ConceptSettings = V1
) -> dict[tuple[str, ...], float]:
    """Bigram → summed per-article weight (1, or 1 + LEAD_BOOST when the article has it in its lead)."""
    per_article: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    for (article, sentence), words in zip(pool, tokens, strict=True):
        weight = 1.0 + (LEAD_BOOST if sentence.i < LEAD_SENTENCES else 0.0)
        for bigram in _bigrams(words, settings.stop_bigrams):
            seen = per_article[bigram]
            seen[article.id] = max(seen.get(article.id, 0.0), weight)
    least = min_docs(n_articles)
    return {c: sum(seen.values()) for c, seen in per_article.items() if len(seen) >= least}


def min_docs(n_articles: int) -> int:
    """How many articles must use a concept for it to count (``MIN_DOCS``, scaled down for small stories)."""
    return max(2, min(MIN_DOCS, round(MIN_DOC_SHARE * n_articles)))


def _bigrams(words: Sequence[str], stop_bigrams: bool = False) -> set[tuple[str, str]]:
    if stop_bigrams:
        return set(pairwise(words))
    return {(a, b) for a, b in pairwise(words) if not (a in ENGLISH_STOP_WORDS and b in ENGLISH_STOP_WORDS)}


def select(
    lengths: np.ndarray,
    concepts: list[set[int]],
    weights: np.ndarray,
    bonus: np.ndarray,
    budget: int,
) -> list[int]:
    """Solve max Σ w_c z_c + Σ b_s x_s  s.t.  Σ len_s x_s ≤ budget,  x_s ≤ z_c (c ∈ s),  z_c ≤ Σ_{s ∋ c} x_s.

    The solver gets the same problem written smaller (``_reduced``): most concepts of a large story are held by
    no candidate or by one, and many by the same candidates."""
    gain, groups, holders = _reduced(len(lengths), concepts, weights, bonus)
    n_s = len(lengths)
    rows: list[list[tuple[int, float]]] = []
    for g, (found_in, weight) in enumerate(zip(holders, groups, strict=True)):
        if weight > 0:  # z_g ≤ Σ x_s: a concept counts only when a chosen sentence holds it
            rows.append([(n_s + g, 1.0), *((s, -1.0) for s in found_in)])
        else:  # x_s ≤ z_g: a concept that costs is paid once any chosen sentence holds it
            rows += [[(s, 1.0), (n_s + g, -1.0)] for s in found_in]
    return _solve(lengths, budget, gain, np.array(groups, dtype=float), rows)


def select_full(
    lengths: np.ndarray,
    concepts: list[set[int]],
    weights: np.ndarray,
    bonus: np.ndarray,
    budget: int,
) -> list[int]:
    """``select``'s ILP as Gillick & Favre write it: a variable per concept and a row per (sentence, concept) pair. The
    reference ``select`` is tested against and the baseline of ``bench/bench_ilp.py``; not used by a summarizer."""
    n_s = len(lengths)
    holders: dict[int, list[int]] = defaultdict(list)
    for s, found in enumerate(concepts):
        for c in found:
            holders[c].append(s)
    rows = [[(s, 1.0), (n_s + c, -1.0)] for s, found in enumerate(concepts) for c in sorted(found)]
    rows += [[(n_s + c, 1.0), *((s, -1.0) for s in holders[c])] for c in range(len(weights))]
    return _solve(lengths, budget, np.asarray(bonus, dtype=float), np.asarray(weights, dtype=float), rows)


def _solve(
    lengths: np.ndarray, budget: int, gain: np.ndarray, weights: np.ndarray, rows: list[list[tuple[int, float]]]
) -> list[int]:
    """Maximise ``gain`` of the chosen sentences plus ``weights`` of the concept variables after them, under ``rows``
    (each Σ coefficient × variable ≤ 0) and the word budget; the positions of the chosen sentences."""
    n_s, n = len(lengths), len(lengths) + len(weights)
    cells = [(r, col, value) for r, row in enumerate(rows) for col, value in row]
    cells += [(len(rows), s, float(x)) for s, x in enumerate(lengths)]
    r_index, c_index, values = [c[0] for c in cells], [c[1] for c in cells], [c[2] for c in cells]
    matrix = coo_matrix((values, (r_index, c_index)), shape=(len(rows) + 1, n)).tocsr()
    upper = np.zeros(len(rows) + 1)
    upper[-1] = budget
    result = milp(
        -np.concatenate([gain, weights]),
        constraints=LinearConstraint(matrix, np.full(len(rows) + 1, -np.inf), upper),
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
        options={"node_limit": SOLVER_NODES, "time_limit": SOLVER_SECONDS},
    )
    if result.x is None:
        return []
    return [s for s in range(n_s) if result.x[s] > 0.5]


def _reduced(
    n_s: int, concepts: list[set[int]], weights: np.ndarray, bonus: np.ndarray
) -> tuple[np.ndarray, list[float], list[list[int]]]:
    """The ILP of ``select`` with the same optimum and fewer variables: a concept no candidate holds is dropped (it is
    never covered), a concept one candidate holds adds its weight to that sentence's bonus (it is covered exactly
    when the sentence is chosen), and concepts held by the same candidates are one concept with their summed weight
    (they are covered together). Returns each sentence's gain, and each remaining concept group's weight and holders.
    On a 342-page story: 13,649 concepts to 2,266 groups, and a solve past 60 s of wall clock to 10 CPU-s."""
    gain = np.asarray(bonus, dtype=float).copy()
    holders: dict[int, list[int]] = defaultdict(list)
    for s, found in enumerate(concepts):
        for c in found:
            holders[c].append(s)
    grouped: dict[tuple[bool, tuple[int, ...]], float] = defaultdict(float)
    for c, found_in in holders.items():
        weight = float(weights[c])
        if len(found_in) == 1:
            gain[found_in[0]] += weight
        elif weight:
            grouped[(weight > 0, tuple(found_in))] += weight
    keys = sorted(grouped)
    return gain, [grouped[k] for k in keys], [list(k[1]) for k in keys]


def summarize_concepts(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``prior`` maps a sentence (``Citation(article_id, sentence_index)``) to a non-negative weight, e.g. the
    number of other independent sources that state the same fact; sentences not in it weigh 0."""
    pool = sentence_pool(articles)
    if not pool:
        return ()
    chosen, vectors, _ = choose_concepts(pool, [s.text for _, s in pool], words, prior)
    return cited_summary(pool, reading_order(pool, chosen, articles), vectors)


@dataclass(frozen=True, slots=True)
class Problem:
    """The ILP of one summary: its candidates (pool positions; all of them, also those a cap on the solver's cost kept
    from it), every pool text's length in words, each candidate's concepts (indices into ``weights``) and sentence
    bonus. ``gains`` ranks the candidates for one line more, with the lines already kept, by the ILP's objective."""

    candidates: list[int]
    lengths: np.ndarray
    concepts: list[set[int]]
    weights: np.ndarray
    bonus: np.ndarray

    def gains(self, kept: Sequence[int]) -> list[tuple[float, int]]:
        """(objective gained, pool position) of each candidate not in ``kept`` (pool positions), best first: the
        weight of its concepts no kept line covers plus its bonus (the ILP's objective with ``kept`` fixed and one
        line added)."""
        held = set(kept)
        covered = set().union(*(self.concepts[k] for k, j in enumerate(self.candidates) if j in held))
        gained = [
            (float(self.weights[sorted(found - covered)].sum() + self.bonus[k]), j)
            for k, (j, found) in enumerate(zip(self.candidates, self.concepts, strict=True))
            if j not in held
        ]
        return sorted(gained, key=lambda g: (-g[0], g[1]))


@dataclass(frozen=True, slots=True)
class Choice:
    """A concept summary before it is written out: the pool, each pool sentence as a summary line would give it (its
    trim), the pool's TF-IDF rows, the ILP it was chosen by and the pool positions chosen."""

    pool: Pool
    texts: list[str]
    vectors: sparse.csr_matrix
    problem: Problem
    chosen: list[int]

    def summary(self, chosen: Sequence[int], articles: Sequence[Article]) -> tuple[SummarySentence, ...]:
        """``chosen`` (pool positions) as cited summary lines, in reading order."""
        return cited_summary(self.pool, reading_order(self.pool, chosen, articles), self.vectors, self.texts)


def choose_concepts(
    pool: Pool,
    texts: Sequence[str],
    words: int,
    prior: Prior | None = None,
    settings: ConceptSettings = V1,
    weigh: Weigher | None = None,
    max_candidates: int | None = None,
) -> tuple[list[int], sparse.csr_matrix, Problem]:
    """The pool sentences the ILP picks, each taken as ``texts[j]`` (its own text, or a trim of it: length and
    concepts are the text's), the TF-IDF rows of the pool's own sentences, and the ``Problem`` solved. Concept weights
    count the articles' full sentences: by ``concept_weights`` unless ``weigh`` (e.g. a learned model) is given. With
    ``max_candidates``, the ILP sees at most that many candidates (``MAX_CANDIDATES``)."""
    tokens = [content_tokens(s.text) for _, s in pool]
    n_articles = len({a.id for a, _ in pool})
    vectors = tfidf_sparse([s.text for _, s in pool])
    relevance = centroid_relevance(pool, vectors)
    weights = weigh(pool, tokens, relevance) if weigh else concept_weights(pool, tokens, n_articles, settings)
    index = {c: k for k, c in enumerate(sorted(weights))}
    lengths = np.array([word_count(t) for t in texts])
    fitting = [j for j in range(len(pool)) if MIN_WORDS <= lengths[j] <= words]
    quoted = running_quotes(pool) if settings.running_quotes else set()
    candidates = [
        j
        for j in fitting
        if not _quoted(texts[j], settings.quote_marks)
        and (settings.captions or not is_caption(texts[j]))
        and j not in quoted
    ] or fitting
    if not candidates:
        candidates = [int(np.argmin(lengths))] if lengths.min() <= words else []
    own = [t == s.text for t, (_, s) in zip(texts, pool, strict=True)]
    kept = [tokens[j] if own[j] else content_tokens(texts[j]) for j in candidates]
    concepts = [
        {index[b] for b in _bigrams(words_of, settings.stop_bigrams) if b in index}
        | {index[(u,)] for u in words_of if (u,) in index}
        for words_of in kept
    ]
    w = np.array([weights[c] for c in sorted(weights)], dtype=float)
    # The bonuses' unit is the median *bigram* weight, so unigram concepts (learned.v2) leave it where it was.
    paired = [weights[c] for c in sorted(weights) if len(c) == 2]
    unit = float(np.median(paired or w)) if len(w) else 1.0
    bonus = np.array([TIE_BREAK * unit / (1 + pool[j][1].i) for j in candidates])
    if prior:
        cited = [Citation(pool[j][0].id, pool[j][1].i) for j in candidates]
        bonus += np.array([PRIOR_WEIGHT * unit * max(0.0, float(prior.get(c, 0.0))) for c in cited])
    bonus += np.array([RELEVANCE_WEIGHT * unit * lengths[j] / 10 * relevance[j] for j in candidates])
    # every candidate, for ranking one line more: the cap below is the solver's cost, not the objective
    problem = Problem(candidates, lengths, concepts, w, bonus)
    if max_candidates is not None and len(candidates) > max_candidates:
        alone = bonus + np.array([w[list(found)].sum() for found in concepts])  # its objective if picked alone
        keep = np.sort(np.argsort(-alone, kind="stable")[:max_candidates])
        candidates = [candidates[k] for k in keep]
        concepts = [concepts[k] for k in keep]
        bonus = bonus[keep]
    picked = select(lengths[candidates], concepts, w, bonus, words) if len(w) or prior else []
    if not picked:  # no shared concept (a one-article story): fall back to its lead within the budget
        picked = _lead(candidates, lengths, words)
    return [candidates[k] for k in picked], vectors, problem


def _lead(candidates: list[int], lengths: np.ndarray, words: int) -> list[int]:
    picked, used = [], 0
    for k, j in enumerate(candidates):
        if used + lengths[j] <= words:
            picked.append(k)
            used += int(lengths[j])
    return picked


def _quoted(text: str, marks: Sequence[str]) -> bool:
    return any(mark in text for mark in marks)


def running_quotes(pool: Pool) -> set[int]:
    """Pool positions of the sentences that open inside a quotation of their article begun before them: the unmarked
    middle of a quote running over several sentences. Only a quotation whose marks have their shapes counts (it opens
    before a word and closes after one, ``_well_formed``): one left unclosed, or paired with the next quote's opening
    mark because a closing mark was lost, has no known end, and would take the reporter's next sentences with it."""
    from newsdesk.extract.quote_marks import quote_mark_spans  # imported here: extract's package loads spaCy

    spans: dict[str, tuple[list[int], list[int]]] = {}
    inside = set()
    for j, (article, sentence) in enumerate(pool):
        if article.id not in spans:
            found = [
                q for q in quote_mark_spans(article.text) if q.closed and _well_formed(article.text, q.start, q.end)
            ]
            spans[article.id] = ([q.start for q in found], [q.end for q in found])
        starts, ends = spans[article.id]
        k = bisect_left(starts, sentence.start) - 1  # the last quotation opened before the sentence
        if k >= 0 and ends[k] > sentence.start and sentence.text:
            inside.add(j)
    return inside


def _well_formed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with an opening mark before a word and ends with a closing mark after one
    (a straight mark's shape: ``extract.quote_marks``)."""
    opens = text[start] in "“„«" or (text[start] == '"' and not text[start + 1 : start + 2].isspace())
    after = text[end : end + 1]
    closes = text[end - 1] in "”»" or (text[end - 1] == '"' and not text[end - 2 : end - 1].isspace())
    return opens and closes and not after.isalnum()
