"""``newsdesk eval clustering PATH``: story (and event) clustering on GoogleNews or ECB+, via the product path.

Every record is cleaned by the same ``clean_document`` as ingested input and placed by the same
``cluster_articles`` the brief uses, on what the brief's clusterer reads (``groups.clustering_input``: no site
template sentences), with the default (fixed) parameters. GoogleNews has a story level only
(``story``); ECB+ has two (story = ``topic``, event = ``event``). Records the product leaves unclustered
(too short) count as singletons, so nothing is silently dropped from the scores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsdesk.clean.templates import template_sentences
from newsdesk.cluster import OnlineClusterer, Placement, cluster_articles
from newsdesk.cluster.groups import INPUT_ALGORITHM, SET_APART, clustering_input, mark_copies, set_apart
from newsdesk.errors import InputError
from newsdesk.model import Article, RawDocument

from .io import read_jsonl, write_all
from .metrics import clustering_scores


def _gold(record: dict[str, Any]) -> tuple[str, str | None]:
    if "story" in record:
        return str(record["story"]), record.get("event")
    if "topic" in record:
        return str(record["topic"]), record.get("event")
    raise ValueError(f"record {record.get('id')!r} has neither 'story' nor 'topic'")


def load_split(path: Path) -> tuple[list[Article], list[str], list[str | None], list[str]]:
    """Articles (cleaned as on ingest), gold stories, gold events, and the ids of records cleaning refused."""
    from newsdesk.clean import clean_document

    articles, stories, events, refused = [], [], [], []
    for n, record in enumerate(read_jsonl(path), start=1):
        raw = RawDocument(path=f"{path}:{n}", text=record.get("text") or "", external_id=str(record["id"]))
        story, event = _gold(record)
        try:
            article = clean_document(raw)
        except InputError:
            refused.append(str(record["id"]))
            article = Article(
                id=f"refused:{record['id']}", path=raw.path, text="", sentences=(), external_id=raw.external_id
            )
        articles.append(article)
        stories.append(story)
        events.append(event)
    return articles, stories, events, refused


def evaluate(path: Path, predictions: Path | None = None) -> dict[str, Any]:
    articles, gold_stories, gold_events, refused = load_split(path)
    clusterer = OnlineClusterer()
    # templates as the product finds them: over the set with its copies marked (a copy's text is no site furniture)
    templates = template_sentences(mark_copies(articles))
    # pages the product sets apart as no news report (``groups.set_apart``) are placed in no story: singletons here
    apart = set_apart(articles, templates)
    placed = cluster_articles(
        [clustering_input(a, templates) for a in articles if a.id not in apart], clusterer=clusterer
    )
    by_id = {p.article: p for p in placed}
    placements = [by_id.get(a.id) or Placement(a.id, None, None, SET_APART + apart[a.id]) for a in articles]
    # Unplaced records keep a label of their own: each is a singleton cluster in the scores.
    stories = [p.story or f"unclustered:{a.external_id}" for p, a in zip(placements, articles, strict=True)]
    events = [p.event or f"unclustered:{a.external_id}" for p, a in zip(placements, articles, strict=True)]
    result: dict[str, Any] = {
        "task": "clustering",
        "documents": len(articles),
        "unclustered": sum(p.story is None for p in placements),
        "set_apart": len(apart),
        "refused_by_cleaning": len(refused),
        "algorithms": {"input": INPUT_ALGORITHM, **clusterer.algorithms},
        "template_sentences": len(templates),
        "story": clustering_scores(gold_stories, stories),
    }
    if all(e is not None for e in gold_events):
        result["event"] = clustering_scores([str(e) for e in gold_events], events)
    has_events = "event" in result
    write_all(
        predictions,
        (
            {"id": a.external_id, "story": s, **({"event": e} if has_events else {})}
            for a, s, e in zip(articles, stories, events, strict=True)
        ),
    )
    return result
