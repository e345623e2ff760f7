"""The story page renders every section of the brief document, including ones this module does not know.

The spine fills only the summary; the other stages add entities, quotes, figures, facts and timelines. To test
their views before they land, the seeds' brief is enriched with sections whose citations point at real seed
sentences, in the shapes model.py defines.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsdesk.serve.service import cited_sentences
from newsdesk.serve.web import fact_matrix, paragraphs, render_story_page, safe_url, timeline_chart


def test_every_section_is_rendered(enriched: dict[str, Any]) -> None:
    html = render_story_page(None, enriched, standalone=True)
    for heading in ("Summary", "Timeline", "Facts across outlets", "Quotes", "Figures", "Who and where", "Frames"):
        assert f">{heading}</h2>" in html, heading
    assert "Antony Blinken" in html and "40,000" in html and "one outlet says next week" in html
    assert 'class="cell conflict"' in html and "diplomacy" in html
    cites = re.findall(r'class="cite" tabindex="0" data-article="(\w+)" data-sentence="(\d+)"', html)
    assert len(cites) >= len(enriched["stories"][0]["summary"]) + 6
    by_id = {a["id"]: a for a in enriched["articles"]}
    for article, sentence in cites:  # every citation's pop holds the sentence it points to (escaped)
        text = by_id[article]["sentences"][int(sentence)]["text"]
        assert text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&#34;")[:40] in html


def test_fact_matrix_marks_backing_and_conflicts(enriched: dict[str, Any]) -> None:
    matrix = fact_matrix(enriched["stories"][0], enriched["articles"])
    assert matrix is not None
    first, second = matrix["rows"]
    assert first["cells"].count("yes") == 1 and not first["conflict"]
    assert second["conflict"] and second["cells"].count("conflict") == 1 and second["cells"].count("yes") == 1


def test_timeline_chart_spans_events_and_publications(enriched: dict[str, Any]) -> None:
    chart = timeline_chart(enriched["stories"][0], enriched["articles"])
    assert chart is not None and len(chart["events"]) == 2
    xs = [e["x"] for e in chart["events"]]
    assert xs[0] < xs[1] and min(xs) >= 0 and max(xs) <= chart["width"]
    assert timeline_chart({"timeline": [{"date": "someday"}]}, []) is None


def test_cited_sentences_found_in_any_section(enriched: dict[str, Any]) -> None:
    cited = cited_sentences(enriched["stories"][0])
    a_fig = enriched["stories"][0]["figures"][0]["article"]
    assert enriched["stories"][0]["figures"][0]["sentence"] in cited[a_fig]


def test_paragraphs_follow_the_clean_text(enriched: dict[str, Any]) -> None:
    article = enriched["articles"][1]
    groups = paragraphs(article)
    assert sum(len(g) for g in groups) == len(article["sentences"])
    assert len(groups) == article["text"].count("\n\n") + 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://example.org/a", "https://example.org/a"), ("javascript:alert(1)", None),
     (" JavaScript:alert(1)", None), ("data:text/html,x", None), (None, None)],
)  # fmt: skip
def test_only_http_links_are_clickable(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_conflict_note_names_sides_by_their_citations(seed_articles: dict[str, Any]) -> None:
    """The web page printed the stored description, which names articles by label ("002_….txt"), not by the
    citations a reader can open: each side's value now stands beside its own linked citations, as in the brief."""
    from newsdesk.brief.render import brief_document
    from newsdesk.model import Citation, Fact, Story

    a = [seed_articles[k] for k in ("000", "001", "002", "003", "004")]
    conflict = {
        "kind": "conflict",
        "field": "place",
        "description": f"place: “Egypt and Qatar” ({a[2].label}) vs “Egypt” ({a[4].label})",
        "sides": (
            {"value": "Egypt and Qatar", "citations": (Citation(a[2].id, 2),)},
            {"value": "Egypt", "citations": (Citation(a[4].id, 3),)},
        ),
    }
    fact = Fact("Blinken is expected to travel to Egypt and Qatar.", (Citation(a[2].id, 2),), (a[2].id, a[4].id),
                (conflict,))  # fmt: skip
    doc = brief_document(a, [Story("s1", "Talks", tuple(x.id for x in a), facts=(fact,))])
    html = render_story_page(None, doc, standalone=True)
    note = html.split('class="conflict-note">')[1].split("</div>")[0]
    shown = re.sub(r'<span class="cite".*?</span></span></span>', "", note)  # a citation's pop names its outlet
    assert a[2].label not in shown and a[4].label not in shown
    assert "place: “Egypt and Qatar”" in note and "vs “Egypt”" in note
    for article, sentence in ((a[2], 2), (a[4], 3)):
        assert f'data-article="{article.id}" data-sentence="{sentence}"' in note
