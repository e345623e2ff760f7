"""Readers: files and folders in, ``RawDocument`` or ``Rejection`` records out, one input at a time.

A reader is a function ``(path) -> Iterator[RawDocument | Rejection]``. It streams (a record at a time, never a
whole feed in memory), and turns bad input into a ``Rejection`` naming the file and the reason so the rest
of the batch goes on. New formats register a suffix in ``READERS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsdesk.model import RawDocument, Rejection

from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

Record = RawDocument | Rejection
Reader = Callable[[Path], Iterator[Record]]

# Longest suffix first so ".jsonl.gz" wins over ".gz".
READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".txt": read_text,
    ".text": read_text,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Add a format (feeds, WARC, ...) without touching the dispatcher."""
    READERS[suffix] = reader


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Expand folders (sorted, so runs are deterministic); hidden files are skipped, and so are links to
    folders inside a folder (never followed: a link back up would loop)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), _not_a_file(path))


def _not_a_file(path: Path) -> str:
    if path.is_symlink():
        return "broken symbolic link, or a loop of links"
    return "not a regular file" if path.exists() else "no such file or folder"


def _folder_files(folder: Path) -> list[Path | Rejection]:
    """The files under ``folder``; a subfolder that cannot be listed (permissions), a broken link or a loop of
    links is a rejection rather than left out without a word, and so is a folder with no file to read."""
    found: list[Path | Rejection] = []

    def unlisted(exc: OSError) -> None:
        found.append(Rejection(str(exc.filename or folder), f"cannot list folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            child = Path(root) / name
            if not name.startswith("."):
                found.append(child if child.is_file() else Rejection(str(child), _not_a_file(child)))
    if not found:
        found.append(Rejection(str(folder), "no files in this folder"))
    return sorted(found, key=lambda item: item if isinstance(item, Path) else Path(item.path))


def read_paths(paths: Iterable[str | Path]) -> Iterator[Record]:
    """Every record under ``paths``, in a stable order; unknown formats are rejected, never skipped silently."""
    for item in iter_files(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        yield from read_file(item)


def read_file(path: Path) -> Iterator[Record]:
    """The records of one file (engines that spread files over workers call this per file)."""
    reader = reader_for(path)
    if reader is None:
        yield Rejection(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r}")
        return
    try:
        yield from reader(path)
    except OSError as exc:
        yield Rejection(str(path), f"cannot read file: {exc.strerror or exc}")


def _register_optional_readers() -> None:
    """Feeds and WARC readers live in their own modules; they register themselves when present."""
    import importlib

    for module in ("newsdesk.ingest.feeds", "newsdesk.ingest.warc"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


_register_optional_readers()
