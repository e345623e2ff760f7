"""Renderings of a brief. The JSON document is the contract (names fixed in the spine issue); the text,
Markdown and HTML briefs are views of that same document, so they can never disagree with it.

Citations are shown as ``[n.s]``: article number ``n`` in the brief's source list, sentence ``s`` of it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from newsdesk.align.sources import source_table, story_columns
from newsdesk.cluster.pages import set_apart_kind
from newsdesk.model import Article, Story

from . import alignment_view
from .alignment_view import plural
from .figure_view import figure_line, figure_parts
from .quotes import quote_groups

FORMATS = ("text", "markdown", "json", "html")
FIGURES_SHOWN = 25  # in the text and Markdown briefs (see alignment_view.FACTS_SHOWN)
WHO_SHOWN = 15  # entities in "Who and where", and the press in "Reporting"


def provenance(members: list[dict[str, Any]]) -> str:
    """ "12 articles from 3 outlets", "5 articles: 1 from 1 outlet, 4 with no outlet named": only named outlets
    are counted as outlets; an article that names none (a bare text file, a JSONL record without source or url)
    is counted apart, not shown as an outlet of its own."""
    named = {a["source"].lower() for a in members if a.get("source")}
    unnamed = sum(1 for a in members if not a.get("source"))
    articles = plural(len(members), "article")
    if not named:
        return f"{articles}, no outlet named"
    outlets = plural(len(named), "outlet")
    if not unnamed:
        return f"{articles} from {outlets}"
    # "56 articles from 1 outlet and 43 ..." read as all 56 from that outlet
    return f"{articles}: {len(members) - unnamed} from {outlets}, {unnamed} with no outlet named"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "source": article.source,
        "label": article.label,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "author": article.author,
        "text": article.text,
        "sentences": [{"i": s.i, "start": s.start, "end": s.end, "text": s.text} for s in article.sentences],
        "duplicate_of": article.duplicate_of,
    }


def story_json(story: Story) -> dict[str, Any]:
    doc = _plain(story)
    doc["unique"] = [{"article": a, "sentences": list(s)} for a, s in story.unique]
    return doc


def brief_document(articles: Sequence[Article], stories: Sequence[Story]) -> dict[str, Any]:
    """The JSON brief: every article (clean text, sentences with offsets) and every story."""
    return {"articles": [article_json(a) for a in articles], "stories": [story_json(s) for s in stories]}


def set_apart_note(story: dict[str, Any]) -> str | None:
    """What every view of a page set apart as no news report says instead of its sections (``SET_APART_BRIEF``)."""
    kind = set_apart_kind(story["title"])
    if kind is None:
        return None
    return (
        f"Not a news report: this page was set apart as {'an' if kind[0] in 'aeiou' else 'a'} {kind}. It is stored"
        " and searchable, makes no story, and gets no summary, facts, quotes or timeline; its page is listed below."
    )


def _markers(doc: dict[str, Any]) -> Callable[[list[dict[str, Any]]], str]:
    number = {a["id"]: n for n, a in enumerate(doc["articles"], start=1)}

    def mark(citations: list[dict[str, Any]]) -> str:
        return "[" + ", ".join(f"{number[c['article']]}.{c['sentence']}" for c in citations) + "]"

    return mark


def _story_lines(
    doc: dict[str, Any], story: dict[str, Any], heading: Callable[[int, str], str], bullet: str
) -> list[str]:
    mark = _markers(doc)
    by_id = {a["id"]: a for a in doc["articles"]}
    members = [by_id[i] for i in story["articles"]]
    dates = sorted(a["published"] for a in members if a["published"])
    span = f", {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "") if dates else ""
    counts = provenance(members)
    lines = [heading(1, story["title"]), f"{counts}{span}", ""]
    note = set_apart_note(story)
    lines += [heading(2, "Set apart"), f"{bullet}{note}", ""] if note else [heading(2, "Summary")]
    lines += [f"{bullet}{s['text']} {mark(s['citations'])}" for s in story["summary"]] + ([] if note else [""])
    if story["facts"]:
        lines.append(heading(2, "Facts across sources"))
        lines += [*alignment_view.fact_lines(doc, story, mark, bullet), ""]
        lines.append(heading(2, "Who reports what"))
        lines += [*alignment_view.table_lines(doc, story, markdown=bullet == "- "), ""]
    if story.get("caveats"):
        lines.append(heading(2, "Not verified, as the outlets say"))
        lines += [*alignment_view.caveat_lines(doc, story, mark, bullet), ""]
    if story["unique"]:
        lines.append(heading(2, "Only in one source"))
        lines += [*alignment_view.unique_lines(doc, story, mark, bullet), ""]
    if story["quotes"]:
        lines.append(heading(2, "Quotes"))
        lines += [*alignment_view.quote_lines(story, mark, bullet), ""]
    if story["figures"]:
        lines.append(heading(2, "Figures"))
        for fig in story["figures"][:FIGURES_SHOWN]:
            cite = mark([{"article": fig["article"], "sentence": fig["sentence"]}, *fig.get("variants", ())])
            lines.append(f"{bullet}{figure_line(fig, by_id, cite)}")
        lines += [*alignment_view.more_line(bullet, len(story["figures"]) - FIGURES_SHOWN, "figure"), ""]
    if story["timeline"]:
        lines.append(heading(2, "Timeline"))
        lines += [f"{bullet}{t['date']}: {t['text']} {mark(t['citations'])}" for t in story["timeline"]] + [""]
    if story["entities"]:  # the story's people and places; who reports it is listed apart
        lines.append(heading(2, "Who and where"))
        lines += [f"{bullet}{e['name']} ({e['type']})" for e in newsmakers(story)[:WHO_SHOWN]] + [""]
    press = story.get("press", ())
    if press:
        lines.append(heading(2, "Reporting"))
        lines += [f"{bullet}{r['name']} ({r['role']})" for r in press[:WHO_SHOWN]]
        hidden = len(press) - WHO_SHOWN
        lines += [f"{bullet}… {hidden} more (every one in --format json)"] if hidden > 0 else []
        lines.append("")
    lines.append(heading(2, "Sources"))
    for n, article in enumerate(doc["articles"], start=1):
        if article["id"] in story["articles"]:
            copy = f", copy of [{_number(doc, article['duplicate_of'])}]" if article["duplicate_of"] else ""
            when = f" ({article['published']})" if article["published"] else ""
            lines.append(f"{bullet}[{n}] {article['label']}{when}: {article['path']}{copy}")
    return [*lines, ""]


def _number(doc: dict[str, Any], article_id: str) -> int:
    return next(n for n, a in enumerate(doc["articles"], start=1) if a["id"] == article_id)


def newsmakers(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The story's entities that are in the news, not reporting it: every entity but its press (``Story.press``:
    the outlets, bylines and the anchors and correspondents its transcripts label so), most mentioned first. Every
    view of a story lists these as its people and places."""
    press = {r["name"] for r in story.get("press", ())}
    return [e for e in story.get("entities", []) if e["name"] not in press]


