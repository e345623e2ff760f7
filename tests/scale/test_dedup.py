"""Cluster-wide dedup gives exactly ``find_duplicates``'s links: the decision alone, then on a local Ray instance."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from newsdesk.dedup import find_duplicates
from newsdesk.model import Article
from newsdesk.scale.dedup import (
    band_rows,
    bands,
    exact_members,
    exact_rows,
    ray_duplicates,
    resolve_links,
    signature_rows,
    verified_pairs,
)
from newsdesk.scale.rows import result_row, results_table
from tests.dedup.wire import KINDS, load_t17, wire_copy

from .conftest import T17


@pytest.fixture(scope="module")
def corpus(seed_articles: dict[str, Article]) -> list[Article]:
    """Three outlets on one story (H1N1, 405 real articles), 60 wire copies of them, and the seeds with an
    exact copy, a copy of a copy and a shorter copy dated before its source (which becomes the original)."""
    real = [a for folder in ("H1N1_bbc", "H1N1_guardian", "H1N1_reuters") for a in load_t17(T17 / folder)]
    rng = random.Random(11)
    copies = [wire_copy(a, KINDS[i % len(KINDS)], rng) for i, a in enumerate(rng.sample(real, 60))]
    seeds = list(seed_articles.values())
    first = wire_copy(seeds[0], "dropped", rng)
    extra = [
        replace(seeds[1], id="seed-exact", source="mirror"),
        first,
        wire_copy(first, "reordered", rng),
        replace(wire_copy(seeds[3], "truncated", rng), id="seed-early", published=date(2024, 8, 20)),
    ]
    return real + copies + seeds + extra


def _results(articles: list[Article]) -> pa.Table:
    return results_table([result_row(seq, a) for seq, a in enumerate(articles)])


def test_bands_are_the_local_index_bands() -> None:
    from datasketch import MinHashLSH

    from newsdesk.dedup.minhash import LSH_THRESHOLD, NUM_PERM

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert len(bands()) == lsh.b and {end - start for start, end in bands()} == {lsh.r}
    assert bands()[-1][1] == lsh.b * lsh.r <= NUM_PERM


def _by_part(table: pa.Table) -> list[pa.Table]:
    return [table.filter(pc.equal(table["part"], part)) for part in pc.unique(table["part"]).to_pylist()]


def test_grouped_decision_equals_find_duplicates(corpus: list[Article]) -> None:
    """The map / shuffle / verify / resolve steps, partitioned here by a filter instead of Ray's shuffle."""
    signatures = signature_rows(_results(corpus))
    rows = [
        *(r for part in _by_part(exact_rows(signatures, parts=3)) for r in exact_members(part).to_pylist()),
        *(r for part in _by_part(band_rows(signatures, parts=5)) for r in verified_pairs(part).to_pylist()),
    ]
    expected = find_duplicates(corpus)
    assert len(expected) >= 60 and "seed-exact" in expected and "seed-early" in expected.values()
    assert resolve_links(rows) == expected
    assert resolve_links(reversed(rows)) == expected  # the shuffle's order does not matter


def test_ray_duplicates_equal_find_duplicates(corpus: list[Article], tmp_path: Path, ray_local: None) -> None:
    table = _results(corpus)
    for part, start in enumerate(range(0, table.num_rows, 200)):
        pq.write_table(table.slice(start, 200), tmp_path / f"part-{part:05d}.parquet")
    assert ray_duplicates(tmp_path) == find_duplicates(corpus)
