"""Copies across a Ray cluster: the same links as ``newsdesk.dedup.find_duplicates``, without one big index.

``find_duplicates`` feeds every signature, earliest first (``order_key``), to one in-memory LSH index. Here
the same decision is split in a part that scales out and a small sequential part on the driver:

1. **Signatures** (a map over the cleaned Parquet rows): ``dedup.minhash.signature`` per article, its
   MinHash values as a list column.
2. **Candidates** (LSH banding, Indyk & Motwani 1998 / Broder 1997, as datasketch's ``MinHashLSH`` does):
   each signature is cut into the *same* bands as the local index (datasketch's optimal ``b × r`` for
   ``LSH_THRESHOLD`` and ``NUM_PERM``, read off a ``MinHashLSH``), and one row per (band, band values) is
   emitted. ``groupby(key).map_groups`` brings the articles sharing a band together on one worker, wherever
   they came from; every pair there is a candidate. The key holds the band's values themselves (not a hash
   of them), so a bucket is exactly a datasketch bucket and no collision adds a candidate. A pair that
   shares several bands is verified only in the first of them.
3. **Verification** where the pair meets: ``dedup.minhash.containment`` against ``CONTAINMENT``; only pairs
   that pass travel back. Exact copies (the normalised-text hash) are grouped the same way.
4. **Decision** on the driver, over the articles that have a verified partner only (a few per cent of a news
   corpus): in ``order_key`` order, an article copies the inserted (not itself a copy) article with its exact
   hash, else ``best_original`` over its inserted verified partners — the index's own rule, so the links
   equal ``find_duplicates`` on the same articles (tests/scale/test_dedup.py checks it). Articles with no
   partner are originals and never a candidate's target, so leaving them out changes nothing.

Cost: one map and two shuffles over ``b`` (32) small rows per article; a bucket of k articles costs k²/2
containment checks (wire copies of one story: k is the number of copies).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsdesk.dedup.minhash import (
    CONTAINMENT,
    LSH_THRESHOLD,
    MIN_SHINGLES,
    NUM_PERM,
    Signature,
    best_original,
    containment,
    order_key,
    signature,
)
from newsdesk.errors import MissingExtra
from newsdesk.model import Article

try:
    import pyarrow as pa
    import ray.data
    from datasketch import MinHashLSH
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtra("Cluster-wide dedup (newsdesk batch --engine ray)", "scale", "'ray[data]' pyarrow") from exc

from .rows import table_results

SIGNATURE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("exact", pa.string()),
        ("hashvalues", pa.list_(pa.int64())),
        ("shingles", pa.int64()),
        ("published", pa.string()),
        ("length", pa.int64()),
    ]
)
BAND_SCHEMA = SIGNATURE_SCHEMA.append(pa.field("band", pa.int32())).append(pa.field("key", pa.string()))
# What travels back to the driver: the later article of a verified pair (``partner`` is the earlier one), or
# a member of an exact-hash group of two or more (``partner`` null).
PAIR_SCHEMA = SIGNATURE_SCHEMA.append(pa.field("partner", pa.string())).append(pa.field("score", pa.float64()))


@lru_cache(maxsize=1)
def bands() -> tuple[tuple[int, int], ...]:
    """The local index's (start, end) slices of a signature: datasketch's optimum for the same threshold."""
    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def signature_row(sig: Signature) -> dict[str, Any]:
    return {
        "id": sig.article,
        "exact": sig.exact,
        "hashvalues": list(sig.hashvalues),
        "shingles": sig.shingles,
        "published": sig.published.isoformat() if sig.published else None,
        "length": sig.length,
    }


def row_signature(row: dict[str, Any]) -> Signature:
    published = row["published"]
    return Signature(
        row["id"],
        row["exact"],
        tuple(row["hashvalues"]),
        row["shingles"],
        date.fromisoformat(published) if published else None,
        row["length"],
    )


def signature_rows(batch: pa.Table) -> pa.Table:
    """Cleaned result rows → one signature row per article (rejections dropped)."""
    rows = [signature_row(signature(result)) for _, result in table_results(batch) if isinstance(result, Article)]
    return pa.Table.from_pylist(rows, schema=SIGNATURE_SCHEMA)


def band_rows(batch: pa.Table) -> pa.Table:
    """One row per (band, band values) of each signature the LSH index would hold (``MIN_SHINGLES`` or more)."""
    rows = []
    for row in batch.to_pylist():
        if row["shingles"] < MIN_SHINGLES:
            continue
        values = row["hashvalues"]
        for band, (start, end) in enumerate(bands()):
            key = f"{band}:" + ",".join(map(str, values[start:end]))
            rows.append({**row, "band": band, "key": key})
    return pa.Table.from_pylist(rows, schema=BAND_SCHEMA)


def _members(group: pa.Table) -> list[Signature]:
    """A bucket's signatures, one per article id, earliest (best original) first."""
    unique = {row["id"]: row for row in group.to_pylist()}
    return sorted((row_signature(row) for row in unique.values()), key=order_key)


