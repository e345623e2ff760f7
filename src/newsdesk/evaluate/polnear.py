"""Reader for the PolNeAR attribution corpus (Newell, Margolin & Ruths, LREC 2018) in brat standoff.

``text/<stem>.txt`` holds an article and ``attributions/<stem>_<annotator>.ann`` its attributions: ``T`` lines
are Source / Cue / Content spans (possibly discontinuous, ``start end;start end``) and an ``E`` line ties one
attribution's spans together. Annotator notes (``#``) and the text continuation lines brat writes for spans
that cross a newline are skipped: only the offsets are read, never the copied text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsdesk.errors import InputError

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^E\d+\t(.*)$")

Segments = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Segments
    source: Segments | None
    cue: Segments | None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    stem: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]


def parse_ann(path: Path) -> tuple[GoldAttribution, ...]:
    """The attributions of one ``.ann`` file; an ``E`` line without a content span is not an attribution."""
    spans: dict[str, Segments] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _T_LINE.match(line):
            spans[m.group(1)] = tuple((int(a), int(b)) for a, b in (part.split() for part in m.group(3).split(";")))
        elif m := _E_LINE.match(line):
            events.append(m.group(1))
    result = []
    for event in events:
        roles = dict(arg.split(":", 1) for arg in event.split() if ":" in arg)
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        result.append(GoldAttribution(content, source, cue))
    return tuple(result)


def read_split(path: Path, every: int = 1) -> list[GoldDocument]:
    """Every article of a PolNeAR split folder, in file-name order.

    Articles annotated by several annotators are scored against the first annotator file in sorted
    order (deterministic, and what a reader of the corpus sees first): scoring against the best-matching
    annotator would reward a system for agreeing with whichever annotator happens to suit it. ``every=k``
    keeps every k-th article in name order, a fixed subset that spans all publishers (names start with one).
    """
    texts = path / "text"
    anns = path / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError(str(path), "not a PolNeAR split: expected text/ and attributions/ folders")
    by_stem: dict[str, list[Path]] = {}
    for ann in sorted(anns.glob("*.ann")):
        stem, _, _annotator = ann.stem.rpartition("_")
        by_stem.setdefault(stem, []).append(ann)
    docs = []
    for stem in sorted(by_stem)[:: max(every, 1)]:
        txt = texts / f"{stem}.txt"
        if not txt.is_file():
            raise InputError(str(by_stem[stem][0]), f"annotation without its text file {txt.name}")
        first = by_stem[stem][0]
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDocument(stem, text, first.stem.rpartition("_")[2], parse_ann(first)))
    return docs
