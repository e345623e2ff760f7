"""Exact and near-duplicate articles: a normalized-text hash, then MinHash LSH over word shingles.

Near-duplicates follow Broder, *On the resemblance and containment of documents* (1997): an article is a
set of word 5-shingles; MinHash estimates the Jaccard resemblance J of two sets and LSH (datasketch) finds the
candidates with high J without comparing all pairs. A wire copy is usually the original with a new headline,
boilerplate added and paragraphs dropped, so the decision is on *containment* of the smaller shingle set in the
larger, c = |A∩B| / min(|A|,|B|), estimated from J and the two set sizes: |A∩B| = J·(|A|+|B|)/(1+J).

Thresholds, derived:
- A true copy keeps its sentences verbatim; what it loses are the shingles that cross a changed paragraph
  boundary (4 of ~60 per reordered paragraph, ≈7 %) and what it gains is boilerplate (a few sentences, ≈10 %):
  its containment stays above ~0.8. Two independent articles on one story share at most a quoted sentence or
  two: containment below ~0.1. ``CONTAINMENT = 0.6`` sits in that gap, more than three MinHash standard
  errors (√(J(1−J)/k) ≤ 0.0625 at k = 64) from either side.
- A copy cut to a third of the original, at c = 0.6, has J = 0.6·s/(s + 3s − 0.6·s) ≈ 0.18, so the LSH band
  threshold is set at ``LSH_THRESHOLD = 0.15`` to retrieve such pairs as candidates.
- Under ``MIN_SHINGLES`` shingles (a headline, a two-line brief) the estimate is meaningless: only exact copies
  are recognised.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsdesk.model import Article

ALGORITHM = "dedup.minhash-lsh.v1"
SHINGLE_WORDS = 5
NUM_PERM = 64
SEED = 20240819  # fixed: the same input gives the same signatures on every machine and run
SCHEME = "affine32"  # datasketch 2 hashing scheme, named so a signature rebuilt from its values matches
LSH_THRESHOLD = 0.15
CONTAINMENT = 0.6
MIN_SHINGLES = 10
MAX_WORDS = 3_000  # longer texts: the first 3,000 words decide (a copy starts where its original does)
WINDOW = 50_000  # articles kept in the LSH index; copies are republished within days, not months

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """What dedup needs of an article: a pure function of it (``signature``), so it can run on any worker."""

    article: str
    exact: str
    hashvalues: tuple[int, ...]
    shingles: int
    published: date | None
    length: int


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The seeded permutations, drawn once per process (drawing them costs more than hashing an article)."""
    permutations: tuple[np.ndarray, np.ndarray] = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return permutations


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        scheme=SCHEME,
        hashvalues=hashvalues,
        permutations=_permutations(),
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())[:MAX_WORDS]


def signature(article: Article) -> Signature:
    """Exact key of the body (the headline is left out: a copy often gets a new one) and its MinHash."""
    words = _words(article.text)
    exact = hashlib.sha256(" ".join(words).encode()).hexdigest()
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = _minhash()
    minhash.update_batch([s.encode() for s in shingles])
    return Signature(
        article.id, exact, tuple(int(v) for v in minhash.hashvalues), len(shingles), article.published, len(words)
    )


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set found in the larger (Broder 1997, from J and set sizes)."""
    jaccard = float(np.mean(np.array(a.hashvalues) == np.array(b.hashvalues)))
    inter = jaccard * (a.shingles + b.shingles) / (1 + jaccard)
    return min(1.0, inter / max(1, min(a.shingles, b.shingles)))


def order_key(sig: Signature) -> tuple[date, int, str]:
    """Who is the better original: earliest published; else the most complete (longest); else by id."""
    return (sig.published or date.max, -sig.length, sig.article)


def _precedes(a: Signature, b: Signature) -> bool:
    """Is ``a`` the better original?"""
    return order_key(a) < order_key(b)


def best_original(scored: Iterable[tuple[str, float]]) -> str | None:
    """The decision over (candidate id, containment) pairs: the highest containment at or above
    ``CONTAINMENT``, ties to the last id in order; None when no candidate reaches it. Shared by the index
    here and the cluster-wide dedup (``newsdesk.scale.dedup``), so both decide alike."""
    best, best_score = None, CONTAINMENT
    for key, score in sorted(scored):
        if score >= best_score:
            best, best_score = key, score
    return best


class DuplicateIndex:
    """Incremental: ``add`` one signature at a time; returns the id of the original it copies, or None.

    The original is the root of the copy's group (a copy of a copy points at the first original). Fed in
    publication order (``find_duplicates`` does this), the root is the earliest, most complete article.
    """

    def __init__(self, window: int = WINDOW) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.exact: dict[str, str] = {}
        self.signatures: dict[str, Signature] = {}
        self.root: dict[str, str] = {}
        self.order: deque[str] = deque()
        self.window = window

    def add(self, sig: Signature) -> str | None:
        original = self._match(sig)
        if original is not None:
            original = self.root.get(original, original)
            self.root[sig.article] = original
            return original
        self._insert(sig)
        return None

    def _match(self, sig: Signature) -> str | None:
        if sig.exact in self.exact:
            return self.exact[sig.exact]
        if sig.shingles < MIN_SHINGLES:
            return None
        return best_original(
            (key, containment(sig, self.signatures[key])) for key in self.lsh.query(self._minhash(sig))
        )

    def _insert(self, sig: Signature) -> None:
        self.exact[sig.exact] = sig.article
        if sig.shingles >= MIN_SHINGLES:
            self.lsh.insert(sig.article, self._minhash(sig))
            self.signatures[sig.article] = sig
        self.order.append(sig.article)
        while len(self.order) > self.window:
            self._forget(self.order.popleft())

    def _forget(self, article_id: str) -> None:
        old = self.signatures.pop(article_id, None)
        if old is not None:
            self.lsh.remove(article_id)
            self.exact.pop(old.exact, None)

    @staticmethod
    def _minhash(sig: Signature) -> MinHash:
        return _minhash(np.array(sig.hashvalues, dtype=np.uint64))


def find_duplicates(articles: Sequence[Article]) -> dict[str, str]:
    """Copy id → original id over a batch: earliest published first, then most complete, then by id."""
    signatures = sorted((signature(a) for a in articles), key=order_key)
    index = DuplicateIndex(window=max(WINDOW, len(signatures)))
    links: dict[str, str] = {}
    for sig in signatures:
        original = index.add(sig)
        if original is not None and original != sig.article:
            links[sig.article] = original
    return links
