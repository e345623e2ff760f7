"""The service layer the CLI, the API and the web pages share: stories, briefs, articles, search, ingest.

Everything it returns is built from the JSON brief contract (``build_stories`` + ``brief_document``), so the
API, the pages and the exports show exactly what ``newsdesk brief --format json`` prints, and any section a
stage adds to the story document appears in all of them without changes here.

Stories are computed over the whole store and cached twice: in memory (re-checked against the store's corpus
fingerprint at most every ``RECHECK_SECONDS``, rebuilt in the background while the old one answers) and in the
``brief_cache`` table (migration 0003), keyed by story id and algorithm names, so a restarted server does not
recompute unchanged briefs.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from newsdesk.brief import build_stories, render
from newsdesk.brief.assemble import brief_code
from newsdesk.brief.render import article_json, newsmakers, story_json
from newsdesk.cluster.pages import set_apart_kind
from newsdesk.config import Settings, get_settings
from newsdesk.model import RawDocument, Rejection
from newsdesk.pipeline import RunReport, ingest_records
from newsdesk.store import Store, StoreError

# A request may see a brief up to this old after another process writes to the store; this process's own
# writes (HTTP ingest) invalidate at once. One fingerprint query per second keeps reads cheap under load.
RECHECK_SECONDS = 1.0
log = logging.getLogger(__name__)
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
T = TypeVar("T")
EXPORT_FORMATS = {"markdown": "md", "html": "html", "json": "json"}


class NotFound(LookupError):
    """A story, article or other named thing does not exist; the message names it."""


class BadRequest(ValueError):
    """A query parameter or body is invalid; the message says which and why."""


@dataclass(slots=True)
class _Snapshot:
    corpus: str
    stories: list[dict[str, Any]]
    articles: dict[str, dict[str, Any]]
    checked: float = field(default_factory=time.monotonic)
    # Renderings (a page, a serialized brief) are pure functions of the snapshot: kept until it changes.
    renders: dict[tuple[str, str], Any] = field(default_factory=dict)


def cited_sentences(story: dict[str, Any]) -> dict[str, set[int]]:
    """Every (article, sentence) any section of a story cites, found generically in the document."""
    found: dict[str, set[int]] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("article"), str) and isinstance(value.get("sentence"), int):
                found.setdefault(value["article"], set()).add(value["sentence"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in story.items() if k not in ("articles", "unique")})
    return found


def _card(story: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    members = [articles[i] for i in story["articles"] if i in articles]
    dates = sorted(a["published"] for a in members if a["published"])
    outlets = Counter(a["label"] for a in members)
    return {
        "id": story["id"],
        "title": story["title"],
        "articles": len(members),
        "outlets": sorted(outlets, key=lambda o: (-outlets[o], o)),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "lead": story["summary"][0]["text"] if story.get("summary") else None,
        "entities": [e["name"] for e in newsmakers(story)[:6]],
    }


def _newest_first(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Largest first, then newest (by last publication date), then by id for a stable order; the pages set apart as
    no news report (labelled in their title: ``cluster.pages``) after the news stories, as ``newsdesk stories``."""
    by_id = sorted(cards, key=lambda c: c["id"])
    by_date = sorted(by_id, key=lambda c: c["last"] or "", reverse=True)
    return sorted(by_date, key=lambda c: (set_apart_kind(c["title"]) is not None, -c["articles"]))


def _parse_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


