"""``newsdesk eval TASK PATH``: one scorer module per public task, run on the product's own code path.

Each task module has ``evaluate(path, predictions=None) -> dict`` returning its metrics; with
``predictions`` it also writes one JSON line per item in the shapes of ../shared/eval/README.md.
"""

from __future__ import annotations

import importlib
import importlib.util
import zlib
from pathlib import Path
from typing import Any

from newsdesk.errors import InputError

TASKS: dict[str, str] = {
    "extraction": "newsdesk.evaluate.extraction",
    "clustering": "newsdesk.evaluate.clustering",
    "timex": "newsdesk.evaluate.timex",
    "quotes": "newsdesk.evaluate.quotes",
    "mds": "newsdesk.evaluate.mds",
    "timeline": "newsdesk.evaluate.timeline",
}


def available_tasks() -> list[str]:
    found = []
    for task, module in TASKS.items():
        if importlib.util.find_spec(module) is not None:
            found.append(task)
    return found


def run_task(task: str, path: Path, predictions: Path | None = None) -> dict[str, Any]:
    if task not in available_tasks():
        raise KeyError(f"unknown eval task {task!r}; available: {', '.join(available_tasks())}")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    module = importlib.import_module(TASKS[task])
    shape = f"not in the {task} format (shared/eval/README.md)"
    try:
        result: dict[str, Any] = module.evaluate(path, predictions)
    except InputError:
        raise
    except KeyError as exc:  # a scorer reads its fields by name: the record lacks one
        raise InputError(str(path), f"{shape}: a record has no {exc.args[0]!r} field") from exc
    except OSError as exc:  # a folder where a file is expected, unreadable, a bad gzip stream, --predictions
        if predictions is not None and exc.filename == str(predictions):
            raise InputError(str(predictions), f"cannot write the predictions: {exc.strerror or exc}") from exc
        raise InputError(str(exc.filename or path), f"{shape}: {exc.strerror or exc}") from exc
    except (ValueError, TypeError, EOFError, zlib.error) as exc:  # wrong shapes, malformed JSON, cut gzip
        raise InputError(str(path), f"{shape}: {exc}") from exc
    return result
