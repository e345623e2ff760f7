"""The one ASGI app: the API under ``/api``, the reader's pages, static files, ``/openapi.json`` and ``/docs``.

Built by ``create_app`` from a store URL (or a ready ``Service`` in tests); ``newsdesk serve`` runs it with
uvicorn. Every response carries a Content-Security-Policy that allows only this server's own script and
style: article text is escaped by Jinja2 anyway, and the policy stops anything that might slip through.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from newsdesk import __version__
from newsdesk.config import Settings, get_settings
from newsdesk.store import open_store

from . import web
from .api import ingest_alias, require_read, router
from .errors import install_error_handlers
from .service import Service

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DESCRIPTION = (
    "Stories built from many outlets' articles, each with a brief whose every statement is cited to the "
    "sentence it came from. Reads are open unless the server is private; ingest needs the token."
)


def create_app(db: str | None = None, *, service: Service | None = None, settings: Settings | None = None,
               private: bool | None = None) -> FastAPI:  # fmt: skip
    settings = settings or get_settings()
    if service is None:
        service = Service(open_store(db or settings.db), settings)
    app = FastAPI(title="newsdesk", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.service = service
    app.state.private = settings.private if private is None else private
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(ingest_alias)
    _add_pages(app)
    static = resources.files("newsdesk.serve.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    return app


def _add_pages(app: FastAPI) -> None:
    read = [Depends(require_read)]

    def svc(request: Request) -> Service:
        return request.app.state.service

    @app.get("/", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def front_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        entity: str | None = Query(None, max_length=200),
        outlet: str | None = Query(None, max_length=200),
    ) -> str:
        service = svc(request)
        cards = service.stories(q=q or None, entity=entity or None, outlet=outlet or None)
        query = {k: v for k, v in (("q", q), ("entity", entity), ("outlet", outlet)) if v}
        return web.render_front_page(cards, service.sources(), query)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def story_page(request: Request, story_id: str) -> str:
        service = svc(request)
        return service.rendered("page", story_id, lambda: web.render_story_page(service, service.brief(story_id)))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def article_page(request: Request, article_id: str) -> str:
        return web.render_article_page(svc(request).article(article_id))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> str:
        return web.render_docs_page(request.app.openapi())

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, Any]:
        return {"ok": True, "version": __version__}
