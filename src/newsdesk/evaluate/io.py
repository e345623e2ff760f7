"""Reading eval splits and writing prediction files (JSON Lines, gzip by suffix)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from newsdesk.errors import InputError
from newsdesk.ingest.jsonl import parse_json


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a split, one a line; a line that is not a JSON object is an ``InputError`` naming it."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    value = parse_json(line)
                except ValueError as exc:
                    raise InputError(f"{path}:{lineno}", f"malformed JSON: {exc}") from exc
                if not isinstance(value, dict):
                    raise InputError(f"{path}:{lineno}", f"expected a JSON object, got {type(value).__name__}")
                yield value


@contextmanager
def prediction_writer(path: Path | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        yield handle


def write_prediction(handle: IO[str] | None, record: dict[str, Any]) -> None:
    if handle is not None:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_all(path: Path | None, records: Iterable[dict[str, Any]]) -> None:
    with prediction_writer(path) as handle:
        for record in records:
            write_prediction(handle, record)
