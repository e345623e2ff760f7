"""``newsdesk eval TASK PATH``: one scorer module per public task, run on the product's own code path.

Each task module has ``evaluate(path, predictions=None) -> dict`` returning its metrics; with
``predictions`` it also writes one JSON line per item in the shapes of ../shared/eval/README.md.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

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
    result: dict[str, Any] = module.evaluate(path, predictions)
    return result
