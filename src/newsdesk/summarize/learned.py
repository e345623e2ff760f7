"""Learned concept weights: ``summarize.compressive.v2``'s ILP with each bigram weighted by a fitted model of
how likely a human summary is to contain it, instead of by the number of articles that use it.

Li, Qian & Liu (2013, *Using Supervised Bigram-based ILP for Extractive Summarization*) and Hong & Nenkova
(2014, RegSum) showed that document frequency alone is a coarse guess of what summaries say: where a bigram
first appears, whether it is in the articles' leads, whether it names someone or holds a number and how
central its sentences are each tell more. Here each concept (the same stemmed bigrams, in at least
``min_docs`` articles, that compressive.v2 uses) gets the features below, computed from the story alone, and
a logistic regression trained on DUC 2004 dev (label: the share of the 4 reference summaries containing the
bigram) maps them to a weight in (0, 1). Everything else — trimming, candidates, the relevance bonus, the
prior — is compressive.v2's.

learned.v2 offers the ILP at most ``concepts.MAX_CANDIDATES`` sentences (v1: all). learned.v3 is v2
with no caption among its candidates: a trim that would leave one is not made ("But Dr Keiji Fukuda, acting assistant
director general of the World Health Organization, said fluctuations were to be expected." lost its main verb to the
trailing-attribution rule), and a sentence that is one is no candidate (``trim.is_caption``). learned.v4 (the default)
is v3 with no sentence from the unmarked middle of a quotation running over several sentences among its candidates
(``concepts.running_quotes``: "President Mubarak has been very helpful on a range of tough issues in the Middle East."
is Obama's, between '"They made peace with Israel.' and '… critical," Obama said').

The coefficients live in ``concept_model.v1.json`` (coefficients only, no data), written by
``bench/train_concept_weights.py``, which also reports the cross-validated DUC figure (each cluster
summarized by a model that never saw it); the dev figure of the shipped model is in-sample.

Unigram concepts (content words, weighted by a second model of the same features) can be added with
``unigrams``; on DUC 2004 dev they lowered cross-validated R-1 and R-2 at every share tried, so learned.v1
has none (docs/benchmarks.md, "learned unigram concepts").
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.linear_model import LogisticRegression

from newsdesk.model import Article, SummarySentence
from newsdesk.text.vectors import tfidf_sparse

from .centroid import centroid_relevance
from .citations import Pool, sentence_pool
from .compressive import RULES, V2
from .concepts import LEAD_SENTENCES, MAX_CANDIDATES, Choice, Prior, choose_concepts, min_docs
from .tokens import content_tokens
from .trim import trim

NAME_V1 = "summarize.learned.v1"
NAME_V2 = "summarize.learned.v2"  # v1 with the ILP's candidates capped (``concepts.MAX_CANDIDATES``): same on DUC
NAME_V3 = "summarize.learned.v3"  # v2 with no caption among its candidates, trimmed or not
NAME = "summarize.learned.v4"  # v3 with no sentence from the middle of a running quotation among its candidates
MODEL_PATH = Path(__file__).with_name("concept_model.v1.json")
FEATURES = (
    "doc_share",  # share of the story's articles using the bigram
    "log_docs",  # log(1 + articles using it)
    "log_tf",  # log(1 + sentences using it)
    "lead_share",  # share of articles using it in their first LEAD_SENTENCES sentences
    "first_share",  # share of articles using it in their first sentence
    "first_position",  # earliest relative position (sentence index / article length) of a sentence using it
    "mean_position",  # mean relative position of the sentences using it
    "stop_both",  # both words are stop words ("of the")
    "stop_one",  # one word is a stop word ("in cairo")
    "number",  # a word holds a digit
    "capitalised",  # share of its uses where a word is capitalised inside the sentence (a name)
    "relevance_mean",  # mean centroid relevance of the sentences using it
    "relevance_max",  # highest centroid relevance of a sentence using it
)
_CASED = re.compile(r"[A-Za-z0-9]+")

Bigram = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConceptModel:
    """A standardised logistic regression over ``FEATURES``: weight = σ(((x − mean) / scale) · coef + intercept)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.coef) + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(self.features),
                "mean": list(self.mean),
                "scale": list(self.scale),
                "coef": list(self.coef),
                "intercept": self.intercept,
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> ConceptModel:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"concept model features {data['features']} are not {list(FEATURES)}")
        return cls(
            FEATURES,
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["coef"]),
            float(data["intercept"]),
        )


