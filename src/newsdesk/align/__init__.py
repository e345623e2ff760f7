"""Align: cross-source facts, agreement and conflict, quote variants and what each outlet alone reports."""

from .facts import ALGORITHM, ALGORITHMS, Alignment, align_facts, align_story, unique_reports
from .quotes import merge_quote_variants
from .sources import source_table

__all__ = [
    "ALGORITHM",
    "ALGORITHMS",
    "Alignment",
    "align_facts",
    "align_story",
    "merge_quote_variants",
    "source_table",
    "unique_reports",
]
