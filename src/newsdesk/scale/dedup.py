"""Copies across a Ray cluster: the same links as ``newsdesk.dedup.find_duplicates``, without one big index.

``find_duplicates`` feeds every signature, earliest first (``order_key``), to one in-memory LSH index. Here
the same decision is split in a part that scales out and a small sequential part on the driver:

1. **Signatures** (a map over the cleaned Parquet rows): ``dedup.minhash.signature`` per article, its
   MinHash values as a list column.
2. **Candidates** (LSH banding, Indyk & Motwani 1998 / Broder 1997, as datasketch's ``MinHashLSH`` does):
   each signature is cut into the *same* bands as the local index (datasketch's optimal ``b × r`` for
   ``LSH_THRESHOLD`` and ``NUM_PERM``, read off a ``MinHashLSH``), and one row per (band, band values) is
   emitted. A shuffle on a stable hash of that key (``groupby(part).map_groups``, each partition then split
   into its buckets) brings the articles sharing a band together on one worker, wherever they came from;
   every pair in a bucket is a candidate. The key holds the band's values themselves (not a hash
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

import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from newsdesk.dedup.minhash import (
    CONTAINMENT,
    MIN_SHINGLES,
    Signature,
    bands,
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
BAND_SCHEMA = pa.schema([*SIGNATURE_SCHEMA, pa.field("key", pa.string()), pa.field("part", pa.int32())])
# What travels back to the driver: the later article of a verified pair (``partner`` is the earlier one), or
# a member of an exact-hash group of two or more (``partner`` null).
# Band rows in one shuffle partition: each carries its signature (~0.7 kB), so ~140 MB a partition.
PARTITION_ROWS = 200_000
PAIR_SCHEMA = SIGNATURE_SCHEMA.append(pa.field("partner", pa.string())).append(pa.field("score", pa.float64()))


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


def _part(key: str, parts: int) -> int:
    """A stable partition of a bucket key (Python's ``hash`` of a str differs between worker processes)."""
    return zlib.crc32(key.encode()) % parts


def band_rows(batch: pa.Table, parts: int = 1) -> pa.Table:
    """One row per (band, band values) of each signature the LSH index would hold (``MIN_SHINGLES`` or more)."""
    rows = []
    for row in batch.to_pylist():
        if row["shingles"] < MIN_SHINGLES:
            continue
        values = row["hashvalues"]
        for band, (start, end) in enumerate(bands()):
            key = f"{band}:" + ",".join(map(str, values[start:end]))
            rows.append({**row, "key": key, "part": _part(key, parts)})
    return pa.Table.from_pylist(rows, schema=BAND_SCHEMA)


def exact_rows(batch: pa.Table, parts: int = 1) -> pa.Table:
    return batch.append_column("part", pa.array([_part(e, parts) for e in batch["exact"].to_pylist()], pa.int32()))


def _buckets(partition: pa.Table, key: str) -> Iterator[tuple[str, list[Signature]]]:
    """The buckets of one shuffle partition holding two or more articles: one signature per article id,
    earliest (best original) first."""
    buckets: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in partition.to_pylist():
        buckets[row[key]][row["id"]] = row
    for value, bucket in buckets.items():
        if len(bucket) > 1:
            yield value, sorted((row_signature(row) for row in bucket.values()), key=order_key)


def _pair_row(later: Signature, partner: str | None, score: float | None) -> dict[str, Any]:
    return {**signature_row(later), "partner": partner, "score": score}


def _bucket_pairs(key: str, members: list[Signature]) -> Iterator[dict[str, Any]]:
    band = int(key.split(":", 1)[0])
    earlier_bands = bands()[:band]
    for j, later in enumerate(members):
        for earlier in members[:j]:
            if any(later.hashvalues[s:e] == earlier.hashvalues[s:e] for s, e in earlier_bands):
                continue  # verified in the first band they share
            score = containment(later, earlier)
            if score >= CONTAINMENT:
                yield _pair_row(later, earlier.article, score)


def verified_pairs(partition: pa.Table) -> pa.Table:
    """LSH buckets → their pairs whose containment reaches ``CONTAINMENT`` (first shared band only)."""
    rows = [row for key, members in _buckets(partition, "key") for row in _bucket_pairs(key, members)]
    return pa.Table.from_pylist(rows, schema=PAIR_SCHEMA)


def exact_members(partition: pa.Table) -> pa.Table:
    """Exact-hash groups → the members of those holding two or more articles."""
    rows = [_pair_row(sig, None, None) for _, members in _buckets(partition, "exact") for sig in members]
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
    count = signatures.count()
    if count == 0:
        return {}
    # Buckets are shuffled by a stable hash of their key into ``parts`` partitions, each grouped in one call:
    # one ``map_groups`` call per bucket would cost a task-side call and a table for each of ~32 rows an
    # article, nearly all singletons. At least two partitions a CPU; at most ~PARTITION_ROWS rows in one.
    parts = max(2 * max(1, int(ray.cluster_resources().get("CPU", 1))), count * len(bands()) // PARTITION_ROWS + 1)
    near = (
        signatures.map_batches(band_rows, batch_format="pyarrow", fn_kwargs={"parts": parts})
        .groupby("part", num_partitions=parts)
        .map_groups(verified_pairs, batch_format="pyarrow")
    )
    exact = (
        signatures.map_batches(exact_rows, batch_format="pyarrow", fn_kwargs={"parts": parts})
        .groupby("part", num_partitions=parts)
        .map_groups(exact_members, batch_format="pyarrow")
    )
    return resolve_links([*exact.iter_rows(), *near.iter_rows()])
