"""Server-rendered pages (Jinja2, autoescaped) built from the JSON brief document.

Views here only reshape the brief for display (numbering sources, laying out the timeline chart and the
outlet × fact matrix); they never compute content, so a page cannot disagree with the API or the exports.
Any story section this module does not know is rendered by a generic table, so sections other stages add
show up without changes here.
"""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from newsdesk.brief.alignment_view import VERB, caveat_rows, conflict_sides, unverified
from newsdesk.brief.figure_view import figure_parts
from newsdesk.brief.quotes import quote_groups
from newsdesk.brief.render import newsmakers, provenance, set_apart_note

if TYPE_CHECKING:
    from newsdesk.serve.service import Service

# Sections with a dedicated view; every other non-empty key of a story is shown by the generic renderer.
KNOWN_SECTIONS = {
    "id",
    "title",
    "articles",
    "summary",
    "entities",
    "press",
    "quotes",
    "figures",
    "timeline",
    "facts",
    "caveats",
}
HIDDEN_SECTIONS = {"unique", "algorithms"}
CHART_WIDTH, CHART_LEFT, CHART_RIGHT = 760, 16, 16

_ENV = Environment(loader=PackageLoader("newsdesk.serve.web", "templates"), autoescape=select_autoescape(["html"]))
_ENV.globals.update(conflict_sides=conflict_sides, verb=VERB)  # the conflict macro: sides as the brief names them
_ENV.globals.update(figure_parts=figure_parts)  # a figure's words, label and day, as the text and HTML briefs show it


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become clickable; ``javascript:`` and other schemes are shown as text."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _as_date(value: Any) -> date | None:
    """ISO dates, and partial ones (``2024-08``, ``2024``) at their first day; anything else is not charted."""
    text = str(value or "")
    for pattern, fill in ((r"^\d{4}-\d{2}-\d{2}", ""), (r"^\d{4}-\d{2}$", "-01"), (r"^\d{4}$", "-01-01")):
        match = re.match(pattern, text)
        if match:
            try:
                return date.fromisoformat(match.group(0) + fill)
            except ValueError:
                return None
    return None


