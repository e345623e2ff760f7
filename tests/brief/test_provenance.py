"""The story's header counts outlets only where an article names one."""

from __future__ import annotations

from newsdesk.brief.alignment_view import backing
from newsdesk.brief.render import provenance


def _article(source: str | None, path: str) -> dict[str, str | None]:
    return {"source": source, "path": path, "label": source or path}


def test_files_that_name_no_outlet_are_not_counted_as_outlets() -> None:
    seeds = [_article("NDTV", "001.txt"), *(_article(None, f"00{k}.txt") for k in (0, 2, 3, 4))]
    assert provenance(seeds) == "5 articles: 1 from 1 outlet, 4 with no outlet named"


def test_an_export_without_source_fields_is_not_sixty_outlets() -> None:
    export = [_article(None, f"H1N1_bbc.jsonl:{k}") for k in range(60)]
    assert provenance(export) == "60 articles, no outlet named"


def test_named_outlets_are_counted_once_whatever_their_case() -> None:
    wire = [_article("Reuters", "a.html"), _article("REUTERS", "b.html"), _article("BBC News", "c.html")]
    assert provenance(wire) == "3 articles from 2 outlets"


def test_a_fact_one_wire_repeats_is_backed_by_one_source_not_six() -> None:
    articles = {f"r{k}": _article("Reuters", f"r{k}.html") for k in range(6)} | {"x": _article(None, "x.txt")}
    for key, value in articles.items():
        value["id"] = key
    assert backing({"sources": ["r0", "r1", "r2", "r3", "r4", "r5"]}, articles) == "6 articles from 1 source"
    assert backing({"sources": ["r0", "r1", "x"]}, articles) == "3 articles from 2 sources"
    assert backing({"sources": ["r0", "x"]}, articles) == "2 sources"
