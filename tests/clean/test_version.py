"""The cleaner version must change when the cleaner's output does: stored articles are cleaned again only
when their stored version differs (``pipeline._unstored``), so an unbumped change would never reach them.

The fingerprints below hash ``clean_document``'s whole output on real records: the seeds and Timeline17
wire text (text input: this package's rules only), and scrapinghub benchmark pages (HTML: trafilatura's
extraction too, so keyed by the full ``cleaner_version()``). When a test here fails after you changed the
cleaner, bump ``ALGORITHM`` in ``src/newsdesk/clean/version.py`` and record the printed fingerprints.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from newsdesk.clean import clean_document
from newsdesk.clean.version import ALGORITHM, cleaner_version
from newsdesk.evaluate.io import read_jsonl
from newsdesk.evaluate.timeline import load_articles
from newsdesk.ingest import read_paths
from newsdesk.model import Article, RawDocument
from tests.conftest import EVAL

TEXT_FINGERPRINTS = {
    "clean.document.v2": "56dd22d0cde63a68",
    "clean.document.v3": "75e4580ca199edf6",
    "clean.document.v4": "e67c086cb4564d3e",
    "clean.document.v5": "b5564e70a733354b",
    "clean.document.v6": "48a8ba419ebb0f2f",
    "clean.document.v7": "61cd7912c70b6058",
    "clean.document.v8": "10a1dffc26a54d57",
    "clean.document.v9": "472edda0d801ef21",
    "clean.document.v10": "14451271310bd6ae",
    "clean.document.v11": "d3c8ae27f472a6bd",
    "clean.document.v12": "5b097acb314f1177",
    "clean.document.v13": "575516f13ab9657d",
    "clean.document.v14": "15a34500d4178cd6",
    "clean.document.v15": "15a34500d4178cd6",  # the live-page clock stamps are on no fingerprinted page
    "clean.document.v16": "9b4c0b53eaac5de9",
    "clean.document.v17": "05f56c3cf03fe862",
    "clean.document.v18": "69e5a69f2bb2f4c8",
    "clean.document.v19": "30d2dfe8178b9af7",
    "clean.document.v20": "ae86fa3d093d25af",
    "clean.document.v21": "c52031841354e4af",
    "clean.document.v22": "59ff01c162af1f6f",
    "clean.document.v23": "db6b09374ff3df15",
    "clean.document.v24": "c01014062ffc6812",
}
HTML_FINGERPRINTS = {
    "clean.document.v2+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v3+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v4+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v5+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v6+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v7+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v8+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v9+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v10+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v11+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v12+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v13+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v14+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v15+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v16+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v17+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v18+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v19+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v20+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v21+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v22+trafilatura==2.3.1": "aeba2fc42c750a6a",
    "clean.document.v23+trafilatura==2.3.1": "e73ed9e096669658",  # a Bleacher Report head cut off its lead
    "clean.document.v24+trafilatura==2.3.1": "e73ed9e096669658",  # no "End Quote" box on the HTML pages
}
T17_RECORDS = 40  # per topic folder: wire text with datelines, captions, comment threads
HTML_PAGES = 40


def fingerprint(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for a in articles:
        row = [a.id, a.text, [(s.start, s.end) for s in a.sentences], a.title, str(a.published), a.source, a.author]
        row += [a.url, [(r.rule, r.text) for r in a.removed]]
        digest.update(json.dumps(row, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def text_articles(seeds_dir: Path) -> list[Article]:
    articles = [clean_document(r) for r in read_paths([seeds_dir]) if isinstance(r, RawDocument)]
    for folder in sorted((EVAL / "timelines" / "t17" / "dev").iterdir()):
        articles += load_articles(folder, limit=T17_RECORDS)
    return articles


def test_text_cleaning_matches_its_version(seeds_dir: Path) -> None:
    got = fingerprint(text_articles(seeds_dir))
    assert TEXT_FINGERPRINTS.get(ALGORITHM) == got, (
        f"clean_document's output on text records changed ({got}): bump ALGORITHM in newsdesk/clean/version.py"
        f" and record {ALGORITHM!r}: {got!r} in TEXT_FINGERPRINTS"
    )


def test_html_cleaning_matches_its_version() -> None:
    pages = []
    for n, page in enumerate(read_jsonl(EVAL / "extraction" / "dev.jsonl.gz")):
        if n == HTML_PAGES:
            break
        pages.append(clean_document(RawDocument(path=page["id"], html=page["html"], url=page.get("url"))))
    got, version = fingerprint(pages), cleaner_version()
    assert version.startswith(f"{ALGORITHM}+"), f"cleaner_version() {version!r} does not start with {ALGORITHM!r}"
    recorded = {v for v in HTML_FINGERPRINTS if v.startswith(f"{ALGORITHM}+")}
    assert recorded, f"record {version!r}: {got!r} in HTML_FINGERPRINTS (ALGORITHM was bumped)"
    if version not in HTML_FINGERPRINTS:  # the same rules over another trafilatura: its version is in the string
        pytest.skip(f"no fingerprint recorded for {version} (recorded: {sorted(recorded)}): {got}")
    assert HTML_FINGERPRINTS[version] == got, (
        f"clean_document's output on HTML pages changed ({got}): bump ALGORITHM in newsdesk/clean/version.py"
        f" and record {version!r}: {got!r} in HTML_FINGERPRINTS"
    )