@cache
def shipped_model() -> ConceptModel:
    return ConceptModel.from_json(MODEL_PATH.read_text())


def concept_features(
    pool: Pool, tokens: Sequence[list[str]], relevance: np.ndarray, n: int = 2
) -> tuple[list[Bigram], np.ndarray]:
    """The story's concepts and their ``FEATURES`` rows, sorted: for ``n = 2`` the bigrams in at least
    ``min_docs`` articles, stop-word bigrams included (learned.v1's concepts); for ``n = 1`` the words that are
    not stop words, under the same bar (learned.v2's unigram concepts; their stop-word features are 0)."""
    n_articles = len({a.id for a, _ in pool})
    lengths: dict[str, int] = {a.id: len(a.sentences) for a, _ in pool}
    uses: dict[Bigram, list[int]] = defaultdict(list)
    capitalised: dict[Bigram, int] = defaultdict(int)
    for j, ((_, sentence), words) in enumerate(zip(pool, tokens, strict=True)):
        cased = _CASED.findall(sentence.text)
        upper = [k > 0 and w[0].isupper() for k, w in enumerate(cased)] if len(cased) == len(words) else []
        seen: set[Bigram] = set()
        for k, gram in enumerate(_grams(words, n)):
            if n == 1 and gram[0] in ENGLISH_STOP_WORDS:
                continue
            if upper and any(upper[k : k + n]):
                capitalised[gram] += 1
            if gram not in seen:
                seen.add(gram)
                uses[gram].append(j)
    least = min_docs(n_articles)
    position = np.array([s.i / max(1, lengths[a.id]) for a, s in pool])
    concepts: list[Bigram] = []
    rows: list[list[float]] = []
    for gram in sorted(uses):
        found = uses[gram]
        docs = {pool[j][0].id for j in found}
        if len(docs) < least:
            continue
        lead = {pool[j][0].id for j in found if pool[j][1].i < LEAD_SENTENCES}
        first = {pool[j][0].id for j in found if pool[j][1].i == 0}
        stops = sum(w in ENGLISH_STOP_WORDS for w in gram)
        concepts.append(gram)
        rows.append(
            [
                len(docs) / n_articles,
                np.log1p(len(docs)),
                np.log1p(len(found)),
                len(lead) / n_articles,
                len(first) / n_articles,
                float(position[found].min()),
                float(position[found].mean()),
                float(stops == 2),
                float(stops == 1),
                float(any(any(c.isdigit() for c in w) for w in gram)),
                min(1.0, capitalised[gram] / len(found)),
                float(relevance[found].mean()),
                float(relevance[found].max()),
            ]
        )
    return concepts, np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


def _grams(words: Sequence[str], n: int) -> list[Bigram]:
    return list(pairwise(words)) if n == 2 else [(w,) for w in words]


def reference_labels(concepts: Sequence[Bigram], references: Sequence[str], n: int = 2) -> np.ndarray:
    """Per concept, the share of the reference summaries that contain it (stemmed as ROUGE stems)."""
    found = [{g for line in ref.splitlines() for g in _grams(content_tokens(line), n)} for ref in references]
    return np.array([sum(c in ref for ref in found) / len(found) for c in concepts], dtype=float)


