"""Inputs for the scale tests: real articles from the Timeline17 dev split, written as JSON Lines here."""

from __future__ import annotations

import gzip
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"


def write_t17(path: Path, per_topic: int) -> Path:
    """``per_topic`` articles from each topic folder, in folder order (a real multi-outlet mix)."""
    with path.open("w", encoding="utf-8") as out:
        for folder in sorted(T17.iterdir()):
            with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
                for line in itertools.islice(lines, per_topic):
                    record = json.loads(line)
                    record["source"] = folder.name.split("_")[-1]
                    out.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="session")
def t17_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_t17(tmp_path_factory.mktemp("t17") / "t17_small.jsonl", per_topic=3)


@pytest.fixture(scope="session")
def t17_medium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_t17(tmp_path_factory.mktemp("t17") / "t17_medium.jsonl", per_topic=15)


@pytest.fixture(scope="session")
def ray_local() -> Iterator[None]:
    """One local Ray instance for the whole session (starting one costs seconds)."""
    os.environ["RAY_AUTH_MODE"] = "disabled"
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()
