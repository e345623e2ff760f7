"""The brief: stories built from stored articles, and their renderings (JSON contract, text, Markdown, HTML)."""

from .assemble import build_stories
from .render import FORMATS, render

__all__ = ["FORMATS", "build_stories", "render"]