def render_text(doc: dict[str, Any]) -> str:
    def heading(level: int, title: str) -> str:
        return f"{title}\n{'=' * min(len(title), 100)}" if level == 1 else f"{title}:"

    lines: list[str] = []
    for story in doc["stories"]:
        lines += _story_lines(doc, story, heading, "  - ")
    return "\n".join(lines).rstrip() + "\n"


def render_markdown(doc: dict[str, Any]) -> str:
    def heading(level: int, title: str) -> str:
        return f"{'#' * level} {title}"

    lines: list[str] = []
    for story in doc["stories"]:
        lines += _story_lines(doc, story, heading, "- ")
    # Article text is untrusted: a '<' would open raw HTML (<img onerror=…>) or an autolink (<javascript:…>) in
    # a Markdown viewer. Escaped, it shows as '<'. The brief itself writes no '<'.
    return "\n".join(lines).rstrip().replace("<", "\\<") + "\n"


_ENV = Environment(loader=PackageLoader("newsdesk.brief", "templates"), autoescape=select_autoescape(["html"]))


def render_html(doc: dict[str, Any]) -> str:
    """One self-contained page; every piece of article text is autoescaped by Jinja2. It shows every section the
    text brief shows, each line with the same citations (a timeline line without its ``[n.s]`` cannot be checked,
    and a claim its own outlet could not verify must say so in every view)."""
    by_id = {a["id"]: a for a in doc["articles"]}
    number = {a["id"]: n for n, a in enumerate(doc["articles"], start=1)}
    tables = {s["id"]: (story_columns(doc, s), source_table(doc, s)) for s in doc["stories"]}
    counts = {s["id"]: provenance([by_id[i] for i in s["articles"]]) for s in doc["stories"]}
    return _ENV.get_template("brief.html").render(
        doc=doc,
        by_id=by_id,
        number=number,
        tables=tables,
        counts=counts,
        note=set_apart_note,
        backing=alignment_view.backing,
        conflict_sides=alignment_view.conflict_sides,
        outlet_note=alignment_view.outlet_note,
        figure_parts=figure_parts,
        verb=alignment_view.VERB,
        symbol=alignment_view.SYMBOL,
        legend=alignment_view.LEGEND,
        unverified=alignment_view.unverified,
        caveat_rows=alignment_view.caveat_rows,
        newsmakers=newsmakers,
        who_shown=WHO_SHOWN,
        quote_groups=quote_groups,
        plural=plural,
    )


def render(doc: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    renderers = {"text": render_text, "markdown": render_markdown, "html": render_html}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](doc)
