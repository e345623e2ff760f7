"""How strongly two sentences of a story look like the same fact: two views, each scored by its margin.

Inside one story every sentence is about the same topic, so raw cosines are uniformly high (MiniLM gives
0.6-0.8 to "Blinken met Netanyahu" vs "Blinken will meet Gallant"); what marks a shared fact is a pair that
stands out from both sentences' neighbourhoods. That is the ratio margin of Artetxe & Schwenk (2019,
*Margin-based Parallel Corpus Mining with Multilingual Sentence Embeddings*): ``cos(x, y)`` divided by the
mean cosine of ``x`` and of ``y`` to their ``k`` nearest neighbours in other sources. A margin above 1 means
the pair is closer than each sentence usually is to the rest of the story.

The two views: (1) sentence embeddings (MiniLM, or TF-IDF when the extra is missing); (2) a lexical view,
TF-IDF over Snowball stems plus the sentence's entity mentions and figure values as extra terms, so a rare
name or number ("ninth", "1,139") shared by two outlets weighs like a rare word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import snowballstemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from newsdesk.model import Annotations
from newsdesk.text.embeddings import MINILM, encode

from .frames import CLASS_OF, frame_agreement, story_frames
from .units import MIN_WORDS, Unit, independent_sources, story_units

__all__ = ["MIN_WORDS", "Unit", "independent_sources", "pair_scores", "stems", "story_units"]

# Artetxe & Schwenk use k=4 neighbours; with fewer other-source sentences, all of them are the neighbourhood.
MARGIN_K = 4
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """One word's Snowball stem, memoised: a story repeats its vocabulary, and the pure-Python stemmer was
    most of alignment's time on a 50-article story (cProfile)."""
    return str(_stemmer().stemWord(word))


def stems(text: str) -> list[str]:
    """Lower-cased Snowball stems (Porter 2001) of the words that are not English stop words."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS]


def _evidence_terms(unit: Unit, annotations: Mapping[str, Annotations], range_terms: bool = False) -> list[str]:
    """The unit's entity mentions and figure values as terms. A range gives its two ends, as when each was a figure
    (``extract.figures.v6``); with ``range_terms`` (``align.facts.v19``) it is one term, "num:400000000-500000000":
    its ends, read with the high end's scale, are no figures a sentence gives ("$400 - $500 million" shares no
    number with "C$ 400 million" and "$500 million")."""
    ann = annotations.get(unit.article)
    if ann is None:
        return []
    terms = [
        "ent:" + "_".join(stems(m.text))
        for m in ann.mentions
        if m.sentence == unit.sentence and unit.covers(m.span.start, m.span.end)
    ]
    for f in ann.figures:
        if f.sentence != unit.sentence or f.value is None or not unit.covers(f.start, f.end):
            continue
        if f.high is None:
            terms.append(f"num:{f.value:g}")
        elif range_terms:
            terms.append(f"num:{f.value:g}-{f.high:g}")
        else:
            terms += [f"num:{f.value:g}", f"num:{f.high:g}"]
    return terms


def _predicate_classes(words: list[str]) -> list[str]:
    """Stems of predicates of one class become one term: "accept" and "support" are then the same word."""
    return [f"pred:{CLASS_OF[w]}" if w in CLASS_OF else w for w in words]


def lexical_similarity(
    units: Sequence[Unit], annotations: Mapping[str, Annotations], predicates: bool = False, range_terms: bool = False
) -> np.ndarray:
    """Cosines of TF-IDF rows over stems, entity mentions and figure values (IDF fitted on the story); with
    ``predicates``, the stems of one predicate class (``frames.PREDICATES``) count as one term; with ``range_terms``,
    a range is one term (``_evidence_terms``).

    The rows stay sparse: a 50-article story has ~3,000 sentences over ~10,000 terms, and a dense product
    of that size costs more than everything else in alignment.
    """
    words = [stems(u.text) for u in units]
    if predicates:
        words = [_predicate_classes(w) for w in words]
    docs = [w + _evidence_terms(u, annotations, range_terms) for w, u in zip(words, units, strict=True)]
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True, dtype=np.float32)
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # no terms at all
        return np.zeros((len(units), len(units)), dtype=np.float32)
    return np.asarray((matrix @ matrix.T).toarray(), dtype=np.float32)


def ratio_margin(sim: np.ndarray, sources: Sequence[str], k: int = MARGIN_K) -> np.ndarray:
    """Artetxe & Schwenk's ratio margin; neighbourhoods are taken over other sources only."""
    n = len(sources)
    if n == 0:
        return sim
    src = np.asarray(sources)
    # negated in place and partitioned in place: a story's n×n matrix is copied once, not three times
    other = np.negative(sim.astype(np.float64))
    other[src[:, None] == src[None, :]] = np.inf
    kk = max(1, min(k, n - 1))
    other.partition(kk - 1, axis=1)
    top = -other[:, :kk]
    finite = np.isfinite(top)
    means = np.where(finite, top, 0.0).sum(axis=1) / np.maximum(finite.sum(axis=1), 1)
    # A sentence with no neighbour (one-source story) or a non-positive neighbourhood gets no boost.
    means = np.where(means > 1e-6, means, 1.0)
    denominator = means[:, None] + means[None, :]
    denominator /= 2
    return np.divide(sim, denominator, out=denominator)


@dataclass(frozen=True, slots=True)
class PairScores:
    """The combined margin of every unit pair and the name of the embedding that produced it."""

    scores: np.ndarray
    encoder: str


def pair_scores(
    units: Sequence[Unit],
    annotations: Mapping[str, Annotations],
    encoder: str = MINILM,
    predicates: bool = False,
    frame_weight: float = 0.0,
    coordination: bool = False,
    range_terms: bool = False,
) -> PairScores:
    """Mean of the embedding margin and the lexical margin for every pair of units.

    Align v2 sets ``predicates`` (the lexical view folds predicate synonyms into one term) and
    ``frame_weight``: every pair moves by that weight times its frame agreement (+1 same predicate and
    subject, -1 same predicate and different subjects; ``frames.frame_agreement``); align v4 sets ``coordination``
    (a verb after "and then" shares the subject of the verb before it); align v19 sets ``range_terms`` (a range is one
    lexical term, ``_evidence_terms``)."""
    sources = [u.source for u in units]
    encoding = encode([u.text for u in units], prefer=encoder)
    emb = ratio_margin(encoding.cosines(), sources)
    lex = ratio_margin(lexical_similarity(units, annotations, predicates, range_terms), sources)
    scores = emb  # (emb + lex) / 2 and the frames' term, in place: each n×n temporary is a story's size again
    scores += lex
    scores /= 2
    if frame_weight > 0:
        scores += frame_weight * frame_agreement(story_frames(units, annotations, stem, coordination))
    return PairScores(scores, encoding.name)
