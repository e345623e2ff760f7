"""The alignment sections of the text and Markdown briefs: facts with their conflicts (both sides cited), the
sources table (outlet × fact), quotes grouped by speaker with their variants, what each outlet alone
reports, and what the outlets say they could not verify. They read the JSON brief's dicts, like every other
rendering, so all views show the same data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsdesk.align.sources import CONTRADICTS, REPORTS, source_table, story_columns

from .quotes import quote_groups

Mark = Callable[[list[dict[str, Any]]], str]
SYMBOL = {REPORTS: "✓", CONTRADICTS: "✗", "silent": "·"}
LEGEND = "✓ reports, ✗ contradicts, · silent"
FACT_CHARS = 70
UNIQUE_SHOWN = 3
UNIQUE_ARTICLES_SHOWN = 10  # articles listed in "Only in one source"; the section had no cap
# A text or Markdown brief is read top to bottom: a 50-article story's every fact, article column and quote
# would run to a thousand lines. These views show the first (best-corroborated) ones and say how many more the
# JSON and HTML briefs hold.
FACTS_SHOWN = 20
COLUMNS_SHOWN = 12
QUOTES_SHOWN = 30
QUOTES_PER_SPEAKER = 3  # so that the text brief shows the story's main voices, not one voice's every quote
SPEAKERS_NAMED = 8  # the next speakers the "… more quotes" line names
CAVEATS_SHOWN = 8


def plural(n: int, noun: str) -> str:
    """ "1 quote", "3 quotes"."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def more_line(bullet: str, hidden: int, noun: str) -> list[str]:
    """``… 12 more facts (every one in --format json or html)`` when some were left out, else nothing."""
    if hidden <= 0:
        return []
    return [f"{bullet}… {hidden} more {noun}{'' if hidden == 1 else 's'} (every one in --format json or html)"]


def _short(text: str, limit: int = FACT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


VERB = {"conflict": "vs", "refinement": "is refined by", "update": "was updated to"}


def conflict_sides(conflict: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]] | None:
    """Each side as ``{"value", "outlet", "citations"}`` when every side has a value, else None (an older record:
    its description is shown). The stored ``description`` names the articles by their labels
    ("articles.jsonl.gz:65"), which are not the brief's numbers (a rejected record shifts one against the other): a
    reader must see one name per article. An outlet is named beside a side only where the sides' outlets differ
    (``side_outlets``). Every view (text, Markdown, HTML brief, web page) renders these."""
    sides = list(conflict.get("sides") or ())
    if not sides or any("value" not in side for side in sides):
        return None
    outlets = side_outlets(sides, by_id)
    return [
        {"value": side["value"], "outlet": outlet, "citations": list(side["citations"])}
        for side, outlet in zip(sides, outlets, strict=True)
    ]


def conflict_line(conflict: dict[str, Any], mark: Mark, by_id: dict[str, dict[str, Any]] | None = None) -> str:
    """``conflict: figure: “at least 30” [1.3] vs “at least 34” (Reuters) [2.5]``: each side's value beside its
    citations (``conflict_sides``)."""
    kind = conflict.get("kind", "conflict")
    sides = conflict_sides(conflict, by_id or {})
    if sides is None:
        cited = " vs ".join(mark(list(side["citations"])) for side in conflict.get("sides") or ())
        return f"{kind}: {conflict.get('description', conflict)} {cited}".rstrip()
    told = [
        f"“{side['value']}”" + (f" ({side['outlet']})" if side["outlet"] else "") + f" {mark(side['citations'])}"
        for side in sides
    ]
    field = f"{conflict['field']}: " if conflict.get("field") else ""
    return f"{kind}: {field}" + f" {VERB.get(kind, 'vs')} ".join(told)


