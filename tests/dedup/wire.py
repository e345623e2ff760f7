"""Wire copies built from real Timeline17 articles: new headline, boilerplate, paragraphs dropped/reordered."""

from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsdesk.model import Article

BOILERPLATE = (
    "Copyright 2011 Agence France-Presse. All rights reserved. This material may not be published, broadcast,"
    " rewritten or redistributed.",
    "Follow us on Twitter and Facebook for the latest news from around the world.",
    "Sign up for our daily newsletter to get the top stories in your inbox every morning.",
    "Additional reporting by our correspondents; editing by the foreign desk.",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def load_t17(folder: Path, limit: int | None = None) -> list[Article]:
    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][:limit]
    return [
        Article(
            id=f"{folder.name}:{r['id']}",
            path=str(folder),
            text=r["text"],
            sentences=(),
            published=date.fromisoformat(r["published"]),
            source=folder.name.rsplit("_", 1)[-1],
        )
        for r in rows
    ]


def paragraphs(text: str, per: int = 3) -> list[str]:
    sentences = _SENTENCE.split(text)
    return [" ".join(sentences[i : i + per]) for i in range(0, len(sentences), per)]


def wire_copy(original: Article, kind: str, rng: random.Random) -> Article:
    """One republished copy of ``original``; ``kind`` picks what the republisher changed."""
    paras = paragraphs(original.text)
    body = paras[1:]
    if kind in ("dropped", "combined") and len(body) > 2:
        body = [p for p in body if rng.random() > 0.3]
    if kind in ("reordered", "combined"):
        rng.shuffle(body)
    if kind == "truncated":
        body = body[: max(1, len(body) // 2)]
    text = "\n\n".join([paras[0], *body])
    if kind in ("headline", "dropped", "combined"):
        text = "\n\n".join([rng.choice(BOILERPLATE), text, rng.choice(BOILERPLATE)])
    return replace(
        original,
        id=f"copy:{original.id}:{kind}",
        text=text,
        title=f"UPDATE {rng.randint(1, 9)}: " + " ".join(original.text.split()[:8]),
        source="syndicator",
        published=original.published,
    )


KINDS = ("headline", "dropped", "reordered", "truncated", "combined")