def timeline_chart(story: dict[str, Any], articles: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Positions for an inline SVG: timeline events above the axis, publications (by outlet) below it."""
    events = [(d, t) for t in story.get("timeline", []) if (d := _as_date(t.get("date")))]
    published = [(d, a) for a in articles if (d := _as_date(a.get("published")))]
    days = [d for d, _ in events] + [d for d, _ in published]
    if not days:
        return None
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    width = CHART_WIDTH - CHART_LEFT - CHART_RIGHT

    def x(d: date) -> float:
        return round(CHART_LEFT + width * ((d - first).days / span if last != first else 0.5), 1)

    ticks = sorted({first, last, *[d for d, _ in events], *[d for d, _ in published]})
    axis = 80 if events else 24  # room above the axis only when there are events to draw there
    stack: dict[date, int] = {}
    pubs = []
    for d, article in sorted(published, key=lambda p: (p[0], p[1]["label"])):
        level = stack.get(d, 0)
        stack[d] = level + 1
        right = x(d) > CHART_WIDTH * 0.7  # labels near the right edge run leftwards so they stay visible
        pubs.append({"x": x(d), "y": axis + 16 + 14 * level, "label": article["label"], "date": d.isoformat(),
                     "id": article["id"], "tx": x(d) - 9 if right else x(d) + 9,
                     "anchor": "end" if right else "start"})  # fmt: skip
    marks = [{"x": x(d), "date": d.isoformat(), "text": t.get("text", "")} for d, t in events]
    height = axis + 30 + 14 * max(stack.values(), default=1)
    return {"width": CHART_WIDTH, "height": height, "axis": axis, "events": marks, "pubs": pubs,
            "ticks": [{"x": x(d), "label": d.strftime("%d %b %Y" if first.year != last.year else "%d %b"),
                       "anchor": _anchor(x(d))} for d in _spread(ticks, x)]}  # fmt: skip


def _anchor(x: float, margin: float = 60.0) -> str:
    return "start" if x < margin else ("end" if x > CHART_WIDTH - margin else "middle")


def _spread(ticks: list[date], x: Any, gap: float = 76.0) -> list[date]:
    """Drop tick labels that would overlap the previous one."""
    kept: list[date] = []
    for tick in ticks:
        if not kept or x(tick) - x(kept[-1]) >= gap:
            kept.append(tick)
    return kept


def _mentions(value: Any, needles: set[str]) -> bool:
    if isinstance(value, dict):
        return any(_mentions(v, needles) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, needles) for v in value)
    return isinstance(value, str) and value in needles


def fact_matrix(story: dict[str, Any], articles: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Rows are facts, columns outlets; a cell says whether the outlet backs the fact or disagrees with it."""
    facts = story.get("facts", [])
    if not facts:
        return None
    label = {a["id"]: a["label"] for a in articles}
    outlets = sorted(set(label.values()))
    rows = []
    for fact in facts:
        backing = {label.get(c.get("article"), "") for c in fact.get("citations", [])}
        backing |= {label.get(s, s) for s in fact.get("sources", [])}
        conflicts = fact.get("conflicts", [])
        cells = []
        for outlet in outlets:
            ids = {i for i, o in label.items() if o == outlet} | {outlet}
            state = "conflict" if conflicts and _mentions(conflicts, ids) else ("yes" if outlet in backing else "")
            cells.append(state)
        rows.append({"fact": fact, "cells": cells, "conflict": bool(conflicts), "unverified": unverified(story, fact)})
    return {"outlets": outlets, "rows": rows}


def generic_sections(story: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every section without a dedicated view, in document order, if it has content."""
    skip = KNOWN_SECTIONS | HIDDEN_SECTIONS
    return [(k, v) for k, v in story.items() if k not in skip and v not in (None, [], {}, "")]


def _columns(items: list[Any]) -> list[str]:
    keys: list[str] = []
    for item in items:
        if isinstance(item, dict):
            keys += [k for k, v in item.items() if k not in keys and not isinstance(v, dict | list)]
    return [k for k in keys if k not in ("article", "sentence", "start", "end")]


def _static(name: str) -> str:
    return (resources.files("newsdesk.serve.web") / "static" / name).read_text(encoding="utf-8")


def _context(service: Service | None, doc: dict[str, Any], standalone: bool) -> dict[str, Any]:
    story = doc["stories"][0]
    articles = doc["articles"]
    number = {a["id"]: n for n, a in enumerate(articles, start=1)}
    by_id = {a["id"]: a for a in articles}
    # the brief's ranking (brief.quotes): speakers quoted by most articles first, quoted titles after the speech
    quotes = [
        (g.speaker if g.speaker != "unattributed" else None, g.quotes + g.set_aside)
        for g in quote_groups(story.get("quotes", []))
    ]
    dates = sorted(a["published"] for a in articles if a["published"])
    entity_types: dict[str, list[dict[str, Any]]] = {}
    for entity in newsmakers(story):
        entity_types.setdefault(str(entity.get("type", "")), []).append(entity)
    return {
        "story": story,
        "articles": articles,
        "number": number,
        "by_id": by_id,
        "outlets": sorted({a["label"] for a in articles}),
        "provenance": provenance(articles),
        "set_apart": set_apart_note(story),
        "dates": dates,
        "chart": timeline_chart(story, articles),
        "matrix": fact_matrix(story, articles),
        "quote_groups": quotes,
        "caveats": caveat_rows(doc, story),
        "entity_types": sorted(entity_types.items()),
        "generic": generic_sections(story),
        "columns": _columns,
        "standalone": standalone,
        "css": _static("style.css") if standalone else None,
        "js": _static("app.js") if standalone else None,
        "safe_url": safe_url,
    }


def render_story_page(service: Service | None, doc: dict[str, Any], standalone: bool = False) -> str:
    """The story page; ``standalone`` inlines the CSS and JS and links citations inside the file."""
    return _ENV.get_template("story.html").render(**_context(service, doc, standalone))


def render_front_page(cards: list[dict[str, Any]], sources: list[dict[str, Any]], query: dict[str, str]) -> str:
    return _ENV.get_template("front.html").render(cards=cards, sources=sources, query=query, standalone=False)


def paragraphs(article: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Sentences grouped into the paragraphs of the clean text (a line break between two sentences)."""
    groups: list[list[dict[str, Any]]] = []
    previous_end: int | None = None
    for sentence in article["sentences"]:
        if previous_end is None or "\n" in article["text"][previous_end : sentence["start"]]:
            groups.append([])
        groups[-1].append(sentence)
        previous_end = sentence["end"]
    return groups


def render_article_page(article: dict[str, Any]) -> str:
    return _ENV.get_template("article.html").render(
        a=article, paragraphs=paragraphs(article), safe_url=safe_url, standalone=False
    )


def render_error_page(status: int, message: str) -> str:
    return _ENV.get_template("error.html").render(status=status, message=message, standalone=False)


def render_docs_page(spec: dict[str, Any]) -> str:
    """The API reference from the OpenAPI document, served without any CDN (unlike Swagger UI)."""
    return _ENV.get_template("docs.html").render(spec=spec, standalone=False)
