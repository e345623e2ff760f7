"""The seeds parsed once per session: every extraction test reads the same annotations."""

from __future__ import annotations

import pytest

from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article


@pytest.fixture(scope="session")
def seed_annotations(seed_articles: dict[str, Article]) -> dict[str, Annotations]:
    """Annotations keyed by seed number ("000" .. "004")."""
    by_id = annotate(list(seed_articles.values()))
    return {n: by_id[a.id] for n, a in seed_articles.items()}
