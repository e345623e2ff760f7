"""The effect of the model's ``attribute_ruler`` on what the extractors read (coarse POS, tags, labels), for less.

en_core_web_sm's attribute_ruler runs 179 token patterns through spaCy's ``Matcher``: 56 map a fine tag to a
coarse POS (the tag map), the rest are exceptions by word and label ("that"/WDT → PRON, aux → AUX, …) and
lemma or morphology rules. The extractors read POS, tags and labels only, never lemmas or morphology. The
ruler matches every pattern on the tokens as they came from the parser, then applies the matches in pattern
order, later ones overwriting earlier ones. So the same POS, tags and labels come from array operations over
the token attributes: (1) a table lookup of the tag map (the first 56 patterns), then (2) for each later
pattern that sets POS, TAG or DEP, in order, a boolean mask of the tokens it matches (equality, ``IN`` and
``NOT_IN`` on TAG, LOWER, DEP, POS, IS_SPACE, one or more tokens in a row) and an assignment there. A model
whose patterns use anything else (operators, regexes, other attributes) gets a ``Matcher`` ruler holding
those later patterns instead (the previous way, ~10x the CPU). ``tests/extract/test_parse.py`` checks the
result equals the full ruler's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

_KEPT = ("POS", "TAG", "DEP")
# The token attributes a rule reads or sets, as columns of ``PosRules.apply``'s array (the first three are set).
COLUMNS = [TAG, POS, DEP, LOWER, IS_SPACE]
_COLUMN = {"TAG": 0, "POS": 1, "DEP": 2, "LOWER": 3, "IS_SPACE": 4}


def _tag_only(pattern: dict[str, Any]) -> str | None:
    """The tag of a tag-map pattern (one token, matched on TAG alone, setting POS), else None."""
    tokens = pattern["patterns"][0]
    if len(pattern["patterns"]) == 1 and len(tokens) == 1 and set(tokens[0]) == {"TAG"} and "POS" in pattern["attrs"]:
        tag = tokens[0]["TAG"]
        return tag if isinstance(tag, str) else None
    return None


@dataclass(frozen=True)
class _Test:
    """One token predicate: column ``column`` is (``keep=True``) or is not (``keep=False``) one of ``values``."""

    column: int
    values: numpy.ndarray
    keep: bool


@dataclass(frozen=True)
class _Rule:
    """One pattern: alternatives of token-predicate sequences; ``index`` picks the matched token to set."""

    alternatives: tuple[tuple[tuple[_Test, ...], ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]


def _value(strings: StringStore, key: str, value: Any) -> int | None:
    if key == "IS_SPACE":
        return int(value) if isinstance(value, bool) else None
    return strings.add(value) if isinstance(value, str) else None


def _test(strings: StringStore, key: str, spec: Any) -> _Test | None:
    """The predicate of one ``{key: spec}`` pattern entry, or None if it is not an equality, IN or NOT_IN."""
    if key not in _COLUMN:
        return None
    if isinstance(spec, dict):
        if len(spec) != 1 or next(iter(spec)) not in ("IN", "NOT_IN"):
            return None
        op, items = next(iter(spec.items()))
        values = [_value(strings, key, item) for item in items]
        if any(v is None for v in values):
            return None
        return _Test(_COLUMN[key], numpy.array(values, dtype=numpy.uint64), op == "IN")
    value = _value(strings, key, spec)
    return None if value is None else _Test(_COLUMN[key], numpy.array([value], dtype=numpy.uint64), True)


def _compile(strings: StringStore, pattern: dict[str, Any]) -> _Rule | None:
    """``pattern`` as a ``_Rule`` (kept attributes only), None if a part is not supported."""
    alternatives = []
    for tokens in pattern["patterns"]:
        if not tokens:
            return None
        tests = []
        for token in tokens:
            parts = [_test(strings, key, spec) for key, spec in token.items()]
            if any(p is None for p in parts):
                return None
            tests.append(tuple(cast(list[_Test], parts)))
        alternatives.append(tuple(tests))
    sets = []
    for key, value in pattern["attrs"].items():
        if key in _KEPT:
            if not isinstance(value, str):
                return None
            sets.append((_COLUMN[key], strings.add(value)))
    return _Rule(tuple(alternatives), int(pattern.get("index", 0)), tuple(sets))


def _holds(test: _Test, column: numpy.ndarray) -> numpy.ndarray:
    found = column == test.values[0] if len(test.values) == 1 else numpy.isin(column, test.values)
    return cast(numpy.ndarray, found if test.keep else ~found)


class PosRules:
    """POS/TAG/DEP as ``nlp.get_pipe("attribute_ruler")`` sets them, on a tagged and parsed ``Doc`` (call) or on
    the attribute arrays of several (``apply``)."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        patterns: list[dict[str, Any]] = cast(Any, cast(AttributeRuler, nlp.get_pipe(name)).patterns)
        lead = 0
        while lead < len(patterns) and _tag_only(patterns[lead]) is not None:
            lead += 1
        strings = nlp.vocab.strings
        table = {strings.add(str(_tag_only(p))): strings.add(p["attrs"]["POS"]) for p in patterns[:lead]}
        self.tags = numpy.array(sorted(table), dtype=numpy.uint64)
        self.pos = numpy.array([table[t] for t in sorted(table)], dtype=numpy.uint64)
        rest = [p for p in patterns[lead:] if any(k in _KEPT for k in p["attrs"])]
        compiled = [_compile(strings, p) for p in rest]
        self.rules: list[_Rule] | None = None
        self.ruler: AttributeRuler | None = None
        if all(rule is not None for rule in compiled):
            self.rules = [rule for rule in compiled if rule is not None and rule.sets]
        else:
            self.ruler = AttributeRuler(nlp.vocab, name=f"{name}_pos")
            self.ruler.add_patterns(
                [
                    {"patterns": p["patterns"], "attrs": {k: v for k, v in p["attrs"].items() if k in _KEPT}}
                    | {"index": p["index"]}
                    for p in rest
                ]
            )

    def __call__(self, doc: Doc) -> Doc:
        array = doc.to_array(COLUMNS).astype(numpy.uint64)
        if self.ruler is not None:
            doc.from_array([POS], cast(Any, self._tag_map(array).reshape(-1, 1)))
            return self.ruler(doc)
        self.apply(array, [0])
        doc.from_array(COLUMNS[:3], cast(Any, array[:, :3]))
        return doc

    def _tag_map(self, array: numpy.ndarray) -> numpy.ndarray:
        """The POS column after the tag-map patterns."""
        tags = array[:, 0]
        at = numpy.searchsorted(self.tags, tags).clip(0, max(len(self.tags) - 1, 0))
        return cast(numpy.ndarray, numpy.where(self.tags[at] == tags, self.pos[at], array[:, 1]))

    def apply(self, array: numpy.ndarray, starts: Sequence[int]) -> None:
        """Set the TAG, POS and DEP columns of ``array`` (uint64, one row per token, ``COLUMNS``) in place;
        ``starts`` are the rows where a doc begins (a pattern of several tokens matches within one doc).
        Needs the compiled rules (``self.ruler is None``)."""
        assert self.rules is not None, "patterns the arrays cannot express: call on each Doc"
        seen = array.copy()  # every pattern matches the tokens as the parser left them
        array[:, 1] = self._tag_map(seen)
        n = len(array)
        doc_of = numpy.zeros(n, dtype=numpy.int64)
        doc_of[[s for s in starts if s < n]] = 1
        doc_of = numpy.cumsum(doc_of)
        for rule in self.rules:
            hits = numpy.zeros(n, dtype=bool)
            for tokens in rule.alternatives:
                width = len(tokens)
                if width > n:
                    continue
                match = numpy.ones(n - width + 1, dtype=bool)
                for offset, tests in enumerate(tokens):
                    for test in tests:
                        match &= _holds(test, seen[offset : n - width + 1 + offset, test.column])
                if width > 1:
                    match &= doc_of[: n - width + 1] == doc_of[width - 1 :]
                index = rule.index if rule.index >= 0 else width + rule.index
                hits[index : index + len(match)] |= match
            if hits.any():
                for column, value in rule.sets:
                    array[hits, column] = value
