"""A day after the noun it dates ("the quake on 12 January", "the earthquake that struck last Tuesday"), read from
the dependency parse of its sentence (``brief.figure-variants.v8``).

v6 and v7 (``figures.modifies_a_noun``) read a day before its noun ("Tuesday's earthquake", "the 12 January
earthquake") as that thing's day, not the day of the sentence's other figures; a day after its noun dated every figure
of its clause: "the quake on 12 January killed as many as 200,000" and "Between 100,000 and 200,000 people may have
died … the devastating earthquake that struck last Tuesday" dated the toll by the quake's day (session 23's read of
Timeline17 haiti_bbc), while the toll is the count of the day it was reported. Here a day is a post-modifier when the
parse attaches it to a noun — as the object of a preposition the noun governs ("a huge quake on 12 January") or
inside a relative clause or participle of the noun ("the earthquake that struck last Tuesday") — and that noun is an
event a count is put down to, the object of "in", "by", "of", "after" or "following" ("died in the disaster, which
struck last Tuesday"; ``_CAUSES``), as v7 reads "200,000 died in last Tuesday's quake" — told after the figure, as
English puts a count before what caused it. A figure before that noun's phrase does not take the day; any other keeps
it as in v7 ("in the 7.0 quake on 12 January"). On the development read (haiti_bbc, EgyptianProtest_cnn,
SyrianCrisis_bbc) the phrase before the figure was a frame, not a cause, wrong 5 times of 6: "In its report published
on Thursday, the UN said … had killed around 1,100 people", "In addition on Tuesday, … another 34 people died"
(spaCy hangs the day on "addition").

Only a sentence whose words before the day look like a post-modifier (``_CUE``) is parsed, so a brief parses a few
sentences per story, as ``align.fact_dates.sentence_parse`` does for dates that would conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsdesk.align.fact_dates import sentence_parse
from newsdesk.model import Sentence, Timex

if TYPE_CHECKING:
    from spacy.tokens import Token

# The words right before a day after its noun: a noun and "on" ("the quake on 12 January"), or a relative pronoun or
# a participle a few words back ("that struck last Tuesday", "which began on Friday", "carried out on Friday").
_CUE = re.compile(r"(?:\b[a-z][\w-]*\s+on\s+(?:the\s+)?|\b(?:that|which)\s+(?:[a-z][\w-]*\s+){1,3}(?:on\s+)?)$")
_CUE_WINDOW = 40
_CLAUSES = frozenset({"relcl", "acl"})
_NOUNS = frozenset({"NOUN"})
# The prepositions that put a count down to an event ("died in the disaster", "devastated by a huge quake", "as a
# result of the earthquake"). A day after a noun governed by another ("announced to its userbase on Wednesday", "three
# houses down from her home on April 26", "A Spanish team that arrived on Thursday morning had pulled out five") read
# as a post-modifier was wrong 4 times of 4 on the development read; spaCy's small parser hangs such days on nouns
# they do not modify.
_CAUSES = frozenset({"in", "by", "of", "after", "following"})


def _noun_of(root: Token) -> Token | None:
    """The noun a day's head token post-modifies: up "on" to a noun ("quake on 12 January"), or up a relative
    clause or participle to the noun it modifies ("earthquake that struck last Tuesday"); None when the day dates a
    clause (its verb is the clause's own)."""
    token = root.head if root.dep_ == "pobj" else root
    if token.dep_ not in {"prep", "npadvmod", "advmod", "tmod", "nmod"} or token.head.i == token.i:
        return None
    head = token.head
    noun = head if head.pos_ in _NOUNS else head.head if head.dep_ in _CLAUSES else None
    if noun is None or noun.pos_ not in _NOUNS or noun.i >= root.i:
        return None
    # the event a count is put down to: "died in", "devastated by", "as a result of", "after", "following"
    return noun if noun.dep_ == "pobj" and noun.head.lower_ in _CAUSES else None


def noun_phrase(text: str, sentences: Sequence[Sentence], timex: Timex) -> tuple[int, int] | None:
    """The characters (of ``text``, an article's) of the noun phrase the day ``timex`` post-modifies, or None (no
    such noun, or no sentence holds the day)."""
    if not _CUE.search(text, max(0, timex.start - _CUE_WINDOW), timex.start):
        return None
    sentence = next((s for s in sentences if s.start <= timex.start < s.end), None)
    if sentence is None:
        return None
    doc = sentence_parse(sentence.text)
    span = doc.char_span(timex.start - sentence.start, timex.end - sentence.start, alignment_mode="expand")
    noun = _noun_of(span.root) if span is not None else None
    if noun is None:
        return None
    words = [t for t in noun.subtree]
    return sentence.start + words[0].idx, sentence.start + words[-1].idx + len(words[-1])
