"""Timeline17 dev pages read from the eval set at test time and cleaned as the product cleans a text record."""

from __future__ import annotations

import gzip
import json
from functools import cache

from newsdesk.clean import clean_document
from newsdesk.model import Article, RawDocument

from ..conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"


@cache
def t17_texts(folder: str) -> dict[str, str]:
    """Record id → text of one topic folder."""
    with gzip.open(T17 / folder / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        return {row["id"]: row["text"] for row in map(json.loads, lines)}


def clean_page(folder: str, page: str) -> Article:
    return clean_document(RawDocument(path=f"{folder}/{page}", text=t17_texts(folder)[page]))


def removed(article: Article, rule: str) -> list[str]:
    """What cleaning cut from the article under ``rule``."""
    return [r.text for r in article.removed if r.rule == rule]
