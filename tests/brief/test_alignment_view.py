"""The alignment sections of the text, Markdown and HTML briefs (stories built by hand: rendering only)."""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest

from newsdesk.brief.render import brief_document, render
from newsdesk.model import Citation, Fact, Quote, Story


@pytest.fixture
def doc(seed_articles):
    a = [seed_articles[k] for k in ("000", "001", "002", "003", "004")]
    a2 = dataclasses.replace(a[2], title="<script>alert(1)</script>")
    conflict = {
        "kind": "conflict",
        "field": "place",
        "description": "place: “Egypt and Qatar” (BBC) vs “Egypt” (X)",
        "sides": (
            {"value": "Egypt and Qatar", "citations": (Citation(a[2].id, 2),)},
            {"value": "Egypt", "citations": (Citation(a[4].id, 3),)},
        ),
    }
    facts = (
        Fact(
            "Blinken is expected to travel to <b>Egypt</b> and Qatar.",
            (Citation(a[2].id, 2), Citation(a[4].id, 3)),
            (a[2].id, a[4].id),
            (conflict,),
        ),
        Fact("This is the ninth visit.", (Citation(a[2].id, 14), Citation(a[4].id, 0)), (a[2].id, a[4].id)),
    )
    quote = Quote(a[1].id, 4, 1, 20, "In a very constructive", "Antony Blinken", variants=(Citation(a[2].id, 5),))
    story = Story("s1", "Talks", tuple(x.id for x in a), facts=facts, quotes=(quote,), unique=((a[3].id, (11, 12)),))
    return brief_document([a[0], a[1], a2, a[3], a[4]], [story])


def test_text_brief_shows_table_conflict_sides_quotes_and_unique(doc):
    out = render(doc, "text")
    assert "Who reports what:" in out
    assert "✗" in out and "✓" in out  # article 5 contradicts the first fact, 3 reports it
    # each side's value beside its citations; the stored description's outlet labels are not the brief's numbers
    assert "conflict: place: “Egypt and Qatar” [3.2] vs “Egypt” [5.3]" in out
    assert "Antony Blinken (1 quote, 2 articles):" in out and "(also rendered in [3.5])" in out
    assert "Only in one source:" in out and "[4.11]" in out
    # numbered as in Sources: articles of one outlet share its label
    assert "- [4] 003_66331f3266af77db.txt: 2 sentences no other source has" in out


def test_markdown_table_has_a_column_per_outlet(doc):
    out = render(doc, "markdown")
    header = next(line for line in out.splitlines() if line.startswith("| Fact |"))
    assert header.count("[") == 5
    row = next(line for line in out.splitlines() if line.startswith("| F1 "))
    assert row.split(" | ")[1:] == ["·", "·", "✓", "·", "✗ |"]


