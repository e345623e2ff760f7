"""Chains the per-article stages and counts what each kept, skipped and rejected (and why).

The per-record work is pure functions (``clean_document``): this loop, a process pool or Ray call the same
ones. Only this module talks to the store, in batches, so a crash loses at most the batch in flight and a
rerun skips what is stored (articles are keyed by a content hash computed before cleaning).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.clean import article_id, clean_document
from newsdesk.errors import InputError
from newsdesk.ingest import read_paths
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.store import Store

if TYPE_CHECKING:
    from newsdesk.cluster.groups import StoryGroup

BATCH_SIZE = 64


@dataclass(slots=True)
class RunReport:
    """What a run did: counts per stage and every rejected input with its reason."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{k}={v}" for k, v in sorted(self.counts.items())]
        return f"run {self.run_id}: " + ", ".join(parts)


def clean_record(record: RawDocument | Rejection) -> Article | Rejection:
    """The pure per-record stage: a raw record becomes an article, or a rejection naming the reason."""
    if isinstance(record, Rejection):
        return record
    try:
        return clean_document(record)
    except InputError as exc:
        return Rejection(exc.path, exc.reason, stage="clean")
    except RecursionError:
        return Rejection(record.path, "document is nested too deeply to parse", stage="clean")


def _batches(records: Iterable[RawDocument | Rejection], size: int) -> Iterator[list[RawDocument | Rejection]]:
    batch: list[RawDocument | Rejection] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    command: str = "ingest",
    progress: Callable[[RunReport], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunReport:
    """Read, clean and store everything under ``paths``; already-stored records are skipped unread."""
    return ingest_records(read_paths(paths), store, command=command, progress=progress, batch_size=batch_size)


def ingest_records(
    records: Iterable[RawDocument | Rejection],
    store: Store,
    *,
    command: str = "ingest",
    progress: Callable[[RunReport], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunReport:
    """Clean and store records from any reader (files, an HTTP body); one run, batched like ``ingest``."""
    report = RunReport(run_id=store.start_run(command))
    status = "failed"
    try:
        for batch in _batches(records, batch_size):
            _ingest_batch(batch, store, report)
            if progress:
                progress(report)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        store.finish_run(report.run_id, status, dict(report.counts))
    return report


def _ingest_batch(batch: list[RawDocument | Rejection], store: Store, report: RunReport) -> None:
    raw_ids = {id(r): article_id(r) for r in batch if isinstance(r, RawDocument)}
    stored = store.existing_ids(list(raw_ids.values()))
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for record in batch:
        report.counts["read"] += 1
        if isinstance(record, RawDocument) and raw_ids[id(record)] in stored:
            report.counts["skipped_stored"] += 1
            report.article_ids.append(raw_ids[id(record)])
            continue
        result = clean_record(record)
        if isinstance(result, Rejection):
            rejections.append(result)
            report.counts[f"rejected_{result.stage}"] += 1
        else:
            articles.append(result)
    inserted = set(store.add_articles(articles, run_id=report.run_id))
    for article in articles:
        report.counts["stored" if article.id in inserted else "skipped_stored"] += 1
        report.article_ids.append(article.id)
    store.add_rejections(report.run_id, rejections)
    report.rejections.extend(rejections)


def cluster_stored(store: Store, ids: Sequence[str] | None = None) -> tuple[list[Article], list[StoryGroup]]:
    """Copies, stories and events of stored articles (all of them by default), written back to the store.

    Returns the articles in the order of ``ids`` (``duplicate_of`` set on copies) and their story groups,
    largest first. The same input gives the same story ids on every run.
    """
    from newsdesk.cluster.groups import group_stories

    articles = store.get_articles(list(ids) if ids is not None else store.article_ids())
    groups = group_stories(articles)
    marked = {a.id: a for g in groups for a in g.articles}
    store.set_duplicates({a.id: a.duplicate_of for a in marked.values()})
    store.save_stories(groups)
    return [marked[a.id] for a in articles], groups
