"""The effect of the model's ``attribute_ruler`` on what the extractors read (coarse POS, tags, labels), for less.

en_core_web_sm's attribute_ruler runs 179 token patterns through spaCy's ``Matcher``: 56 map a fine tag to a
coarse POS (the tag map), the rest are exceptions by word and label ("that"/WDT → PRON, aux → AUX, …) and
lemma or morphology rules. The extractors read POS, tags and labels only, never lemmas or morphology. The
ruler applies its matches in pattern order, later ones overwriting earlier ones, and the tag-map patterns are
the first 56; so the same POS, tags and labels come from (1) a table lookup of the tag map over the whole
array, then (2) a ruler holding only the later patterns that set POS, TAG or DEP, in their order, with their
lemma and morphology parts dropped. ``tests/extract/test_parse.py`` checks the result equals the full ruler's.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_KEPT = ("POS", "TAG", "DEP")


def _tag_only(pattern: dict[str, Any]) -> str | None:
    """The tag of a tag-map pattern (one token, matched on TAG alone, setting POS), else None."""
    tokens = pattern["patterns"][0]
    if len(pattern["patterns"]) == 1 and len(tokens) == 1 and set(tokens[0]) == {"TAG"} and "POS" in pattern["attrs"]:
        tag = tokens[0]["TAG"]
        return tag if isinstance(tag, str) else None
    return None


class PosRules:
    """POS/TAG/DEP as ``nlp.get_pipe("attribute_ruler")`` sets them; call on a tagged and parsed ``Doc``."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        patterns: list[dict[str, Any]] = cast(Any, cast(AttributeRuler, nlp.get_pipe(name)).patterns)
        lead = 0
        while lead < len(patterns) and _tag_only(patterns[lead]) is not None:
            lead += 1
        strings = nlp.vocab.strings
        table = {strings.add(str(_tag_only(p))): strings.add(p["attrs"]["POS"]) for p in patterns[:lead]}
        self.tags = numpy.array(sorted(table), dtype=numpy.uint64)
        self.pos = numpy.array([table[t] for t in sorted(table)], dtype=numpy.uint64)
        self.ruler = AttributeRuler(nlp.vocab, name=f"{name}_pos")
        rest = []
        for pattern in patterns[lead:]:
            attrs = {k: v for k, v in pattern["attrs"].items() if k in _KEPT}
            if attrs:
                rest.append({"patterns": pattern["patterns"], "attrs": attrs, "index": pattern["index"]})
        self.ruler.add_patterns(rest)

    def __call__(self, doc: Doc) -> Doc:
        tags = doc.to_array(TAG).astype(numpy.uint64)
        at = numpy.searchsorted(self.tags, tags).clip(0, max(len(self.tags) - 1, 0))
        known = self.tags[at] == tags
        pos = numpy.where(known, self.pos[at], doc.to_array(POS).astype(numpy.uint64))
        doc.from_array([POS], cast(Any, pos.reshape(-1, 1)))
        return self.ruler(doc)
