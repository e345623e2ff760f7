"""The REST API under ``/api``: thin routes over ``Service`` (the CLI and the pages call the same functions).

Lists page as ``{"data": [...], "count": N, "next": URL | null}``. Reads are open unless the server is started
private (``NEWSDESK_PRIVATE=1`` / ``newsdesk serve --private``); writes always need the token
(``NEWSDESK_TOKEN``), sent as ``Authorization: Bearer TOKEN``.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel

from newsdesk.errors import InputError
from newsdesk.ingest.decode import decode_declared
from newsdesk.ingest.jsonl import parse_json, record_from_json
from newsdesk.model import RawDocument, Rejection

from .errors import ApiError
from .service import EXPORT_FORMATS, Service, check_id

MAX_PAGE = 200


class Page(BaseModel):
    data: list[dict[str, Any]]
    count: int
    next: str | None


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class IngestResult(BaseModel):
    run: int
    counts: dict[str, int]
    articles: list[str]
    rejected: list[dict[str, str]]


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody, "description": d}
    for s, d in ((400, "Bad parameter"), (401, "Token missing or wrong"), (404, "Not found"), (422, "Invalid"))
}


def service(request: Request) -> Service:
    return request.app.state.service


def _token_ok(request: Request, token: str | None) -> bool:
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and secrets.compare_digest(value.strip(), token or "")


def require_read(request: Request) -> None:
    settings = service(request).settings
    if getattr(request.app.state, "private", False) and not _token_ok(request, settings.token):
        raise ApiError(401, "this server is private: send 'Authorization: Bearer TOKEN'")


def require_write(request: Request) -> None:
    token = service(request).settings.token
    if not token:
        raise ApiError(403, "ingest over HTTP is disabled: start the server with NEWSDESK_TOKEN set")
    if not _token_ok(request, token):
        raise ApiError(401, "ingest needs the token: send 'Authorization: Bearer TOKEN'")


def page(request: Request, rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``rows`` and the URL of the next one (same query, offset moved on)."""
    data = rows[offset : offset + limit]
    nxt = None
    if offset + limit < len(rows):
        nxt = str(request.url.include_query_params(offset=offset + limit, limit=limit))
    return {"data": data, "count": len(rows), "next": nxt}