def training_examples(
    articles: Sequence[Article], references: Sequence[str], n: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """A story's ``n``-gram concept features, exactly as the summarizer computes them, and their labels."""
    pool = sentence_pool(articles)
    tokens = [content_tokens(s.text) for _, s in pool]
    relevance = centroid_relevance(pool, tfidf_sparse([s.text for _, s in pool]))
    concepts, x = concept_features(pool, tokens, relevance, n)
    return x, reference_labels(concepts, references, n)


def fit_concept_model(examples: Sequence[tuple[np.ndarray, np.ndarray]], c: float = 1.0) -> ConceptModel:
    """Logistic regression (L2, inverse strength ``c``, scikit-learn's default) on standardised features, with
    the share of references containing a concept as a fractional label: each concept is one positive example
    weighted by that share and one negative weighted by the rest."""
    x = np.vstack([e[0] for e in examples])
    y = np.concatenate([e[1] for e in examples])
    mu, sigma = x.mean(axis=0), x.std(axis=0)
    sigma[sigma == 0] = 1.0
    z = (x - mu) / sigma
    model = LogisticRegression(C=c, max_iter=1000)
    model.fit(np.vstack([z, z]), np.r_[np.ones(len(y)), np.zeros(len(y))], sample_weight=np.r_[y, 1 - y])
    return ConceptModel(
        FEATURES,
        tuple(float(v) for v in mu),
        tuple(float(v) for v in sigma),
        tuple(float(v) for v in model.coef_[0]),
        float(model.intercept_[0]),
    )


def summarize_learned(
    articles: Sequence[Article],
    words: int,
    prior: Prior | None = None,
    model: ConceptModel | None = None,
    unigrams: ConceptModel | None = None,
    share: float = 1.0,
    max_candidates: int | None = MAX_CANDIDATES,
    captions: bool = False,
    running_quotes: bool = True,
) -> tuple[SummarySentence, ...]:
    """``summarize.learned.v4``: compressive.v2 with ``model``'s concept weights (the shipped model by default),
    the ILP offered at most ``max_candidates`` sentences (None: all, as v1), unless ``captions`` (v1, v2) no
    caption among them and, with ``running_quotes`` (from v4), no sentence from a quotation's unmarked middle. With
    a ``unigrams`` model, content words are concepts too, weighted by its prediction times ``share``."""
    choice = learned_choice(articles, words, prior, model, unigrams, share, max_candidates, captions, running_quotes)
    return choice.summary(choice.chosen, articles) if choice else ()


def learned_choice(
    articles: Sequence[Article],
    words: int,
    prior: Prior | None = None,
    model: ConceptModel | None = None,
    unigrams: ConceptModel | None = None,
    share: float = 1.0,
    max_candidates: int | None = MAX_CANDIDATES,
    captions: bool = False,
    running_quotes: bool = True,
    speakers: bool = False,
) -> Choice | None:
    """``summarize_learned``'s choice before it is written out (None: no sentence to choose from), so a line can be
    replaced by the candidate its ILP ranks next (``summarize.lines``). With ``speakers`` (a brief's, from
    ``summarize.lines.v2``), a first-person sentence keeps the attribution closing it (``trim``)."""
    fitted = model or shipped_model()

    def weigh(pool: Pool, tokens: Sequence[list[str]], relevance: np.ndarray) -> dict[Bigram, float]:
        concepts, x = concept_features(pool, tokens, relevance)
        weights = dict(zip(concepts, fitted.predict(x).tolist(), strict=True)) if concepts else {}
        if unigrams is not None:
            words_, u = concept_features(pool, tokens, relevance, 1)
            if words_:
                weights.update(zip(words_, (share * unigrams.predict(u)).tolist(), strict=True))
        return weights

    pool = sentence_pool(articles)
    if not pool:
        return None
    texts = [trim(s.text, RULES, captions, speakers) for _, s in pool]
    settings = replace(V2, captions=captions, running_quotes=running_quotes)
    chosen, vectors, problem = choose_concepts(pool, texts, words, prior, settings, weigh, max_candidates)
    return Choice(pool, texts, vectors, problem, chosen)


def summarize_learned_v3(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``summarize.learned.v3``: a running quotation's unmarked middle may be a candidate (kept to reproduce old
    briefs)."""
    return summarize_learned(articles, words, prior, running_quotes=False)


def summarize_learned_v2(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``summarize.learned.v2``: captions may be candidates (kept to reproduce old briefs)."""
    return summarize_learned(articles, words, prior, captions=True, running_quotes=False)


def summarize_learned_v1(
    articles: Sequence[Article], words: int, prior: Prior | None = None
) -> tuple[SummarySentence, ...]:
    """``summarize.learned.v1``: every candidate offered to the ILP, however many, captions too (kept to reproduce
    old briefs)."""
    return summarize_learned(articles, words, prior, max_candidates=None, captions=True, running_quotes=False)
