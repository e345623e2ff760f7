"""``brief.set-apart.v1``: the brief of a page set apart as no news report (``cluster.pages``) says what the page is
and writes no summary, facts, quotes, figures or timeline; ``newsdesk brief``, the API's JSON and export and the web
story page say the same. Before, a quote page's notice was summarised and cited as if it were reported. Real page:
Timeline17 dev SyrianCrisis_reuters record 132 ("NYSE and AMEX quotes delayed …" / "… please click here.")."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.brief.assemble import SET_APART_BRIEF
from newsdesk.brief.render import render, set_apart_note
from newsdesk.cli import app
from newsdesk.cluster.pages import NOTICE, label
from newsdesk.evaluate.io import read_jsonl
from newsdesk.model import RawDocument
from newsdesk.pipeline import ingest_records
from newsdesk.serve import Service
from newsdesk.serve.web import render_story_page
from newsdesk.store import SQLiteStore
from tests.conftest import EVAL

SECTIONS = ("summary", "facts", "quotes", "figures", "timeline", "entities", "unique", "caveats")


def _record() -> dict:
    path = EVAL / "timelines" / "t17" / "dev" / "SyrianCrisis_reuters" / "articles.jsonl.gz"
    return next(r for r in read_jsonl(path) if str(r["id"]) == "132")


def test_cli_api_and_web_say_the_page_is_no_news_report(tmp_path: Path) -> None:
    record = _record()
    with SQLiteStore(str(tmp_path / "api.db")) as store:
        ingest_records([RawDocument(path="SyrianCrisis_reuters:132", text=record["text"])], store)
        service = Service(store)
        (card,) = service.stories()
        doc = service.brief(card["id"])
        markdown = service.export(card["id"], "markdown")
        page = render_story_page(service, doc)
    (story,) = doc["stories"]
    assert story["title"].startswith(label(NOTICE))
    assert story["algorithms"]["brief"] == SET_APART_BRIEF
    assert not any(story[section] for section in SECTIONS)
    note = set_apart_note(story)
    assert note is not None and "a notice" in note
    text = render(doc, "text")
    assert note in text and "Summary:" not in text
    assert note in markdown and "## Summary" not in markdown
    assert escape(note) in page and ">Summary</h2>" not in page
    assert escape(note) in render(doc, "html")

    jsonl = tmp_path / "page.jsonl"
    jsonl.write_text(json.dumps({"id": "132", "text": record["text"]}) + "\n", encoding="utf-8")
    cli = CliRunner().invoke(app, ["brief", str(jsonl), "--db", str(tmp_path / "cli.db")])
    assert cli.exit_code == 0, cli.output
    assert note in cli.output and "Summary:" not in cli.output


def test_a_news_story_still_has_a_summary() -> None:
    """The note belongs to set-apart titles only."""
    assert set_apart_note({"title": "Syrian security forces have killed six people"}) is None
    assert set_apart_note({"title": label(NOTICE) + "NYSE and AMEX quotes delayed by at least 20 minutes."})
