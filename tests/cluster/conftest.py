"""ECB+ dev records by id, cleaned as on ingest: real look-alike happenings for story and event tests."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import pytest

from newsdesk.model import Article, RawDocument
from tests.conftest import EVAL


@pytest.fixture(scope="session")
def ecbplus() -> Callable[[str], Article]:
    from newsdesk.clean import clean_document

    with gzip.open(EVAL / "clustering" / "ecbplus" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        records = {r["id"]: r for r in map(json.loads, handle)}

    def article(record_id: str) -> Article:
        raw = RawDocument(path=record_id, text=records[record_id]["text"], external_id=record_id)
        return clean_document(raw)

    return article
