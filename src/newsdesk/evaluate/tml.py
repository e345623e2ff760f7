"""Read TimeML (.tml) files: the plain text of ``<TEXT>``, its gold TIMEX3 spans and the creation time.

Offsets are character offsets into the text content of the ``<TEXT>`` element with every tag removed, as is
(no stripping), as ../shared/eval/README.md defines them. Entities (``&amp;``) are unescaped by the XML parser.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsdesk.errors import InputError


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def _dct(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = (timex.get("value") or "")[:10]
            try:
                return date.fromisoformat(value)
            except ValueError:
                return None
    return None


def _walk(element: ET.Element, parts: list[str], found: list[GoldTimex], offset: int) -> int:
    """Append the element's text (and its children's) to ``parts``; returns the new offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, found, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    # Non-consuming TIMEX3 (empty text) are not scored by TempEval-3: they have no extent.
    if element.tag == "TIMEX3" and offset > start:
        found.append(GoldTimex(start, offset, element.get("type", ""), element.get("value", "")))
    return offset


def read_tml(path: Path) -> TimeMLDocument:
    """Parse one .tml file; bad XML or a missing ``<TEXT>`` becomes an ``InputError`` naming the file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not readable TimeML: {exc}") from exc
    text_element = root.find("TEXT")
    if text_element is None:
        raise InputError(str(path), "no <TEXT> element")
    parts: list[str] = []
    found: list[GoldTimex] = []
    _walk(text_element, parts, found, 0)
    # The TEXT element's own tail is outside the text; _walk never adds it.
    return TimeMLDocument(path.name, "".join(parts), _dct(root), tuple(sorted(found, key=lambda t: t.start)))


def read_folder(path: Path) -> list[TimeMLDocument]:
    """Every .tml under ``path`` (recursively), in sorted path order."""
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise InputError(str(path), "no .tml files in this folder (a TimeML split is a folder of .tml files)")
    return [read_tml(f) for f in files]
