"""Progress of a long run: a rich progress bar on a terminal, plain periodic log lines everywhere else.

A terminal gets records read, records/s, errors and (when the number of records is known up front) a bar
and an ETA. A log file or CI gets one line every ``interval`` seconds and a final line, so a week-long run
leaves a readable trail instead of carriage-return noise.

The total is known without reading the inputs when every file holds one record (txt, HTML) or is an
uncompressed JSON Lines file (lines are counted at disk speed); a gzipped shard, a feed or a WARC
archive would have to be decompressed and parsed to be counted, so for those the total stays unknown and
no ETA is shown rather than a wrong one.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from newsdesk.ingest import iter_files
from newsdesk.pipeline import RunReport

_SINGLE_RECORD = (".txt", ".text", ".html", ".htm")
_LINES = (".jsonl", ".ndjson")
_CHUNK = 1 << 20


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def count_records(paths: Iterable[str | Path]) -> int | None:
    """Records under ``paths`` when they can be counted without parsing, else None (no ETA)."""
    total = 0
    for item in iter_files(paths):
        if not isinstance(item, Path):
            total += 1  # a missing path is one rejection record
            continue
        name = item.name.lower()
        if name.endswith(_SINGLE_RECORD):
            total += 1
        elif name.endswith(_LINES):
            try:
                total += _count_lines(item)
            except OSError:
                total += 1  # unreadable or gone since listed: the reader reports it as one rejection
        else:
            return None
    return total


def errors(report: RunReport) -> int:
    """Rejected records; the per-archive summary of skipped WARC records is not an error."""
    return sum(v for k, v in report.counts.items() if k.startswith("rejected_") and k != "rejected_skip")


def status_line(report: RunReport, elapsed: float, total: int | None) -> str:
    read = report.counts["read"]
    rate = read / elapsed if elapsed > 0 else 0.0
    recleaned = report.counts["recleaned"]
    again = f"{recleaned:,} cleaned again (stored by an older version), " if recleaned else ""
    line = (
        f"run {report.run_id}: {read:,} records read ({rate:.1f}/s), {report.counts['stored']:,} stored, "
        f"{again}{report.counts['skipped_stored']:,} already stored, {errors(report):,} rejected, "
        f"{elapsed:.0f} s elapsed"
    )
    if total and rate > 0 and read < total:
        line += f", about {(total - read) / rate:.0f} s left of {total:,} records"
    return line


class RunProgress:
    """Callable passed as ``ingest(progress=...)``; use as a context manager around the run."""

    def __init__(
        self, total: int | None, stream: TextIO | None = None, tty: bool | None = None, interval: float = 10.0
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval
        self.started = time.monotonic()
        self.last_line = self.started
        self.report: RunReport | None = None
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> RunProgress:
        self.started = self.last_line = time.monotonic()
        if self.tty:
            columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn()] if self.total else []
            columns += [
                TextColumn("{task.completed:,.0f} records" if not self.total else ""),
                TextColumn("{task.fields[rate]:.1f}/s"),
                TextColumn("{task.fields[errors]} errors"),
                TimeElapsedColumn(),
            ]
            if self.total:
                columns.append(TimeRemainingColumn())
            self._bar = Progress(*columns, console=Console(file=self.stream), transient=False)
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=self.total, rate=0.0, errors=0)
        return self

    def __call__(self, report: RunReport) -> None:
        self.report = report
        now = time.monotonic()
        elapsed = now - self.started
        if self._bar is not None and self._task is not None:
            read = report.counts["read"]
            self._bar.update(self._task, completed=read, rate=read / elapsed if elapsed else 0.0, errors=errors(report))
        elif now - self.last_line >= self.interval:
            self.last_line = now
            print(status_line(report, elapsed, self.total), file=self.stream, flush=True)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.report is not None:
            print(status_line(self.report, time.monotonic() - self.started, self.total), file=self.stream, flush=True)
