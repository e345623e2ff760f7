"""Schemathesis against the OpenAPI document: generated requests to every operation, no server errors.

Bounded (``MAX_EXAMPLES`` per operation, no shrinking past the first failure) so the run stays well under a
minute. The server holds the seeds; ingest runs with the token, so generated bodies reach the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import TOKEN, Live, _serve

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def api_live(tmp_path_factory: pytest.TempPathFactory, seeded_db: Path) -> Iterator[Live]:
    from newsdesk.store import SQLiteStore

    db = tmp_path_factory.mktemp("schema") / "copy.db"
    with SQLiteStore(seeded_db) as src, SQLiteStore(db) as dst:
        src.conn.backup(dst.conn)
    yield from _serve(db)


def test_no_server_errors_and_responses_match_the_spec(api_live: Live) -> None:
    # Driven by hand rather than ``schemathesis.pytest.from_fixture``, which breaks on pytest 9 (``_nodeid``).
    api = schemathesis.openapi.from_url(f"{api_live.url}/openapi.json")
    failures: dict[str, str] = {}
    operations, calls = 0, []
    for result in api.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def run(case: schemathesis.Case) -> None:
            calls.append(case.operation.label)
            case.call_and_validate(base_url=api_live.url, headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

        try:
            run()
        except Exception as exc:
            failures[operation.label] = str(exc)[:2000]
    assert operations >= 9 and len(set(calls)) == operations and len(calls) >= 5 * operations
    print(f"schemathesis: {len(calls)} requests over {operations} operations")
    assert not failures, "\n\n".join(f"{k}: {v}" for k, v in failures.items())
