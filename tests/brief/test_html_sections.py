"""The HTML brief (``newsdesk brief --format html``) is a view of the same document as the text brief: read as an
editor would, it must show every section the text brief shows and every citation the text brief prints."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from newsdesk.brief.assemble import build_story
from newsdesk.brief.render import brief_document, render
from newsdesk.evaluate.io import read_jsonl
from tests.conftest import EVAL, t17_page

MARKER = re.compile(r"\[(\d+\.\d+(?:, \d+\.\d+)*)\]")


@pytest.fixture(scope="module")
def libya_doc() -> dict[str, Any]:
    """Two Timeline17 LibyaWar_cnn pages with their publication dates (so the story has a timeline): one claims a
    million weapons handed out and says CNN cannot verify it, the other says CNN could not confirm reports."""
    topic, ids = "LibyaWar_cnn", ("335", "194")
    published = {
        str(r["id"]): date.fromisoformat(r["published"])
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / topic / "articles.jsonl.gz")
        if str(r["id"]) in ids
    }
    articles = [dataclasses.replace(t17_page(topic, i), published=published[i]) for i in ids]
    return brief_document(articles, [build_story(articles, 120)])


def _section(text: str, heading: str) -> list[str]:
    return text.split(f"\n{heading}:\n")[1].split("\n\n")[0].splitlines()


def test_html_brief_shows_every_section_of_the_text_brief(libya_doc: dict[str, Any]) -> None:
    """It dropped "Not verified, as the outlets say" (CNN's own notes that it could not verify a claim), "Who and
    where" and "Reporting"."""
    text, html = render(libya_doc, "text"), render(libya_doc, "html")
    headings = [line[:-1] for line in text.splitlines() if re.fullmatch(r"[A-Z][^:]*:", line)]
    assert {"Not verified, as the outlets say", "Timeline", "Who and where", "Reporting"} <= set(headings)
    assert [h for h in headings if f"<h2>{h}</h2>" not in html] == []
    assert "“CNN can not independently verify the claim.”" in html.replace("&#34;", '"')


def test_html_timeline_lines_are_cited(libya_doc: dict[str, Any]) -> None:
    """Each timeline line carries the citations the text brief gives it (they were missing: a dated line no
    reader could check), and every citation the text brief prints is in the HTML brief."""
    text, html = render(libya_doc, "text"), render(libya_doc, "html")
    timeline = html.split("<h2>Timeline</h2>")[1].split("</ul>")[0]
    entries = dict(re.findall(r"<li><b>(\d{4}-\d\d-\d\d)</b>(.*?)</li>", timeline))
    lines = _section(text, "Timeline")
    assert lines and len(entries) == len(lines)
    for line in lines:
        day = line.strip().removeprefix("- ")[:10]
        cited = [c for m in MARKER.findall(line) for c in m.split(", ")]
        assert cited and all(f">[{c}]</a>" in entries[day] for c in cited), line
    printed = {c for m in MARKER.findall(text) for c in m.split(", ")}
    assert {c for c in printed if f">[{c}]</a>" not in html} == set()
