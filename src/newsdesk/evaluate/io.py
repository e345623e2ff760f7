"""Reading eval splits and writing prediction files (JSON Lines, gzip by suffix)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


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
