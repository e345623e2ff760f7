from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pgserver import fresh_database, postgres_server


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_admin: str) -> str:
    return fresh_database(pg_admin, _COUNTER)


_COUNTER = [0]
