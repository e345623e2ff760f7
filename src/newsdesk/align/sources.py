"""The sources table of a brief: for every multi-source fact, what each outlet of the story does with it.

``reports`` (one of its sentences states the fact, on the side of the fact's best wording), ``contradicts``
(its sentence is on the other side of a conflict), or ``silent``. Works on the JSON brief's plain dicts so
every rendering (text, Markdown, HTML) shows the same table.
"""

from __future__ import annotations

from typing import Any

REPORTS, CONTRADICTS, SILENT = "reports", "contradicts", "silent"


def _contradicting(fact: dict[str, Any]) -> set[str]:
    """Articles on the side of a real conflict that does not hold the fact's first (best-wording) citation."""
    lead = fact["citations"][0]["article"] if fact["citations"] else None
    against: set[str] = set()
    for conflict in fact["conflicts"]:
        if conflict.get("kind") != "conflict":
            continue
        sides = [{c["article"] for c in side["citations"]} for side in conflict.get("sides", ())]
        for side in sides:
            if lead not in side:
                against |= side
    return against


def source_table(doc: dict[str, Any], story: dict[str, Any]) -> list[tuple[dict[str, Any], list[str]]]:
    """Rows ``(fact, [status per original article of the story])``; columns follow ``story_columns``."""
    columns = story_columns(doc, story)
    rows = []
    for fact in story["facts"]:
        cited = {c["article"] for c in fact["citations"]}
        against = _contradicting(fact)
        statuses = []
        for article in columns:
            if article["id"] in against:
                statuses.append(CONTRADICTS)
            elif article["id"] in cited:
                statuses.append(REPORTS)
            else:
                statuses.append(SILENT)
        rows.append((fact, statuses))
    return rows


def story_columns(doc: dict[str, Any], story: dict[str, Any]) -> list[dict[str, Any]]:
    """The story's original articles (copies fold into their original), in brief order."""
    members = set(story["articles"])
    return [a for a in doc["articles"] if a["id"] in members and a["duplicate_of"] not in members]
