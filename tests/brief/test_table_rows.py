"""A table's rows, as the HTML extraction writes them ("| 1 | Kyle Busch | 5040 | 5 |"), state nothing a summary,
a fact list or the figures can show: withheld like questions (``align.reader_address.v2`` and later)."""

from __future__ import annotations

import itertools

from newsdesk.align.units import is_table_row
from newsdesk.brief.assemble import build_story
from newsdesk.clean import clean_document
from newsdesk.evaluate.io import read_jsonl
from newsdesk.model import Article, RawDocument
from tests.conftest import EVAL


def _standings_page() -> Article:
    """The NASCAR standings page of the scrapinghub benchmark (Portuguese; the 7th page of the dev split)."""
    page = next(itertools.islice(read_jsonl(EVAL / "extraction" / "dev.jsonl.gz"), 6, None))
    return clean_document(RawDocument(path=page["id"], html=page["html"], url=page.get("url")))


def test_table_rows_are_told_from_prose():
    assert is_table_row("| 1 | Kyle Busch | 5040 | 5 | 1 | 17 | 27 |")
    assert is_table_row("| Ticker | Security | Last | Change | Change % |")
    assert not is_table_row("Tested by: John Milbank RRP: 49.95 Euro More info: www.earbooks.net/en | +4940 890")
    assert not is_table_row("The Guardian view on Hong Kong: a city on the brink | Editorial")


def test_no_section_of_a_brief_shows_a_table_row():
    page = _standings_page()
    rows = {s.i for s in page.sentences if is_table_row(s.text)}
    assert len(rows) >= 10, "the page's standings table is extracted as rows"
    story = build_story([page], words=120)
    cited = {c.sentence for s in story.summary for c in s.citations}
    assert cited and not cited & rows
    assert story.figures and not {f.sentence for f in story.figures} & rows
    assert not {t.citations[0].sentence for t in story.timeline} & rows
