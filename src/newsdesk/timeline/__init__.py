"""Timeline: the dated events of a story, each with a short description cited to its sentences."""

from .build import TIMELINE_ALGORITHM, build_timeline

__all__ = ["TIMELINE_ALGORITHM", "build_timeline"]
