"""The text and Markdown briefs of a large story stay readable: the best facts, the busiest article columns,
the first quotes and figures, and a line saying how many more the JSON and HTML briefs hold."""

from __future__ import annotations

import re
from typing import Any

from newsdesk.brief.alignment_view import COLUMNS_SHOWN, FACTS_SHOWN, QUOTES_SHOWN
from newsdesk.brief.render import FIGURES_SHOWN, WHO_SHOWN, render_markdown, render_text


def _story_doc(n_articles: int, n_facts: int, n_quotes: int, n_figures: int) -> dict[str, Any]:
    articles = [
        {
            "id": f"a{n}",
            "label": f"Outlet {n}",
            "published": "2009-04-27",
            "path": f"{n}.txt",
            "duplicate_of": None,
            "sentences": [{"i": 0, "text": "The virus spread to ten countries."}],
        }
        for n in range(n_articles)
    ]

    def cite(n: int) -> dict[str, Any]:
        return {"article": f"a{n % n_articles}", "sentence": 0}

    # fact k is reported by articles 0..k+1: the low-numbered articles speak in most rows
    facts = [
        {
            "text": f"Fact {k}.",
            "citations": [cite(n) for n in range(k + 2)],
            "sources": list(range(k + 2)),
            "conflicts": [],
        }
        for k in range(n_facts)
    ]
    story = {
        "id": "s",
        "title": "Flu",
        "articles": [a["id"] for a in articles],
        "summary": [{"text": "The virus spread.", "citations": [cite(0)]}],
        "facts": facts,
        "unique": [],
        "quotes": [
            {"speaker": f"Speaker {k % 15}", "text": f"Quote {k} is what the speaker said.", **cite(k), "variants": []}
            for k in range(n_quotes)
        ],
        "figures": [{"text": f"{k} cases", "context": "cases", **cite(k)} for k in range(n_figures)],
        "timeline": [],
        "entities": [],
    }
    return {"articles": articles, "stories": [story]}


def test_a_large_story_shows_the_first_of_each_section_and_says_how_many_more() -> None:
    doc = _story_doc(30, FACTS_SHOWN + 5, QUOTES_SHOWN + 10, FIGURES_SHOWN + 5)
    text = render_text(doc)
    assert "… 5 more facts (every one in --format json or html)" in text
    # 15 speakers: the ten with three quotes each fill the 30 shown; the line names who else is quoted
    assert (
        "… 10 more quotes by Speaker 10 (2), Speaker 11 (2), Speaker 12 (2), Speaker 13 (2), Speaker 14 (2) (" in text
    )
    assert "… 5 more figures" in text
    assert f"({30 - COLUMNS_SHOWN} more articles not shown as columns)" in text
    assert text.count("“Quote ") == QUOTES_SHOWN and f"Fact {FACTS_SHOWN - 1}." in text
    assert f"Fact {FACTS_SHOWN}." not in text
    header = next(line for line in text.splitlines() if line.strip().startswith("[1]"))
    # the busiest articles (1 .. 12, numbered from 1) are the columns kept, in brief order
    assert header.split() == [f"[{n}]" for n in range(1, COLUMNS_SHOWN + 1)]
    table = render_markdown(doc)
    assert len(re.findall(r"^\| F\d+ ", table, re.M)) == FACTS_SHOWN


def test_a_small_story_is_shown_whole() -> None:
    text = render_text(_story_doc(5, 4, 6, 3))
    assert "more" not in text and text.count("“Quote ") == 6 and "Fact 3." in text


def test_wide_tables_keep_a_backing_article_in_view_for_every_fact() -> None:
    """Fact 0 of a 30-article story is backed only by the two quietest articles: the busiest-first columns
    would show it as a row of dots. (The Egypt export's "Juan Cole ..." fact, 4 sources, showed one ✓.)"""
    doc = _story_doc(30, 6, 0, 0)
    story = doc["stories"][0]
    for k, fact in enumerate(story["facts"]):  # facts 1..5 backed by articles 0..k+10, fact 0 by 28 and 29
        ids = [28, 29] if k == 0 else list(range(k + 11))
        fact["citations"] = [{"article": f"a{n}", "sentence": 0} for n in ids]
        fact["sources"] = [f"a{n}" for n in ids]
    lines = render_text(doc).splitlines()
    header = next(line for line in lines if line.strip().startswith("[1]"))
    rows = [line for line in lines if re.search(r"  F\d+ Fact", line)]
    assert len(header.split()) == COLUMNS_SHOWN and header.split()[-1] == "[29]"
    assert len(rows) == 6 and all("✓" in row for row in rows)


def test_the_press_is_listed_apart_from_who_and_where() -> None:
    """The egypt export's "Who and where" named CNN, its correspondent Ben Wedeman and its host Becky Anderson among
    the story's people; they report the story, so the brief lists them under "Reporting" (``extract.press``)."""
    doc = _story_doc(2, 0, 0, 0)
    names = ["Egypt", "CNN", "Hosni Mubarak", "Ben Wedeman", "Becky Anderson"] + [
        f"Place {k}" for k in range(WHO_SHOWN)
    ]
    doc["stories"][0]["entities"] = [{"name": n, "type": "PERSON"} for n in names]
    doc["stories"][0]["press"] = [
        {"name": "CNN", "role": "outlet", "articles": ["a0"], "mentions": 174},
        {"name": "Ben Wedeman", "role": "CNN senior international correspondent", "articles": ["a1"], "mentions": 86},
        {"name": "Becky Anderson", "role": "host", "articles": ["a1"], "mentions": 54},
    ]
    text = render_text(doc)
    who = text.split("Who and where:")[1].split("Reporting:")[0]
    assert "Hosni Mubarak" in who and "Wedeman" not in who and "CNN" not in who
    assert who.count("  - ") == WHO_SHOWN  # the places after the press move up
    press = text.split("Reporting:")[1].split("Sources:")[0]
    assert "  - Ben Wedeman (CNN senior international correspondent)" in press and "  - CNN (outlet)" in press
    assert "Reporting" not in render_text(_story_doc(2, 0, 0, 0))
    # the web UI's story page (and the standalone HTML export) too
    from newsdesk.serve.web import render_story_page

    page = render_story_page(None, doc, standalone=True)
    who = page.split('id="h-entities"')[1].split("</section>")[0]
    assert "Hosni Mubarak" in who and "Wedeman" not in who
    reporting = page.split('id="h-press"')[1].split("</section>")[0]
    assert "Ben Wedeman" in reporting and "CNN senior international correspondent" in reporting