def side_outlets(sides: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> list[str | None]:
    """Each side's outlet, when every side has one named outlet and they are not all one; else no outlet at all
    (one outlet against itself, or an unnamed one, adds nothing to the citation)."""
    named = []
    for side in sides:
        outlets = {(by_id.get(c["article"]) or {}).get("source") for c in side["citations"]}
        named.append(outlets.pop() if len(outlets) == 1 else None)
    if None in named or len({o.lower() for o in named if o}) < 2:
        return [None] * len(sides)
    return named


def backing(fact: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    """ "3 sources"; "6 articles from 1 source" when backing articles share a named outlet — one wire repeating
    its background paragraph on six pages is one voice. An article that names no outlet is a source of its own."""
    sources = fact["sources"]
    outlets = {outlet.lower() if (outlet := (by_id.get(a) or {}).get("source")) else a for a in sources}
    if len(outlets) == len(sources):
        return f"{len(sources)} sources"
    return f"{len(sources)} articles from {len(outlets)} source{'' if len(outlets) == 1 else 's'}"


def sub_bullet(bullet: str) -> str:
    """What a line under an item starts with: an indented line in text, a nested item in Markdown (an indented
    line there would run on into the item's own paragraph)."""
    return "  - " if bullet == "- " else "    "


def fact_lines(doc: dict[str, Any], story: dict[str, Any], mark: Mark, bullet: str) -> list[str]:
    by_id = {a["id"]: a for a in doc["articles"]}
    lines = []
    for fact in story["facts"][:FACTS_SHOWN]:
        lines.append(f"{bullet}{fact['text']} {mark(fact['citations'])} ({backing(fact, by_id)})")
        lines += [f"{sub_bullet(bullet)}{conflict_line(c, mark, by_id)}" for c in fact["conflicts"]]
        notes = unverified(story, fact)
        lines += (
            [f"{sub_bullet(bullet)}unverified: its outlet says it could not verify this {mark(notes)}"] if notes else []
        )
    return lines + more_line(bullet, len(story["facts"]) - FACTS_SHOWN, "fact")


def unverified(story: dict[str, Any], fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The outlets' notes (``Story.caveats``) that they could not verify a sentence stating ``fact``."""
    cited = {(c["article"], c["sentence"]) for c in fact["citations"]}
    return [
        c["note"]
        for c in story.get("caveats", ())
        if c["claim"] and (c["claim"]["article"], c["claim"]["sentence"]) in cited
    ]


def table_lines(doc: dict[str, Any], story: dict[str, Any], markdown: bool) -> list[str]:
    """Outlet × fact for the facts shown. Columns are the story's original articles, numbered as in the source
    list; past ``COLUMNS_SHOWN``, a selection (``_columns_kept``)."""
    number = {a["id"]: n for n, a in enumerate(doc["articles"], start=1)}
    columns = story_columns(doc, story)
    rows = source_table(doc, story)[:FACTS_SHOWN]
    if not rows:
        return []
    hidden = max(0, len(columns) - COLUMNS_SHOWN)
    if hidden:
        kept = _columns_kept([statuses for _, statuses in rows])
        columns = [columns[k] for k in kept]
        rows = [(fact, [statuses[k] for k in kept]) for fact, statuses in rows]
    heads = [f"[{number[a['id']]}]" for a in columns]
    if markdown:
        lines = ["| Fact | " + " | ".join(heads) + " |", "|---|" + "---|" * len(heads)]
        for n, (fact, statuses) in enumerate(rows, start=1):
            text = _short(fact["text"]).replace("|", "\\|")
            lines.append(f"| F{n} {text} | " + " | ".join(SYMBOL[s] for s in statuses) + " |")
    else:
        width = max(len(h) for h in heads)
        lines = ["    " + " ".join(h.rjust(width) for h in heads)]
        for n, (fact, statuses) in enumerate(rows, start=1):
            cells = " ".join(SYMBOL[s].rjust(width) for s in statuses)
            lines.append(f"    {cells}  F{n} {_short(fact['text'])}")
    note = [f"({hidden} more articles not shown as columns)"] if hidden else []
    return [*lines, "", LEGEND, *note]


def _columns_kept(rows: list[list[str]]) -> list[int]:
    """The ``COLUMNS_SHOWN`` columns of a wide table, in brief order: first, greedily, columns that put a backing
    article in view for the most facts still without one (a row of dots under a fact "4 sources" reads as
    silence), then the articles that report or contradict most of the shown facts."""
    speaks = [sum(row[k] != "silent" for row in rows) for k in range(len(rows[0]))]
    kept: list[int] = []
    unseen = set(range(len(rows)))
    while unseen and len(kept) < COLUMNS_SHOWN:
        gain = {k: sum(rows[r][k] != "silent" for r in unseen) for k in range(len(speaks)) if k not in kept}
        best = max(gain, key=lambda k: (gain[k], speaks[k], -k))
        if not gain[best]:
            break
        kept.append(best)
        unseen = {r for r in unseen if rows[r][best] == "silent"}
    rest = sorted((k for k in range(len(speaks)) if k not in kept), key=lambda k: (-speaks[k], k))
    return sorted(kept + rest[: COLUMNS_SHOWN - len(kept)])


def quote_lines(story: dict[str, Any], mark: Mark, bullet: str) -> list[str]:
    """Quotes by speaker, ranked (``brief.quotes.quote_groups``), each with its other renderings: in a story with
    more than ``QUOTES_SHOWN``, the first ``QUOTES_PER_SPEAKER`` of each speaker until ``QUOTES_SHOWN``; then who
    else is quoted, and how many quoted words were set aside as no one's speech (titles, stray attributions)."""
    groups = quote_groups(story["quotes"])
    speaking = [g for g in groups if g.quotes]
    lines: list[str] = []
    shown = told = 0
    # a story with no more quotes than the brief shows is shown whole
    per_speaker = QUOTES_PER_SPEAKER if sum(len(g.quotes) for g in speaking) > QUOTES_SHOWN else QUOTES_SHOWN
    for group in speaking:
        if shown == QUOTES_SHOWN:
            break
        told += 1
        lines.append(
            f"{bullet}{group.speaker} ({plural(len(group.quotes), 'quote')}, {plural(group.articles, 'article')}):"
        )
        for quote in group.quotes[: min(per_speaker, QUOTES_SHOWN - shown)]:
            cite = mark([{"article": quote["article"], "sentence": quote["sentence"]}, *quote.get("parts", ())])
            also = f" (also rendered in {mark(quote['variants'])})" if quote.get("variants") else ""
            # A quote may run over two paragraphs: its line break would end the item (and in Markdown the list).
            lines.append(f"{sub_bullet(bullet)}“{' '.join(quote['text'].split())}” {cite}{also}")
            shown += 1
    hidden = sum(len(g.quotes) for g in speaking) - shown
    if hidden > 0:
        rest = sorted(speaking[told:], key=lambda g: -len(g.quotes))  # who is left with the most to say, first
        parts = ["the speakers above"] if sum(len(g.quotes) for g in speaking[:told]) > shown else []
        if rest:
            named = ", ".join(f"{g.speaker} ({len(g.quotes)})" for g in rest[:SPEAKERS_NAMED])
            others = len(rest) - SPEAKERS_NAMED
            parts.append(named + (f" and {plural(others, 'other speaker')}" if others > 0 else ""))
        who = " and by ".join(parts)
        lines.append(f"{bullet}… {plural(hidden, 'more quote')} by {who} (every one in --format json or html)")
    aside = sum(len(g.set_aside) for g in groups)
    if aside:
        what = "quoted title or attribution" if aside == 1 else "quoted titles or attributions"
        lines.append(f"{bullet}{aside} {what} not shown as speech (in --format json or html)")
    return lines


def outlet_note(doc: dict[str, Any], story: dict[str, Any]) -> str | None:
    """What "one source" means in a story whose articles are all one outlet's, or name none: there every article is
    a source of its own, so "Only in one source" is what one article alone says, not what one outlet alone says."""
    by_id = {a["id"]: a for a in doc["articles"]}
    members = [by_id[i] for i in story["articles"] if i in by_id]
    if len(members) < 2:
        return None
    outlets = {(a.get("source") or "").lower() for a in members}
    if outlets == {""}:
        return f"No article names its outlet: each of the {len(members)} articles counts as a source of its own."
    if len(outlets) == 1:
        name = members[0]["source"]
        return f"All {len(members)} articles are from one outlet, {name}: each line is what one article alone says."
    return None


def unique_shown(story: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``UNIQUE_ARTICLES_SHOWN`` entries of "Only in one source" a text brief lists, in brief order: in a story
    with more, those with the most sentences of their own (a 64-article story listed every article, 240 lines)."""
    entries = story["unique"]
    if len(entries) <= UNIQUE_ARTICLES_SHOWN:
        return list(entries)
    ranked = sorted(range(len(entries)), key=lambda k: (-len(entries[k]["sentences"]), k))
    return [entries[k] for k in sorted(ranked[:UNIQUE_ARTICLES_SHOWN])]


def unique_lines(doc: dict[str, Any], story: dict[str, Any], mark: Mark, bullet: str) -> list[str]:
    """Per original article: how many of its sentences no other independent source states, and the first few.
    Each article is named by its number in Sources too: several articles of one outlet share its label ("CNN").
    Where every article is one outlet's, or none names one, the section says so first (``outlet_note``)."""
    by_id = {a["id"]: a for a in doc["articles"]}
    number = {a["id"]: n for n, a in enumerate(doc["articles"], start=1)}
    note = outlet_note(doc, story)
    other = "other article" if note else "other source"
    lines = [f"{bullet}{note}"] if note else []
    for entry in unique_shown(story):
        article = by_id[entry["article"]]
        sentences = entry["sentences"]
        label = f"[{number[article['id']]}] {article['label']}"
        lines.append(f"{bullet}{label}: {plural(len(sentences), 'sentence')} no {other} has")
        for i in sentences[:UNIQUE_SHOWN]:
            cite = mark([{"article": article["id"], "sentence": i}])
            lines.append(f"{sub_bullet(bullet)}{_short(article['sentences'][i]['text'], 2 * FACT_CHARS)} {cite}")
    return lines + more_line(bullet, len(story["unique"]) - len(unique_shown(story)), "article")


def caveat_rows(doc: dict[str, Any], story: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims the outlets say they could not verify (``Story.caveats``), each once: ``claim`` is the sentence
    qualified (the note's own sentence when the note is a clause of it), ``note`` the outlet's note when it is a
    sentence of its own. A note about no one sentence has no ``claim`` and comes last. Copies of a page (one claim,
    one note) are one row citing each."""
    by_id = {a["id"]: a for a in doc["articles"]}

    def text(citation: dict[str, Any] | None) -> str | None:
        return by_id[citation["article"]]["sentences"][citation["sentence"]]["text"] if citation else None

    rows: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for caveat in story.get("caveats", ()):
        note, claim = caveat["note"], caveat["claim"]
        inside = claim == note
        key = (text(claim), None if inside else text(note))
        row = rows.setdefault(key, {"claim": key[0], "claims": [], "note": key[1], "notes": []})
        if claim is not None:
            row["claims"].append(claim)
        if not inside:
            row["notes"].append(note)
    return sorted(rows.values(), key=lambda row: row["claim"] is None)


def caveat_lines(doc: dict[str, Any], story: dict[str, Any], mark: Mark, bullet: str) -> list[str]:
    """``claim [1.4] — “CNN could not independently verify her story.” [1.5]``; a note about no one claim alone."""
    rows = caveat_rows(doc, story)
    lines = []
    for row in rows[:CAVEATS_SHOWN]:
        note = f"“{row['note']}” {mark(row['notes'])}" if row["note"] else ""
        if row["claim"] is None:
            lines.append(f"{bullet}{note}")
        else:
            claim = f"{_short(row['claim'], 2 * FACT_CHARS)} {mark(row['claims'])}"
            lines.append(f"{bullet}{claim} — {note}" if note else f"{bullet}{claim}")
    return lines + more_line(bullet, len(rows) - CAVEATS_SHOWN, "note")