class Service:
    """One store, its stories and briefs. Thread-safe: the API calls it from a thread pool."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or get_settings()
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._rebuilding = False
        self._generation = 0

    # --- stories ------------------------------------------------------------------------------------
    def _build(self, corpus: str) -> _Snapshot:
        articles = self.store.get_articles(self.store.article_ids())
        plain = {a.id: article_json(a) for a in articles}
        # Keyed by the code too: after an upgrade that changes an algorithm, the stored briefs are rebuilt.
        key = f"{corpus}+{brief_code()}:{self.settings.summary_words}"
        cached = self.store.cached_briefs(key)
        if cached:
            return _Snapshot(corpus, [json.loads(d) for d in cached], plain)
        stories = [story_json(s) for s in build_stories(articles, words=self.settings.summary_words)]
        entries = [(s["id"], json.dumps(s["algorithms"], sort_keys=True), json.dumps(s)) for s in stories]
        try:
            self.store.save_briefs(key, entries)
        except StoreError as exc:
            # The cache only saves the next start a rebuild: a reader still gets the brief just built. Its
            # transaction was rolled back, so the stored articles and the previous cache are as they were.
            log.warning("brief cache not saved, the brief is served without it: %s", exc)
        return _Snapshot(corpus, stories, plain)

    def snapshot(self) -> _Snapshot:
        """The current stories. When another process changed the store, the old snapshot keeps answering while
        a background thread builds the new one (a rebuild runs extraction and alignment: seconds to minutes),
        so reads stay fast during a long ingest; only the very first snapshot is built in the request."""
        with self._lock:
            snap = self._snapshot
            if snap and (self._rebuilding or time.monotonic() - snap.checked < RECHECK_SECONDS):
                return snap
            corpus = self.store.corpus_fingerprint()
            if snap and snap.corpus == corpus:
                snap.checked = time.monotonic()
                return snap
            if snap is None:
                self._snapshot = self._build(corpus)
                return self._snapshot
            self._rebuilding = True
            threading.Thread(
                target=self._rebuild, args=(corpus, self._generation), name="newsdesk-snapshot", daemon=True
            ).start()
            return snap

    def _rebuild(self, corpus: str, generation: int) -> None:
        try:
            fresh = self._build(corpus)
        except Exception:  # the old snapshot keeps answering; the next recheck tries again
            log.exception("rebuilding the stories of corpus %s failed", corpus)
            fresh = None
        with self._lock:
            self._rebuilding = False
            if fresh is not None and generation == self._generation:
                self._snapshot = fresh

    def rendered(self, kind: str, key: str, make: Callable[[], T]) -> T:
        """``make()`` once per snapshot: a story page or serialized brief is reused until the corpus changes."""
        renders = self.snapshot().renders
        if (kind, key) not in renders:
            renders[(kind, key)] = make()
        return renders[(kind, key)]

    def invalidate(self) -> None:
        """This process wrote to the store: the next read rebuilds at once (and a rebuild in flight is dropped)."""
        with self._lock:
            self._snapshot = None
            self._generation += 1

    def story(self, story_id: str) -> dict[str, Any]:
        for story in self.snapshot().stories:
            if story["id"] == story_id:
                return story
        raise NotFound(f"no story with id {story_id!r}")

    def brief(self, story_id: str) -> dict[str, Any]:
        """The story's brief: the same document ``newsdesk brief --format json`` prints for its articles."""
        story = self.story(story_id)
        articles = self.snapshot().articles
        return {"articles": [articles[i] for i in story["articles"] if i in articles], "stories": [story]}

    def stories(
        self,
        q: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Story cards, largest and newest first, filtered by full text, entity, outlet and date range."""
        since, until = _parse_date("since", since), _parse_date("until", until)
        snap = self.snapshot()
        hits = {a for a, _ in self.search_articles(q, limit=10_000)} if q else None
        cards = []
        for story in snap.stories:
            members = [snap.articles[i] for i in story["articles"] if i in snap.articles]
            if hits is not None and not hits.intersection(story["articles"]):
                continue
            if entity and not any(_entity_matches(e, entity) for e in story.get("entities", [])):
                continue
            if outlet and not any(a["label"].casefold() == outlet.casefold() for a in members):
                continue
            dates = [a["published"] for a in members if a["published"]]
            if since and not any(d >= since for d in dates):
                continue
            if until and not any(d <= until for d in dates):
                continue
            cards.append(_card(story, snap.articles))
        return _newest_first(cards)

    # --- articles, entities, quotes, sources -------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any]:
        """An article's clean text and sentences, with the sentences any story cites and those stories."""
        snap = self.snapshot()
        if article_id not in snap.articles:
            raise NotFound(f"no article with id {article_id!r}")
        cited: set[int] = set()
        stories = []
        for story in snap.stories:
            if article_id in story["articles"]:
                stories.append({"id": story["id"], "title": story["title"]})
                cited |= cited_sentences(story).get(article_id, set())
        return {**snap.articles[article_id], "cited": sorted(cited), "stories": stories}

    def articles(self, outlet: str | None = None, story_id: str | None = None) -> list[dict[str, Any]]:
        snap = self.snapshot()
        ids = self.story(story_id)["articles"] if story_id else list(snap.articles)
        rows = [snap.articles[i] for i in ids if i in snap.articles]
        if outlet:
            rows = [a for a in rows if a["label"].casefold() == outlet.casefold()]
        return [{k: v for k, v in a.items() if k not in ("text", "sentences")} for a in rows]

    def entities(self, story_id: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        stories = [self.story(story_id)] if story_id else self.snapshot().stories
        rows = [{**e, "story": s["id"]} for s in stories for e in s.get("entities", [])]
        return [e for e in rows if not type or str(e.get("type", "")).casefold() == type.casefold()]

    def quotes(self, story_id: str | None = None, speaker: str | None = None) -> list[dict[str, Any]]:
        """Quotes grouped by speaker (most quoted first); unattributed quotes come last."""
        stories = [self.story(story_id)] if story_id else self.snapshot().stories
        groups: dict[str, list[dict[str, Any]]] = {}
        for story in stories:
            for quote in story.get("quotes", []):
                groups.setdefault(quote.get("speaker") or "", []).append({**quote, "story": story["id"]})
        if speaker:
            groups = {k: v for k, v in groups.items() if k.casefold() == speaker.casefold()}
        order = sorted(groups, key=lambda k: (k == "", -len(groups[k]), k))
        return [{"speaker": k or None, "quotes": groups[k]} for k in order]

    def sources(self) -> list[dict[str, Any]]:
        """Outlets with their article counts and date range."""
        by_outlet: dict[str, list[dict[str, Any]]] = {}
        for article in self.snapshot().articles.values():
            by_outlet.setdefault(article["label"], []).append(article)
        rows = []
        for label, members in by_outlet.items():
            dates = sorted(a["published"] for a in members if a["published"])
            rows.append(
                {"outlet": label, "articles": len(members), "first": dates[0] if dates else None,
                 "last": dates[-1] if dates else None}
            )  # fmt: skip
        return sorted(rows, key=lambda r: (-r["articles"], r["outlet"]))

    def search_articles(self, q: str, limit: int = 50) -> list[tuple[str, str]]:
        """Full-text search through the store; a malformed query is a ``BadRequest``, not a server error."""
        try:
            return self.store.search(q, limit)
        except Exception as exc:  # sqlite3.OperationalError / psycopg errors: the query syntax was wrong
            if type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg"):
                raise BadRequest(f"q={q!r}: not a valid full-text query ({exc})") from None
            raise

    # --- ingest and export ----------------------------------------------------------------------------
    def ingest(self, records: Sequence[RawDocument | Rejection], command: str = "POST /articles") -> RunReport:
        report = ingest_records(records, self.store, command=command)
        self.invalidate()
        return report

    def export(self, story_id: str, fmt: str) -> str:
        """A story as Markdown, JSON or one self-contained HTML file."""
        if fmt not in EXPORT_FORMATS:
            raise BadRequest(f"format={fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
        doc = self.brief(story_id)
        if fmt == "html":
            from .web import render_story_page

            return render_story_page(self, doc, standalone=True)
        return render(doc, fmt)


def _entity_matches(entity: dict[str, Any], query: str) -> bool:
    names = [entity.get("name", ""), *entity.get("aliases", [])]
    return any(str(n).casefold() == query.casefold() for n in names)


def check_id(kind: str, value: str) -> str:
    """Ids reach file names (exports): only letters, digits, ``_`` and ``-`` are accepted."""
    if not ID_PATTERN.match(value):
        raise BadRequest(f"{kind} id {value!r} is not a valid id")
    return value


__all__ = ["EXPORT_FORMATS", "BadRequest", "NotFound", "Service", "check_id", "cited_sentences"]
