"""Records as Arrow rows: what travels between Ray tasks and what the batch engines write as Parquet.

Every row carries ``seq``, the record's place in the input (file number × 2³² + record number in the file),
so any engine's output can be put back in input order and stored in exactly the order a plain ``ingest``
stores it. Sentences are stored as offsets only: their text is ``text[start:end]`` and is rebuilt on
load, which keeps the Parquet files near the size of the clean text. With extraction, an article's row also
carries its annotations as the store keeps them (JSON, ``newsdesk.store.annotations``) and the extractor
version, or the reason its extraction failed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from newsdesk.errors import MissingExtra
from newsdesk.model import Article, RawDocument, Rejection, Removal, Sentence

if TYPE_CHECKING:
    from newsdesk.pipeline import BatchResult

try:
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtra("Parquet output (newsdesk batch)", "scale", "pyarrow 'ray[data]'") from exc

SEQ_FILE_SHIFT = 32

_RAW_FIELDS = ("path", "text", "html", "external_id", "url", "title", "source", "author")
_RAW_EXTRA = ("published", "crawled", "reason", "stage")
RAW_SCHEMA = pa.schema([("seq", pa.int64()), *((name, pa.string()) for name in (*_RAW_FIELDS, *_RAW_EXTRA))])

_ARTICLE_FIELDS = ("id", "path", "text", "source", "title", "url", "author", "external_id", "duplicate_of")
RESULT_SCHEMA = pa.schema(
    [("seq", pa.int64()), ("kind", pa.string())]
    + [(name, pa.string()) for name in _ARTICLE_FIELDS]
    + [
        ("published", pa.string()),
        ("removed", pa.string()),
        ("sentence_starts", pa.list_(pa.int32())),
        ("sentence_ends", pa.list_(pa.int32())),
        ("reason", pa.string()),
        ("stage", pa.string()),
        ("annotations", pa.string()),
        ("extractor", pa.string()),
        ("extract_error", pa.string()),
    ]
)


def seq_of(file_number: int, record_number: int) -> int:
    return (file_number << SEQ_FILE_SHIFT) | record_number


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def raw_row(seq: int, record: RawDocument | Rejection) -> dict[str, Any]:
    """A reader's record as a row (a reader's rejection travels too, so it is reported in order)."""
    row: dict[str, Any] = dict.fromkeys(RAW_SCHEMA.names)
    row["seq"] = seq
    if isinstance(record, Rejection):
        row.update(path=record.path, reason=record.reason, stage=record.stage)
        return row
    row.update({name: getattr(record, name) for name in _RAW_FIELDS})
    row.update(published=_iso(record.published), crawled=_iso(record.crawled))
    return row


def row_raw(row: dict[str, Any]) -> RawDocument | Rejection:
    if row.get("reason") is not None:
        return Rejection(row["path"], row["reason"], row["stage"] or "ingest")
    fields: dict[str, Any] = {name: row.get(name) for name in _RAW_FIELDS}
    return RawDocument(
        **fields,
        published=_date(row.get("published")),
        crawled=_date(row.get("crawled")),
    )


def result_row(
    seq: int,
    result: Article | Rejection,
    annotations: str | None = None,
    extractor: str | None = None,
    extract_error: str | None = None,
) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(RESULT_SCHEMA.names)
    row["seq"] = seq
    if isinstance(result, Rejection):
        row.update(kind="rejection", path=result.path, reason=result.reason, stage=result.stage)
        return row
    row.update({name: getattr(result, name) for name in _ARTICLE_FIELDS})
    row.update(
        kind="article",
        published=_iso(result.published),
        removed=json.dumps([[r.rule, r.text] for r in result.removed], ensure_ascii=False),
        sentence_starts=[s.start for s in result.sentences],
        sentence_ends=[s.end for s in result.sentences],
        annotations=annotations,
        extractor=extractor if annotations is not None else None,
        extract_error=extract_error,
    )
    return row


def batch_rows(seqs: list[int], processed: BatchResult) -> list[dict[str, Any]]:
    """One processed batch (``pipeline.process_batch``) as result rows, annotations included."""
    failed = {r.path: r.reason for r in processed.failed}
    rows = []
    for seq, result in zip(seqs, processed.results, strict=True):
        if isinstance(result, str):
            raise TypeError(f"row {seq}: a batch engine cleans every record; got a stored id {result}")
        if isinstance(result, Rejection):
            rows.append(result_row(seq, result))
            continue
        document = processed.annotations.get(result.id)
        rows.append(result_row(seq, result, document, processed.extractor, failed.get(result.path)))
    return rows


def rows_batch(rows: list[dict[str, Any]]) -> BatchResult:
    """Result rows back as one batch for ``pipeline.store_results`` (articles with their annotations)."""
    from newsdesk.pipeline import BatchResult

    annotated = [r for r in rows if r["annotations"] is not None]
    return BatchResult(
        results=[row_result(r) for r in rows],
        annotations={r["id"]: r["annotations"] for r in annotated},
        extractor=annotated[0]["extractor"] if annotated else "",
        failed=[Rejection(r["path"], r["extract_error"], "extract") for r in rows if r["extract_error"] is not None],
    )


def row_result(row: dict[str, Any]) -> Article | Rejection:
    if row["kind"] == "rejection":
        return Rejection(row["path"], row["reason"], row["stage"] or "ingest")
    text = row["text"]
    spans = zip(row["sentence_starts"], row["sentence_ends"], strict=True)
    return Article(
        **{name: row[name] for name in _ARTICLE_FIELDS},
        sentences=tuple(Sentence(i, start, end, text[start:end]) for i, (start, end) in enumerate(spans)),
        published=_date(row["published"]),
        removed=tuple(Removal(rule, removed) for rule, removed in json.loads(row["removed"])),
    )


def results_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def table_results(table: pa.Table) -> Iterator[tuple[int, Article | Rejection]]:
    for row in table.to_pylist():
        yield row["seq"], row_result(row)
