"""``newsdesk batch``: per-article stages → Parquet → the store, with a local or a Ray engine.

The two engines differ only in who runs the per-article stages (cleaning, and extraction unless
``--no-extract``): the local engine uses the process pool on this machine, the Ray engine uses Ray Data on
a cluster (``newsdesk.scale.ray``). Both write Parquet files
of the same schema (``newsdesk.scale.rows.RESULT_SCHEMA``) to ``--out``, and the same loader puts the rows
back in input order (``seq``) and stores them with the pipeline's own ``store_results``, batch by batch, in
one process. So a batch run stores the same articles, in the same order, as ``newsdesk ingest`` on the
same input, whichever engine ran it; and the Parquet files are a reusable, columnar copy of the corpus.
Then copies and stories are stored as ``newsdesk stories`` stores them: the Ray engine finds the copies on
the cluster (``newsdesk.scale.dedup``, same links as ``find_duplicates``), and story assignment, sequential
in publication order, runs here on the driver.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from newsdesk.ingest import iter_files, read_file
from newsdesk.model import RawDocument, Rejection
from newsdesk.pipeline import (
    BATCH_SIZE,
    RunReport,
    batched,
    cluster_stored,
    process_batch,
    recorded_run,
    store_results,
)
from newsdesk.store import Store

from .pool import EXTRACT_RECYCLE, default_workers, pool_map, serial_map
from .rows import batch_rows, raw_row, results_table, row_raw, rows_batch, seq_of

ENGINES = ("local", "ray")
# Rows per Parquet file: ~10k articles is ~60 MB of clean text, a file a loader reads in well under a second.
ROWS_PER_FILE = 10_000

Numbered = tuple[int, RawDocument | Rejection]


class OutputNotEmpty(ValueError):
    """The output folder already holds Parquet files: mixing two runs' files would double-load."""


def check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputNotEmpty(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.rglob("*.parquet")):
        raise OutputNotEmpty(f"{out}: already holds Parquet files; choose an empty or new folder")
    out.mkdir(parents=True, exist_ok=True)


def input_files(paths: Iterable[str | Path]) -> list[tuple[int, str]]:
    """(file number, path) in the order ``ingest`` reads them; a missing path is kept to be rejected."""
    return [(n, str(item) if isinstance(item, Path) else item.path) for n, item in enumerate(iter_files(paths))]


def read_numbered(file_number: int, path: str) -> Iterator[Numbered]:
    """The records of one input with their ``seq``; a path that does not exist is one rejection."""
    file = Path(path)
    if not file.is_file():  # one that iter_files rejected (missing, a broken link, an unlistable folder): again
        rejections = [item for item in iter_files([file]) if isinstance(item, Rejection)]
        for n, rejection in enumerate(rejections or [Rejection(path, "no such file or folder")]):
            yield seq_of(file_number, n), rejection
        return
    for n, record in enumerate(read_file(file)):
        yield seq_of(file_number, n), record


def clean_numbered(batch: list[Numbered], extract: bool = False) -> list[dict[str, Any]]:
    """The per-article stages over one batch (``pipeline.process_batch``: clean, and with ``extract``
    annotate), as result rows: what a pool worker or Ray actor runs."""
    return batch_rows([seq for seq, _ in batch], process_batch([record for _, record in batch], extract))


def clean_raw_rows(rows: list[dict[str, Any]], extract: bool = False) -> list[dict[str, Any]]:
    """The same on raw rows (Ray's side of the wire)."""
    return clean_numbered([(row["seq"], row_raw(row)) for row in rows], extract)


def raw_rows_of(file_number: int, path: str) -> Iterator[dict[str, Any]]:
    for seq, record in read_numbered(file_number, path):
        yield raw_row(seq, record)


def run_local(paths: Iterable[str | Path], out: Path, workers: int | None = None, extract: bool = False) -> int:
    """Clean (and with ``extract`` annotate) everything under ``paths`` in a process pool, writing Parquet
    files to ``out``; returns rows."""
    import pyarrow.parquet as pq

    workers = workers or default_workers()
    records = (numbered for n, path in input_files(paths) for numbered in read_numbered(n, path))
    batches = batched(records, BATCH_SIZE)
    work = partial(clean_numbered, extract=extract)
    recycle = EXTRACT_RECYCLE if extract else None
    mapped = serial_map(work, batches) if workers <= 1 else pool_map(work, batches, workers, recycle=recycle)
    pending: list[dict[str, Any]] = []
    written = part = 0
    for _, rows in mapped:
        pending.extend(rows)
        if len(pending) >= ROWS_PER_FILE:
            pq.write_table(results_table(pending), out / f"part-{part:05d}.parquet")
            written, part, pending = written + len(pending), part + 1, []
    if pending:
        pq.write_table(results_table(pending), out / f"part-{part:05d}.parquet")
        written += len(pending)
    return written


def _ordered_files(out: Path) -> list[Path]:
    """Parquet files in ``seq`` order. Both engines write each file as one contiguous ``seq`` range (Ray
    with ``preserve_order``); if ranges ever overlapped, files would interleave and the load would not be
    in input order, so that is refused rather than silently reordered."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    spans = []
    for file in out.rglob("*.parquet"):
        seqs = pq.read_table(file, columns=["seq"])["seq"]
        if len(seqs):
            bounds = pc.min_max(seqs)
            spans.append((bounds["min"].as_py(), bounds["max"].as_py(), file))
    spans.sort(key=lambda span: span[0])
    for (_, high, first), (low, _, second) in itertools.pairwise(spans):
        if low <= high:
            raise ValueError(f"{first} and {second} hold overlapping input ranges; cannot load in input order")
    return [file for _, _, file in spans]


def load_parquet(out: Path, store: Store, command: str, batch_size: int = BATCH_SIZE) -> RunReport:
    """Store the rows under ``out`` in input order, one transaction per batch; a rerun skips what is stored."""
    import pyarrow.parquet as pq

    with recorded_run(store, command) as report:
        for file in _ordered_files(out):
            table = pq.read_table(file).sort_by("seq")
            for start in range(0, table.num_rows, batch_size):
                processed = rows_batch(table.slice(start, batch_size).to_pylist())
                report.counts["read"] += len(processed.results)
                store_results(processed, store, report)
    return report


def run_batch(
    paths: list[str],
    out: Path,
    store: Store,
    *,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    stories: bool = True,
    extract: bool = False,
) -> RunReport:
    """Per-article stages with ``engine`` (``extract``: extraction too), Parquet to ``out``, then the store
    (see the module docstring); then copies (on the cluster with the Ray engine) and stories, stored as
    ``newsdesk stories`` would."""
    if engine not in ENGINES:
        raise ValueError(f"--engine {engine!r}: choose one of {', '.join(ENGINES)}")
    check_out_dir(out)
    links = None
    if engine == "ray":
        from .dedup import ray_duplicates
        from .ray import run_ray

        run_ray(paths, out, address=address, workers=workers, extract=extract)
        links = ray_duplicates(out)
    else:
        run_local(paths, out, workers, extract=extract)
    report = load_parquet(out, store, command=f"batch --engine {engine} " + " ".join(paths))
    if stories and report.article_ids:
        # Story assignment is sequential in publication order (the online clusterer), so it runs here on the
        # driver over the loaded articles; the Ray engine hands it the copies it found across the cluster.
        cluster_stored(store, list(dict.fromkeys(report.article_ids)), links)
    return report