Limit = Query(50, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")
Offset = Query(0, ge=0, le=10_000_000, description="Rows to skip.")
router = APIRouter(prefix="/api", dependencies=[Depends(require_read)], responses=ERRORS)


@router.get("/stories", response_model=Page, summary="List and search stories")
def list_stories(
    request: Request,
    q: str | None = Query(None, max_length=500, description="Full-text query over the stories' articles."),
    entity: str | None = Query(None, max_length=200, description="Stories naming this entity (or an alias)."),
    outlet: str | None = Query(None, max_length=200, description="Stories with an article from this outlet."),
    since: str | None = Query(None, description="Stories with an article published on or after (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Stories with an article published on or before (YYYY-MM-DD)."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    """Story cards, largest and newest first: title, lead sentence, outlets, date range."""
    rows = service(request).stories(q=q or None, entity=entity, outlet=outlet, since=since, until=until)
    return page(request, rows, limit, offset)


def json_response(value: Any) -> Response:
    """Serialized once with the standard library: briefs are large, plain JSON already (no model to validate)."""
    return Response(json.dumps(value, ensure_ascii=False), media_type="application/json")


@router.get("/stories/{story_id}", summary="A story's brief", response_model=dict[str, Any])
def get_story(request: Request, story_id: str) -> Response:
    """The same JSON document `newsdesk brief --format json` prints, for this story's articles."""
    svc = service(request)
    body = svc.rendered("brief.json", story_id, lambda: json.dumps(svc.brief(story_id), ensure_ascii=False))
    return Response(body, media_type="application/json")


@router.get("/stories/{story_id}/export", summary="Export a story", response_class=Response)
def export_story(
    request: Request, story_id: str, format: Literal["markdown", "html", "json"] = Query("markdown")
) -> Response:
    """Markdown, JSON or one self-contained HTML file, as a download named after the story id."""
    check_id("story", story_id)
    body = service(request).export(story_id, format)
    media = {"markdown": "text/markdown", "html": "text/html", "json": "application/json"}[format]
    headers = {"Content-Disposition": f'attachment; filename="{story_id}.{EXPORT_FORMATS[format]}"'}
    if format == "html":  # the file inlines its own style and script; nothing else may load
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
    return Response(body, media_type=f"{media}; charset=utf-8", headers=headers)


@router.get("/articles", response_model=Page, summary="List articles")
def list_articles(
    request: Request,
    outlet: str | None = Query(None, max_length=200),
    story: str | None = Query(None, max_length=64, description="Only this story's articles."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    """Article metadata (no text) in ingest order."""
    return page(request, service(request).articles(outlet=outlet, story_id=story), limit, offset)


@router.get("/articles/{article_id}", summary="One article", response_model=dict[str, Any])
def get_article(request: Request, article_id: str) -> Response:
    """Clean text, sentences with offsets, which sentences stories cite, and those stories."""
    return json_response(service(request).article(article_id))


@router.get("/entities", response_model=Page, summary="Entities")
def list_entities(
    request: Request,
    story: str | None = Query(None, max_length=64),
    type: str | None = Query(None, max_length=40, description="PERSON, ORG, GPE, ..."),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    return page(request, service(request).entities(story_id=story, type=type), limit, offset)


@router.get("/quotes", response_model=Page, summary="Quotes by speaker")
def list_quotes(
    request: Request,
    story: str | None = Query(None, max_length=64),
    speaker: str | None = Query(None, max_length=200),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    """Groups ``{"speaker", "quotes"}``, most quoted speaker first, unattributed last."""
    return page(request, service(request).quotes(story_id=story, speaker=speaker), limit, offset)


@router.get("/sources", response_model=Page, summary="Outlets")
def list_sources(request: Request, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    return page(request, service(request).sources(), limit, offset)


@router.get("/search", response_model=Page, summary="Full-text search over articles")
def search(
    request: Request,
    q: str = Query(
        ..., min_length=1, max_length=500, description="FTS5 syntax (SQLite) or web search syntax (PostgreSQL)."
    ),
    limit: int = Limit,
    offset: int = Offset,
) -> dict[str, Any]:
    svc = service(request)
    hits = svc.search_articles(q, limit=min(offset + limit + 1, 10_000))
    metas = {a["id"]: a for a in svc.articles()}
    rows = [{**metas.get(i, {"id": i}), "snippet": s} for i, s in hits]
    return page(request, rows, limit, offset)


_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}],
                    "description": "One article or a list: {text | html, title, source, published, url, id, author}",
                }
            },
            "text/html": {"schema": {"type": "string", "description": "One article page as HTML."}},
        },
    }
}


def _records(body: bytes, content_type: str, meta: dict[str, str | None], limit: int) -> list[RawDocument | Rejection]:
    if "json" in content_type:
        try:
            value = parse_json(body)
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, nested too deeply
            raise ApiError(400, f"request body: malformed JSON: {exc}") from None
        items = value if isinstance(value, list) else [value]
        if not items:
            raise ApiError(400, "request body: the list of articles is empty")
        return [
            Rejection(f"request[{n}]", f"record is over the {limit:,}-byte limit")
            if len(json.dumps(item)) > limit
            else record_from_json(item, f"request[{n}]")
            for n, item in enumerate(items)
        ]
    if "html" in content_type:
        if len(body) > limit:  # one page is one record: the per-record limit the file readers apply
            raise ApiError(413, f"HTML body is {len(body):,} bytes, over the {limit:,}-byte limit per record")
        if not body.strip():
            raise ApiError(400, "request body: empty HTML")
        try:  # as the file readers decode: "replace" stored a Latin-1 page's accents as U+FFFD
            html = decode_declared(body, content_type, "request body")
        except InputError as exc:
            raise ApiError(400, str(exc)) from None
        from newsdesk.ingest.dates import parse_date

        when = meta.get("published")
        published = parse_date(when) if when else None
        return [
            RawDocument(path=meta.get("url") or "request", html=html, url=meta.get("url"), title=meta.get("title"),
                        source=meta.get("source"), published=published)
        ]  # fmt: skip
    raise ApiError(415, f"Content-Type {content_type or '(none)'!r}: send application/json or text/html")


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, read no further than ``limit``: a chunked upload carries no length to check up front, and
    ``request.body()`` would hold all of it (60 MB sent chunked: 413, but 121 MB more peak RSS)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the {limit:,}-byte limit (stopped reading at {size:,} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/articles",
    response_model=IngestResult,
    status_code=201,
    summary="Ingest articles",
    dependencies=[Depends(require_write)],
    openapi_extra=_INGEST_BODY,
    responses={413: {"model": ErrorBody}, 415: {"model": ErrorBody}},
)
async def post_articles(
    request: Request,
    title: str | None = Query(None, max_length=1000, description="For an HTML body: the headline."),
    source: str | None = Query(None, max_length=200, description="For an HTML body: the outlet."),
    url: str | None = Query(None, max_length=2000, description="For an HTML body: its address."),
    published: str | None = Query(None, max_length=40, description="For an HTML body: publication date."),
) -> dict[str, Any]:
    """JSON (one object or a list) or HTML; needs the token. Rejected records are listed with their reason."""
    svc = service(request)
    limit = svc.settings.max_record_bytes
    batch_limit = limit * 10  # a batch may carry several full-size articles; beyond this, send several requests
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > batch_limit:
        raise ApiError(413, f"request body is {int(declared):,} bytes, over the {batch_limit:,}-byte limit")
    body = await _read_body(request, batch_limit)
    meta = {"title": title, "source": source, "url": url, "published": published}
    records = _records(body, request.headers.get("content-type", "").lower(), meta, limit)
    report = await run_in_threadpool(svc.ingest, records)
    accepted = list(dict.fromkeys(report.article_ids))
    if not accepted:
        reasons = "; ".join(f"{r.path}: {r.reason}" for r in report.rejections)
        raise ApiError(422, f"no article was accepted: {reasons}", code="rejected")
    return {
        "run": report.run_id,
        "counts": dict(report.counts),
        "articles": accepted,
        "rejected": [{"path": r.path, "reason": r.reason, "stage": r.stage} for r in report.rejections],
    }


# ``POST /articles`` (the path the ingest contract names) is the same endpoint as ``POST /api/articles``.
ingest_alias = APIRouter(dependencies=[Depends(require_read)], responses=ERRORS)
ingest_alias.add_api_route(
    "/articles",
    post_articles,
    methods=["POST"],
    response_model=IngestResult,
    status_code=201,
    summary="Ingest articles (same as POST /api/articles)",
    dependencies=[Depends(require_write)],
    openapi_extra=_INGEST_BODY,
    responses={413: {"model": ErrorBody}, 415: {"model": ErrorBody}},
)
