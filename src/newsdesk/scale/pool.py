"""Order-preserving process pool for the per-article stages; the store writer stays in the main process.

Why this shape: cleaning (trafilatura, sentence segmentation) and extraction (spaCy) are CPU-bound pure
Python, so threads do not help (GIL); processes do. Work goes out in batches (one pickling round-trip per
batch, not per article) and at most ``2 × workers`` batches are in flight, so memory stays flat however long
the input is, and the main process reads the next batches while the workers clean. Results come back in
submission order, so a pool run stores exactly what a serial run stores, in the same order.

With extraction, the pool is renewed every ``EXTRACT_RECYCLE`` batches (the in-flight batches finish, fresh
workers take over): a spaCy pipeline's vocabulary grows with every new word it reads, so a worker that lived
for a whole multi-million-article run would grow without bound. Renewal costs one model load per worker
(about 2 CPU-s) per 12,800 articles, well under 1% of their extraction time (docs/benchmarks.md).
(``ProcessPoolExecutor(max_tasks_per_child=...)`` would do this per worker, but can hang on Python
3.11-3.13: CPython issue 115634.)

Workers start from a ``forkserver`` that has imported the pipeline once (fast, and safe when the parent
holds threads, as a Ray driver or a progress bar does), and ignore SIGINT so Ctrl-C reaches only the main
process, which stops between batches and leaves the store consistent.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from newsdesk.pipeline import Batch, BatchResult

In = TypeVar("In")
Out = TypeVar("Out")
# Batches per pool when extracting (200 × 64 = 12,800 articles), see the module docstring.
EXTRACT_RECYCLE = 200


def default_workers() -> int:
    """The cores this process may use (its CPU affinity), not the machine's total."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def clean_batch(records: Batch, extract: bool = False) -> BatchResult:
    """The pure per-record stages over one batch: what a worker runs. A str (the id of an article already
    stored) passes through unchanged, keeping its place. A worker loads the spaCy model on its first
    extracting batch and keeps it (``load_nlp`` is cached per process)."""
    from newsdesk.pipeline import process_batch

    return process_batch(records, extract)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def serial_map(func: Callable[[In], Out], items: Iterable[In]) -> Iterator[tuple[In, Out]]:
    for item in items:
        yield item, func(item)


def pool_map(
    func: Callable[[In], Out], items: Iterable[In], workers: int, recycle: int | None = None
) -> Iterator[tuple[In, Out]]:
    """``(item, func(item))`` in input order, computed by ``workers`` processes, ``2 × workers`` in flight;
    with ``recycle``, fresh worker processes after every ``recycle`` items."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsdesk.pipeline"])
    source = iter(items)
    while True:
        done = 0
        for pair in _one_pool(func, itertools.islice(source, recycle) if recycle else source, workers, context):
            done += 1
            yield pair
        if not recycle or done < recycle:
            return


def _one_pool(
    func: Callable[[In], Out], items: Iterable[In], workers: int, context: BaseContext
) -> Iterator[tuple[In, Out]]:
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_sigint)
    pending: deque[tuple[In, Future[Out]]] = deque()
    try:
        for item in items:
            pending.append((item, executor.submit(func, item)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        executor.shutdown(wait=not pending, cancel_futures=True)


def map_batches(
    batches: Iterable[Batch], workers: int = 1, extract: bool = False
) -> Iterator[tuple[Batch, BatchResult]]:
    """Process batches serially (``workers == 1``) or in a pool; the same results in the same order."""
    work = partial(clean_batch, extract=extract)
    if workers <= 1:
        return serial_map(work, batches)
    return pool_map(work, batches, workers, recycle=EXTRACT_RECYCLE if extract else None)
