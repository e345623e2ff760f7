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
from operator import methodcaller
from typing import Any

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


@lru_cache(maxsize=1)
def bands() -> tuple[tuple[int, int], ...]:
    """The (start, end) slices of a signature the LSH index buckets on: datasketch's optimal ``b × r`` for
    ``LSH_THRESHOLD`` and ``NUM_PERM`` (32 bands of 2 values), read off a ``MinHashLSH``."""
    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())[:MAX_WORDS]


def _shingles(words: Sequence[str]) -> set[str]:
    """Word ``SHINGLE_WORDS``-grams; a text shorter than one shingle is one shingle (possibly empty)."""
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)}
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)))


_DIGEST = methodcaller("digest")
# MurmurHash3's 32-bit finalizer, the bijection datasketch's ``affine32`` scheme applies before permuting.
_FMIX32 = tuple(np.uint32(c) for c in (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16))


def _minhash_values(shingles: Iterable[str]) -> np.ndarray:
    """datasketch's ``MinHash(scheme="affine32").update_batch`` (SHA-1 per shingle), value for value.

    datasketch hashes one shingle per Python call (``sha1_hash32``); here the SHA-1 digests are taken in one
    C-level ``map`` and their first four bytes read as little-endian uint32 by numpy, then finalized and
    permuted as datasketch does: the same signature (tests/dedup checks it) at about a third of the cost.
    """
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, map(str.encode, shingles))))
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)  # a SHA-1 digest is five 32-bit words
    s1, m1, s2, m2, s3 = _FMIX32
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    a, b = _permutations()
    values: np.ndarray = (hv[:, np.newaxis] * a + b).min(axis=0)
    return values


def signature(article: Article) -> Signature:
    """Exact key of the body (the headline is left out: a copy often gets a new one) and its MinHash."""
    words = _words(article.text)
    exact = hashlib.sha256(" ".join(words).encode()).hexdigest()
    shingles = _shingles(words)
    return Signature(
        article.id, exact, tuple(_minhash_values(shingles).tolist()), len(shingles), article.published, len(words)
    )


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set found in the larger (Broder 1997, from J and set sizes)."""
    agree = np.count_nonzero(np.array(a.hashvalues) == np.array(b.hashvalues))
    return float(_containment(agree, a.shingles, b.shingles))


def _containment(agree: Any, shingles: Any, others: Any) -> Any:
    """``containment`` from the number of signature values two signatures agree on and their shingle counts;
    element-wise, so one query is scored against all its candidates at once (``DuplicateIndex``)."""
    jaccard = agree / NUM_PERM
    inter = jaccard * (shingles + others) / (1 + jaccard)
    return np.minimum(1.0, inter / np.maximum(1.0, np.minimum(shingles, others)))


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

    The LSH index is datasketch's ``MinHashLSH`` banding (the same ``bands``, so the same candidates) kept as
    plain dicts of band bytes → row numbers. Each indexed signature is a row of one numpy matrix (its shingle
    count in a parallel array; a forgotten article's row is reused), so a query costs a few dict look-ups and
    vectorised agreement and containment over all candidates at once: the Python work per candidate, which
    grows with the window on a stream that repeats its wording, is only for those that reach ``CONTAINMENT``.
    """

    def __init__(self, window: int = WINDOW) -> None:
        self.buckets: list[dict[bytes, set[int]]] = [{} for _ in bands()]
        self.exact: dict[str, str] = {}
        self.rows: dict[str, int] = {}  # indexed article id → its row
        self.ids: list[str] = []  # row → article id ("" for a free row)
        self.keys: list[str] = []  # row → its exact key
        self.free: list[int] = []
        self.matrix = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.shingles = np.zeros(0, dtype=np.float64)
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
        values = np.array(sig.hashvalues, dtype=np.uint32)
        found: set[int] = set()
        for key, bucket in zip(_band_keys(values), self.buckets, strict=True):
            members = bucket.get(key)
            if members:
                found |= members
        if not found:
            return None
        rows = np.fromiter(found, dtype=np.intp, count=len(found))
        agree = np.count_nonzero(self.matrix[rows] == values, axis=1)
        scores = _containment(agree, float(sig.shingles), self.shingles[rows])
        close = np.flatnonzero(scores >= CONTAINMENT)
        return best_original((self.ids[rows[i]], float(scores[i])) for i in close.tolist())

    def _insert(self, sig: Signature) -> None:
        self.exact[sig.exact] = sig.article
        if sig.shingles >= MIN_SHINGLES:
            if sig.article in self.rows:
                raise ValueError(f"article id {sig.article!r} is already in the duplicate index")
            values = np.array(sig.hashvalues, dtype=np.uint32)
            row = self._row()
            for key, bucket in zip(_band_keys(values), self.buckets, strict=True):
                bucket.setdefault(key, set()).add(row)
            self.matrix[row] = values
            self.shingles[row] = sig.shingles
            self.ids[row], self.keys[row] = sig.article, sig.exact
            self.rows[sig.article] = row
        self.order.append(sig.article)
        while len(self.order) > self.window:
            self._forget(self.order.popleft())

    def _row(self) -> int:
        """A free row of the matrix, which doubles when full (it never holds more than ``window`` rows)."""
        if not self.free:
            size = len(self.ids)
            grown = min(max(64, 2 * size), max(self.window, size + 1))
            self.matrix = np.concatenate([self.matrix, np.zeros((grown - size, NUM_PERM), dtype=np.uint32)])
            self.shingles = np.concatenate([self.shingles, np.zeros(grown - size, dtype=np.float64)])
            self.ids.extend([""] * (grown - size))
            self.keys.extend([""] * (grown - size))
            self.free.extend(range(grown - 1, size - 1, -1))  # lowest row first
        return self.free.pop()

    def _forget(self, article_id: str) -> None:
        row = self.rows.pop(article_id, None)
        if row is not None:
            for key, bucket in zip(_band_keys(self.matrix[row]), self.buckets, strict=True):
                members = bucket[key]
                members.discard(row)
                if not members:
                    del bucket[key]
            self.exact.pop(self.keys[row], None)
            self.ids[row] = self.keys[row] = ""
            self.free.append(row)


def _band_keys(values: np.ndarray) -> list[bytes]:
    raw = values.tobytes()
    width = values.itemsize
    return [raw[start * width : end * width] for start, end in bands()]


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