def test_markdown_nests_conflicts_quotes_and_unique_sentences_under_their_item(doc):
    """Rendered as CommonMark, a conflict is its own item inside its fact's, not text run on into the fact."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(render(doc, "markdown"))
    assert "(2 sources)\n<ul>\n<li>conflict: place:" in html
    assert "<li>Antony Blinken (1 quote, 2 articles):\n<ul>\n<li>“In a very constructive”" in html
    assert "sentences no other source has\n<ul>\n<li>" in html


def test_html_brief_escapes_and_shows_statuses(doc):
    out = render(doc, "html")
    assert "<b>Egypt</b>" not in out and "&lt;b&gt;Egypt&lt;/b&gt;" in out
    assert "<script>alert" not in out
    assert 'class="contradicts"' in out and 'class="reports"' in out and 'class="silent"' in out
    assert "also rendered in" in out
    assert "Only in one source" in out


def test_html_sources_table_is_marks_under_article_numbers(doc):
    """As in the text table: a cell is a mark (its status the cell's class, the legend under the table), a column
    is headed by its article number (the label a tooltip). Spelled out ("silent") under headings "[1]
    articles.jsonl.gz:1", the H1N1_guardian brief's table (64 articles × 497 facts, 30,021 "silent" cells) ran
    ~7,000 px wide, each fact ~20 lines tall."""
    out = render(doc, "html")
    table = out.split('<table class="sources">')[1].split("</table>")[0]
    assert re.findall(r"<th[^>]*>(.*?)</th>", table) == ["Fact", "[1]", "[2]", "[3]", "[4]", "[5]"]
    first = table.split("</tr>")[1]
    assert re.findall(r'<td class="(\w+)">(.*?)</td>', first) == [
        ("silent", "·"),
        ("silent", "·"),
        ("reports", "✓"),
        ("silent", "·"),
        ("contradicts", "✗"),
    ]
    assert "✓ reports, ✗ contradicts, · silent" in out


def test_a_quote_over_two_paragraphs_is_one_line(doc):
    """Express.co.uk's Cheuk Hau-yip quote (scrapinghub benchmark page) runs over a paragraph break: printed as is,
    the break ended the quote's line in the text brief and the whole list in Markdown."""
    text = "These rioters, they are also criminals.\n\n“Other than coming out to surrender, I don’t see any option."
    story = doc["stories"][0]
    story["quotes"] = [{**story["quotes"][0], "text": text, "speaker": "Cheuk Hau-yip"}]
    out = render(doc, "text")
    assert "“These rioters, they are also criminals. “Other than coming out to surrender" in out
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(render(doc, "markdown"))
    assert "<li>Cheuk Hau-yip (1 quote, 2 articles):\n<ul>\n<li>“These rioters, they are also criminals. “Other" in html


def test_what_the_outlets_could_not_verify_is_listed_with_the_claim_it_qualifies() -> None:
    """LibyaWar_cnn (Timeline17 dev): a claim, the note after it, and a note about no one claim; in the text brief
    and on the story page."""
    from newsdesk.model import Caveat
    from newsdesk.serve.web import render_story_page
    from tests.conftest import t17_page

    claim, note = t17_page("LibyaWar_cnn", "335"), t17_page("LibyaWar_cnn", "194")
    story = Story(
        id="s",
        title="Libya",
        articles=(claim.id, note.id),
        caveats=(
            Caveat(Citation(note.id, 6), None),
            Caveat(Citation(claim.id, 16), Citation(claim.id, 15)),
        ),
    )
    doc = brief_document([claim, note], [story])
    text = render(doc, "text")
    section = text.split("Not verified, as the outlets say:\n")[1].split("\n\n")[0].splitlines()
    assert section == [
        "  - Gadhafi's government claims it has handed out more than a million weapons to civilians since the uprising"
        " began. [1.15] — “CNN can not independently verify the claim.” [1.16]",
        "  - “CNN could not confirm reports for many areas in Libya.” [2.6]",  # about no one claim: last
    ]
    fact = Fact(
        "Gadhafi's government says it has handed out a million weapons.", (Citation(claim.id, 15),), (claim.id,)
    )
    flagged = render(brief_document([claim, note], [dataclasses.replace(story, facts=(fact,))]), "text")
    assert "    unverified: its outlet says it could not verify this [1.16]" in flagged.splitlines()
    flagged_html = render(brief_document([claim, note], [dataclasses.replace(story, facts=(fact,))]), "html")
    assert 'unverified: its outlet says it could not verify this <span class="cite"><a href="#a1-16"' in flagged_html
    page = render_story_page(None, doc, standalone=True)
    assert 'id="h-caveats"' in page and "CNN can not independently verify the claim." in page
    assert "generic-table" not in page  # a section of its own, not the generic table


def test_an_article_with_one_unique_sentence_says_sentence_not_sentences(doc):
    one = copy.deepcopy(doc)
    one["stories"][0]["unique"][0]["sentences"] = one["stories"][0]["unique"][0]["sentences"][:1]
    assert "- [4] 003_66331f3266af77db.txt: 1 sentence no other source has" in render(one, "text")
    assert "1 sentence no other source has" in render(one, "html")
    assert "2 sentences no other source has" in render(doc, "html")
