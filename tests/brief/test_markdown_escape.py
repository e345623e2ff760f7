"""Untrusted article text in the Markdown brief and export: a '<' in it opened raw HTML in any Markdown viewer
that renders HTML (``<img src=x onerror=alert(1)>`` ran), while the HTML export escaped the same text."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from newsdesk.cli import app

runner = CliRunner()


def test_markdown_brief_shows_html_in_article_text_as_text(tmp_path: Path, seeds_dir: Path) -> None:
    paragraphs = sorted(seeds_dir.glob("*.txt"))[3].read_text(encoding="utf-8").split("\n\n")
    paragraphs[0] = paragraphs[0].rstrip(".") + " <img src=x onerror=alert(1)> <javascript:alert(2)>."
    article = tmp_path / "hostile.txt"
    article.write_text("\n\n".join(paragraphs), encoding="utf-8")
    result = runner.invoke(app, ["brief", str(article), "--db", str(tmp_path / "n.db"), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert "onerror=alert(1)" in result.stdout  # the sentence is in the brief ...
    html = MarkdownIt("commonmark", {"html": True}).render(result.stdout)
    assert "<img" not in html and 'href="javascript:' not in html  # ... as text, not as markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