def _pair_row(later: Signature, partner: str | None, score: float | None) -> dict[str, Any]:
    return {**signature_row(later), "partner": partner, "score": score}


def verified_pairs(group: pa.Table) -> pa.Table:
    """One LSH bucket → its pairs whose containment reaches ``CONTAINMENT`` (first shared band only)."""
    band = group["band"][0].as_py()
    earlier_bands = bands()[:band]
    members = _members(group)
    rows = []
    for j, later in enumerate(members):
        for earlier in members[:j]:
            if any(later.hashvalues[s:e] == earlier.hashvalues[s:e] for s, e in earlier_bands):
                continue  # verified in the first band they share
            score = containment(later, earlier)
            if score >= CONTAINMENT:
                rows.append(_pair_row(later, earlier.article, score))
    return pa.Table.from_pylist(rows, schema=PAIR_SCHEMA)


def exact_members(group: pa.Table) -> pa.Table:
    """One exact-hash group → its members when it holds two or more articles."""
    members = _members(group)
    rows = [_pair_row(sig, None, None) for sig in members] if len(members) > 1 else []
    return pa.Table.from_pylist(rows, schema=PAIR_SCHEMA)


def resolve_links(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """The driver's sequential part: ``DuplicateIndex.add`` replayed over the verified pairs, in order."""
    signatures: dict[str, Signature] = {}
    partners: dict[str, list[tuple[str, float]]] = defaultdict(list)
    in_exact_group: set[str] = set()
    for row in rows:
        sig = signatures.setdefault(row["id"], row_signature(row))
        if row["partner"] is None:
            in_exact_group.add(sig.article)
        else:
            partners[sig.article].append((row["partner"], row["score"]))
    links: dict[str, str] = {}
    inserted_exact: dict[str, str] = {}  # exact hash → the inserted article holding it
    for sig in sorted(signatures.values(), key=order_key):
        original = inserted_exact.get(sig.exact)
        if original is None:
            original = best_original((p, score) for p, score in partners[sig.article] if p not in links)
        if original is None:
            if sig.article in in_exact_group:
                inserted_exact[sig.exact] = sig.article
        else:
            links[sig.article] = original
    return links


def signatures_dataset(out: Path) -> ray.data.Dataset:
    """Signatures of every article in the Parquet files under ``out`` (either engine's output)."""
    return ray.data.read_parquet(str(out)).map_batches(signature_rows, batch_format="pyarrow")


def ray_duplicates(out: Path) -> dict[str, str]:
    """Copy id → original id over the articles under ``out``, computed on the running Ray instance."""
    signatures = signatures_dataset(out).materialize()
    if signatures.count() == 0:
        return {}
    near = (
        signatures.map_batches(band_rows, batch_format="pyarrow")
        .groupby("key")
        .map_groups(verified_pairs, batch_format="pyarrow")
    )
    exact = signatures.groupby("exact").map_groups(exact_members, batch_format="pyarrow")
    return resolve_links([*exact.iter_rows(), *near.iter_rows()])
