"""Quality floors on the public dev sets, through the product's online path (floors just under measured)."""

from __future__ import annotations

import pytest

from newsdesk.evaluate.clustering import evaluate
from tests.conftest import EVAL


@pytest.mark.slow
def test_googlenews_story_floor() -> None:
    result = evaluate(EVAL / "clustering" / "googlenews" / "dev.jsonl")
    assert result["story"]["nmi"] >= 0.958
    assert result["story"]["bcubed_f1"] >= 0.92


@pytest.mark.slow
def test_ecbplus_story_and_event_floors() -> None:
    result = evaluate(EVAL / "clustering" / "ecbplus" / "dev.jsonl.gz")
    assert result["story"]["bcubed_f1"] >= 0.95
    assert result["event"]["bcubed_f1"] >= 0.895
