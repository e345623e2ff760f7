"""Chains the per-article stages and counts what each kept, skipped and rejected (and why).

The per-record work is pure functions (``clean_document``, then with ``extract`` the extractors'
``annotate``): this loop, a process pool or Ray call the same ones (``process_batch``). Only this module
talks to the store, in batches, so a crash loses at most the batch in flight and a rerun skips what is
stored (articles are keyed by a content hash computed before cleaning), unless the stored article was cleaned
by another cleaner version (``newsdesk.clean.version``): then it is cleaned again and replaced in place, so an
upgrade's cleaning reaches articles stored before it on their next ingest. An article's annotations are
written in its transaction, so a stored article either has them or, if it was stored without extraction
or with another extractor version, gets them on the next run that extracts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsdesk.clean import article_id, clean_document
from newsdesk.clean.version import cleaner_version
from newsdesk.errors import InputError
from newsdesk.ingest import read_paths
from newsdesk.model import Annotations, Article, RawDocument, Rejection
from newsdesk.store import Store

if TYPE_CHECKING:
    from newsdesk.cluster.groups import StoryGroup

BATCH_SIZE = 64
T = TypeVar("T")
# What a worker is given: records to clean, ids of stored articles (passed through, keeping their place),
# and stored articles whose annotations are missing (annotated only).
Batch = list[RawDocument | Rejection | str | Article]


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


@dataclass(slots=True)
class BatchResult:
    """What the per-article stages made of one batch, in input order, ready for one store transaction."""

    results: list[Article | Rejection | str]
    annotations: dict[str, str] = field(default_factory=dict)  # article id → JSON (newsdesk.store.annotations)
    extractor: str = ""  # the extractor version of ``annotations``
    failed: list[Rejection] = field(default_factory=list)  # articles stored without annotations, and why
    cleaner: str = field(default_factory=cleaner_version)  # the cleaner version of the articles


def annotate_documents(articles: Sequence[Article]) -> tuple[dict[str, str], list[Rejection]]:
    """The extraction stage: annotations JSON per article id. An article whose extraction raises is
    reported (stage ``extract``) and stored without annotations; the others of its batch keep theirs."""
    from newsdesk.extract import annotate
    from newsdesk.store.annotations import dumps_annotations

    try:
        found = annotate(articles)
    except Exception:  # one bad article must not cost its batch: retry one by one below
        found, failed = {}, []
        for article in articles:
            try:
                found.update(annotate([article]))
            except Exception as exc:  # reported with its reason, like a rejected input
                reason = f"extraction failed, stored without annotations: {type(exc).__name__}: {exc}"
                failed.append(Rejection(article.path, reason, stage="extract"))
    else:
        failed = []
    texts = {a.id: a.text for a in articles}
    return {k: dumps_annotations(ann, texts[k]) for k, ann in found.items()}, failed


def process_batch(records: Batch, extract: bool = False) -> BatchResult:
    """The per-article stages over one batch (what a pool worker or a Ray actor runs): clean each record,
    then, with ``extract``, annotate the cleaned articles and the stored ones handed in for annotation."""
    results: list[Article | Rejection | str] = []
    to_annotate: list[Article] = []
    for record in records:
        if isinstance(record, str):
            results.append(record)
            continue
        result = record.id if isinstance(record, Article) else clean_record(record)
        results.append(result)
        if isinstance(record, Article):
            to_annotate.append(record)
        elif isinstance(result, Article):
            to_annotate.append(result)
    if not extract:
        return BatchResult(results)
    from newsdesk.extract.version import extractor_version

    documents, failed = annotate_documents(to_annotate) if to_annotate else ({}, [])
    return BatchResult(results, documents, extractor_version(), failed)


def batched(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter): the unit of cleaning work and of one transaction."""
    batch: list[T] = []
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
    workers: int = 1,
    extract: bool = False,
) -> RunReport:
    """Read, clean (with ``extract``: and annotate) and store everything under ``paths``; already-stored
    records are skipped unread."""
    return ingest_records(
        read_paths(paths),
        store,
        command=command,
        progress=progress,
        batch_size=batch_size,
        workers=workers,
        extract=extract,
    )


def ingest_records(
    records: Iterable[RawDocument | Rejection],
    store: Store,
    *,
    command: str = "ingest",
    progress: Callable[[RunReport], None] | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    extract: bool = False,
) -> RunReport:
    """Clean and store records from any reader (files, an HTTP body) in one recorded run.

    ``workers > 1`` cleans in a process pool (``newsdesk.scale.pool``); results are stored in input order
    by this process alone, so the store holds the same thing whatever ``workers`` is. ``extract`` runs
    extraction in the same workers and stores each article's annotations with it; a stored article
    without annotations of the current extractor version is annotated (not cleaned again).
    """
    from newsdesk.scale.pool import map_batches

    extractor = ""
    if extract:
        from newsdesk.extract.version import extractor_version

        extractor = extractor_version()
    with recorded_run(store, command) as report:
        to_clean = (_unstored(batch, store, report, extractor) for batch in batched(records, batch_size))
        for _batch, results in map_batches(to_clean, workers, extract=extract):
            store_results(results, store, report)
            if progress:
                progress(report)
    return report


