"""The per-article stages on Ray Data: the same functions as the local pool, spread over a cluster.

Plan: input files → (Ray task per file, streaming) reader rows → (actor pool) ``process_batch``: clean, and
extract → Parquet.

* Reading is a task per input file that yields Arrow tables of ``READ_ROWS`` records, so a multi-GB shard
  streams through in small blocks instead of landing in one block. Files must be readable from every node
  (a shared or object-store-mounted path), as for any Ray Data input.
* Cleaning and extraction are one actor class (``map_batches`` with an actor pool): each actor loads what
  the stages hold (the spaCy sentencizer, and with extraction the spaCy model) once in ``__init__`` and then
  serves batches, the pattern Ray Data recommends for model inference. Extraction adds its columns
  (annotations JSON, extractor version) in the same actor, so a record crosses the wire once.
* ``preserve_order`` keeps blocks in input order, so each Parquet file is one contiguous ``seq`` range
  and the loader (``newsdesk.scale.batch.load_parquet``) can store rows in exactly the input order.

A local instance (tests, benchmarks): ``RAY_AUTH_MODE=disabled``, ``ray.init(num_cpus=N,
include_dashboard=False)``. A cluster: ``--address ray://head:10001`` or ``auto`` (docs/scale.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsdesk.errors import MissingExtra

try:
    import pyarrow as pa
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtra("The Ray engine (newsdesk batch --engine ray)", "scale", "'ray[data]' pyarrow") from exc

from newsdesk.pipeline import BATCH_SIZE

from .batch import ROWS_PER_FILE, clean_raw_rows, input_files, raw_rows_of
from .rows import RAW_SCHEMA, results_table

# Records per block out of a reader task: big enough to amortise Ray's per-block cost (~ms), small enough
# that a block of HTML pages stays a few MB.
READ_ROWS = 256
# Ray schedules by logical CPUs: an actor pool holding every CPU would leave none for the read and write
# tasks and the run would wait forever. Reading and writing are light next to cleaning, so each task is
# booked at a quarter CPU and each cleaning actor at the rest of its core; the OS shares the real cores.
READ_CPUS = 0.25
WRITE_CPUS = 0.25
CLEAN_CPUS = 1 - READ_CPUS - WRITE_CPUS


def init_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to ``address`` (a cluster) or start a local instance; reuse a running connection."""
    if ray.is_initialized():
        return
    if address is None:
        os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # a private local instance: no token to share
    ray.init(
        address=address,
        num_cpus=num_cpus if address is None else None,
        include_dashboard=False,
        log_to_driver=False,
        ignore_reinit_error=True,
    )


def _read_files(batch: pa.Table) -> Iterator[pa.Table]:
    """A batch of input files → blocks of reader rows with their ``seq``, ``READ_ROWS`` at a time."""
    rows: list[dict[str, Any]] = []
    for item in batch.to_pylist():
        for row in raw_rows_of(item["file"], item["path"]):
            rows.append(row)
            if len(rows) >= READ_ROWS:
                yield pa.Table.from_pylist(rows, schema=RAW_SCHEMA)
                rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=RAW_SCHEMA)


class CleanActor:
    """Holds the per-article stages' parsers and models; one per worker slot, reused for every batch."""

    def __init__(self, extract: bool = False) -> None:
        from newsdesk.clean.sentences import _segmenter

        self.extract = extract
        _segmenter()  # load the sentencizer once, not on the first batch
        if extract:
            from newsdesk.extract import annotate

            annotate([])  # loads the shared spaCy model (cached in this process) before the first batch

    def __call__(self, batch: pa.Table) -> pa.Table:
        return results_table(clean_raw_rows(batch.to_pylist(), self.extract))


def cluster_cpus() -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def run_ray(
    paths: list[str], out: Path, *, address: str | None = None, workers: int | None = None, extract: bool = False
) -> None:
    """Clean (and with ``extract`` annotate) everything under ``paths`` on Ray Data and write Parquet files
    to ``out``."""
    init_ray(address, num_cpus=workers)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = sys.stderr.isatty()
    files = input_files(paths)
    if not files:
        return
    actors = workers or cluster_cpus()
    dataset = (
        ray.data.from_items([{"file": n, "path": p} for n, p in files], override_num_blocks=len(files))
        .map_batches(_read_files, batch_size=1, batch_format="pyarrow", num_cpus=READ_CPUS)
        .map_batches(
            CleanActor,
            batch_size=BATCH_SIZE,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=actors),
            fn_constructor_kwargs={"extract": extract},
            num_cpus=CLEAN_CPUS,
        )
    )
    dataset.write_parquet(str(out), min_rows_per_file=ROWS_PER_FILE, ray_remote_args={"num_cpus": WRITE_CPUS})
