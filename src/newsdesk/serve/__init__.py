"""Serve: the REST API, the reader's web pages and the exports, all over one service layer."""

from .service import EXPORT_FORMATS, BadRequest, NotFound, Service

__all__ = ["EXPORT_FORMATS", "BadRequest", "NotFound", "Service"]