@contextmanager
def recorded_run(store: Store, command: str) -> Iterator[RunReport]:
    """A row in the run log for the duration of the block: ``done``, ``interrupted`` (Ctrl-C) or ``failed``,
    with the counts reached. A killed process leaves it ``running``; its committed batches stay valid."""
    report = RunReport(run_id=store.start_run(command))
    status = "failed"
    try:
        yield report
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        store.finish_run(report.run_id, status, dict(report.counts))


def _unstored(batch: list[RawDocument | Rejection], store: Store, report: RunReport, extractor: str = "") -> Batch:
    """A batch with its already-stored records (by content hash) replaced by their article id, so they are
    not cleaned again but keep their place in ``report.article_ids``. A record stored by another cleaner
    version stays, to be cleaned again (and replaced by ``store_results``). With an ``extractor`` version, a
    stored article without annotations of that version is replaced by the stored article, to be annotated."""
    raw_ids = {id(r): article_id(r) for r in batch if isinstance(r, RawDocument)}
    ids = list(raw_ids.values())
    stored = store.existing_ids(ids) - store.stale_ids(ids, cleaner_version())
    report.counts["read"] += len(batch)
    unannotated = stored - store.annotated_ids(list(stored), extractor) if extractor and stored else set()
    fetched: dict[str, str | Article] = {a.id: a for a in store.get_articles(list(unannotated))}
    return [
        fetched.get(raw_ids[id(r)], raw_ids[id(r)]) if isinstance(r, RawDocument) and raw_ids[id(r)] in stored else r
        for r in batch
    ]


def store_results(processed: BatchResult, store: Store, report: RunReport) -> list[Article]:
    """Store one processed batch (articles with their annotations) in one transaction; returns the articles
    it cleaned (new or already stored)."""
    results = processed.results
    articles = [r for r in results if isinstance(r, Article)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    written = store.add_articles(
        articles,
        run_id=report.run_id,
        annotations=processed.annotations,
        extractor=processed.extractor,
        cleaner=processed.cleaner,
    )
    inserted, replaced = set(written.inserted), set(written.replaced)
    counted: set[str] = set()  # a record given twice in one batch is written once: its copy is "already stored"
    if processed.annotations:
        report.counts["annotated"] += len(processed.annotations)
    if processed.failed:
        report.counts["extract_failed"] += len(processed.failed)
    for result in results:
        if isinstance(result, Rejection):
            report.counts[f"rejected_{result.stage}"] += 1
            continue
        article = result if isinstance(result, str) else result.id
        if article in counted:
            report.counts["skipped_stored"] += 1
        elif article in replaced:
            report.counts["recleaned"] += 1
        else:
            report.counts["stored" if article in inserted else "skipped_stored"] += 1
        counted.add(article)
        report.article_ids.append(article)
    rejections += processed.failed
    store.add_rejections(report.run_id, rejections)
    report.rejections.extend(rejections)
    return articles


def stored_annotations(store: Store, articles: Sequence[Article]) -> dict[str, Annotations]:
    """Annotations of ``articles`` keyed by id, in their order: the stored ones of the current extractor
    version, the others extracted now (``annotate``, not stored: this is a read path)."""
    from newsdesk.extract import annotate
    from newsdesk.extract.version import extractor_version
    from newsdesk.store.annotations import loads_annotations

    documents = store.annotation_documents([a.id for a in articles], extractor_version())
    unstored = [a for a in articles if a.id not in documents]
    missing = annotate(unstored) if unstored else {}
    return {
        a.id: loads_annotations(documents[a.id], a.id, a.text) if a.id in documents else missing[a.id] for a in articles
    }


def cluster_stored(
    store: Store, ids: Sequence[str] | None = None, links: Mapping[str, str] | None = None
) -> tuple[list[Article], list[StoryGroup]]:
    """Copies, stories and events of stored articles (all of them by default), written back to the store.

    Returns the articles in the order of ``ids`` (``duplicate_of`` set on copies) and their story groups,
    largest first. The same input gives the same story ids on every run. ``links``: copies found elsewhere
    over the same articles (the Ray engine's cluster-wide dedup) instead of ``find_duplicates`` here.
    """
    from newsdesk.cluster.groups import group_stories

    articles = store.get_articles(list(ids) if ids is not None else store.article_ids())
    groups = group_stories(articles, links=links)
    marked = {a.id: a for g in groups for a in g.articles}
    store.set_duplicates({a.id: a.duplicate_of for a in marked.values()})
    store.save_stories(groups)
    return [marked[a.id] for a in articles], groups
