"""Publication dates as readers meet them: ISO strings, RFC 822 feed dates, free text."""

from __future__ import annotations

from datetime import date, datetime

from dateutil import parser as dateutil_parser


def parse_date(value: str) -> date | None:
    """Best-effort date of a metadata field; None rather than a guess when it does not parse."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        parsed = dateutil_parser.parse(value, fuzzy=False, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1800:
        return None
    return parsed.date()
