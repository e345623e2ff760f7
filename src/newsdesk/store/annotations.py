"""Extraction results (``Annotations``) as the JSON text the store keeps, one document per article.

Why this shape: the codec follows the dataclasses of ``newsdesk.model`` (field names as keys, tuples as
lists, nested records as objects), so a field added to a record with a default needs no change here. Two
things keep it near the size of the facts it holds: a field equal to its default is left out, and an
``article`` field equal to the annotated article's id (every span and item of one article) is left out
and restored from the row's key. ``loads(dumps(a), a.article) == a`` for every ``Annotations``
(tests/store/test_annotations.py checks it on real text and on generated records).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

from newsdesk.model import Annotations

_MISSING = dataclasses.MISSING


def _bounds(record: Any) -> tuple[int, int] | None:
    """The character offsets a record's ``text`` was read from (its own, or its ``span``'s)."""
    span = getattr(record, "span", record)
    start, end = getattr(span, "start", None), getattr(span, "end", None)
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _encode(value: Any, article: str, text: str | None) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if (f.name == "article" and item == article) or (f.default is not _MISSING and item == f.default):
                continue
            if f.name == "text" and text is not None and (bounds := _bounds(value)) and item == text[slice(*bounds)]:
                continue
            out[f.name] = _encode(item, article, text)
        return out
    if isinstance(value, tuple | list):
        return [_encode(item, article, text) for item in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any, article: str, text: str | None) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [k for k in typing.get_args(kind) if k is not type(None)]
        return _decode(inner, value, article, text)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        return tuple(_decode(item_kind, item, article, text) for item in value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        fields = {name: _decode(hints[name], item, article, text) for name, item in value.items()}
        if "article" in hints and "article" not in fields:
            fields["article"] = article
        record = kind(**{**fields, "text": ""} if "text" in hints and "text" not in fields else fields)
        if "text" in hints and "text" not in fields:
            bounds = _bounds(record)
            if text is None or bounds is None:
                raise ValueError(f"annotations of {article}: a {kind.__name__} needs the article's text to decode")
            record = dataclasses.replace(record, text=text[slice(*bounds)])
        return record
    return value


def dumps_annotations(annotations: Annotations, text: str | None = None) -> str:
    """Compact JSON of one article's annotations; ``text``: the article's clean text (spans it repeats are
    left out). The article id itself is the row's key."""
    encoded = _encode(annotations, annotations.article, text)
    return json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))


def loads_annotations(document: str, article: str, text: str | None = None) -> Annotations:
    """The ``Annotations`` of ``article`` back from ``dumps_annotations`` (with the same ``text``)."""
    result: Annotations = _decode(Annotations, json.loads(document), article, text)
    return result
