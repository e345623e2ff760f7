"""Sentence segmentation with character offsets, paragraph by paragraph.

spaCy's rule-based sentencizer over its tokenizer: abbreviations such as "U.S." and "Mr." are single tokens
and do not end a sentence, and it runs at ~2 ms per article, so segmentation never bounds ingest speed.
A paragraph break always ends a sentence.

spaCy's English exceptions lack several military and plural titles and "No.", so its tokenizer split them
into word + full stop and the sentencizer cut after them: "Lt. Col. Kent Rominger said …" became "Lt." /
"Col." / "Kent Rominger said …", and "Hospital District No. 2 v. Hyde" lost its number (21 such cuts in the
250 DUC 2004 dev articles, none in the seeds). ``TITLES`` makes each a single token, as "Gen." and "Sen."
already are.

The sentencizer also keeps punctuation after a full stop with the sentence it ends, so the opening quote of
the next sentence stayed behind: 'Herzog reminded Blinken that Hamas is preventing an agreement. "' / 'We are
surrounded by terror …' (seed 000). A quote mark standing apart after the full stop, or a curly opening one,
opens the next sentence and is moved to it. An opening bracket standing apart is the same case: live pages
stamp each entry "(Updated 5:16 p.m. (0016 in Egypt))", and the "(" stayed behind on the entry before ("Here
are the latest developments as confirmed by CNN. (", 113 of the 4,166 sentences of the first 60 Timeline17
EgyptianProtest_cnn articles), so facts and the summary ended on a stray bracket.

spaCy's sentencizer never ends a sentence on an ellipsis ("..." is no end mark to it), so "Stock up on supplies just
in case. You never know... Swine flu is a cause of concern to the world." kept the reader's aside and the next
sentence as one (H1N1_bbc), and a brief cited it. An ellipsis before a capitalised word followed by a lower-case one
("... Swine flu is", "... I think", "... They maybe") ends the sentence; before a name ("from... Hezbollah, Hamas") or
a lower-case word, or after a conjunction, an article or a preposition ("God willing, and... Gadhafi and his gangs
will be defeated"), it does not.

A call to the reader glued to the article text after it ("For more reports from BBC Monitoring, click here Hopes
for a negotiated settlement …") is cut off it (``reader.split_furniture``), so the brief withholds only the call.
A related story's headline or a photo caption glued to the sentence after it ("Haiti devastated by massive quake
Thousands of people are feared dead.") is cut off it too (``glue.split_glued``), and a page's time stamp printed
between its headline and its lead is cut out of both ("… reaches 13 Friday 1 May 2009 15.49 BST Graeme Pacitti, …";
``stamps``), and a photo credit run into the text after it is cut off it ("Photograph: Miguel Tovar/AP | Health
officials across the world …"; ``credits``), as is an appeal's line ending on its phone number ("… or by telephoning
0370 60 60 900 | British Red Cross staff …"; ``desk``).

Reuters names a listed company with its instrument code in brackets, a ticker, a full stop and the exchange: "(BX.N)",
"(BARC.L)", "(ENI.MI)". Its pages in Timeline17 come with a space after the full stop ("Arch-rival Blackstone Group
(BX. N) has more than 1,300, a source close to the company said."), and the sentencizer ended a sentence there: "… (BX."
/ "N) has more than 1,300, …", which a brief cited as a summary line. A sentence ending on an open bracket, capitals and
a full stop, before one opening with at most three capitals and the closing bracket, is one sentence
(``_join_instrument_codes``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .credits import split_credits
from .desk import split_phone_lines
from .glue import Vocabulary, split_glued
from .reader import split_furniture
from .stamps import split_stamps

_PARAGRAPH = re.compile(r"\n\s*\n|\n")
# A sentence ends on a full stop, a question or exclamation mark or an ellipsis, maybe inside closing quotes or
# brackets; a headline, a caption or a list item has none.
_END_MARK = re.compile(r"[.!?…][\"'”’)\]]*$")
# A mark that opens the next sentence: a straight quote or an opening bracket after white space, or a curly
# opening quote.
_OPENING = re.compile(r"(?:(?<=\s)[\"'(\[]|[“‘])$")
# An instrument code cut at its full stop: "… Blackstone Group (BX." / "N) has more than 1,300, …", "… (MAR.." / "N) and
# Hyatt …", "… Deutsche Bank (DBKGn." / "DE) expects …": the ticker, one or two full stops; then the exchange.
_CODE_OPENED = re.compile(r"\([A-Z0-9][A-Za-z0-9]{0,6}\.{1,2}$")
_CODE_CLOSED = re.compile(r"[A-Z]{1,3}\)")

# An ellipsis, then a capitalised word and a lower-case one: the next sentence starts at the capital.
_ELLIPSIS_BREAK = re.compile(r"(?:\.{3,}|…)\s+(?=[A-Z][\w'’-]*\s+[a-z])")
# Words after which a sentence runs on past an ellipsis: conjunctions, articles, prepositions.
_RUNS_ON = frozenset("and or but nor the a an of to with for from in on at by as than".split())  # noqa: SIM905
# Titles (and "No.") that spaCy's tokenizer exceptions lack; all precede a name or a number.
TITLES = (
    "Brig.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Drs.", "Ft.", "Gens.", "Lt.", "Maj.", "No.", "Pvt.", "Reps.",
    "Sens.", "Sgt.", "Supt.",
)  # fmt: skip


@lru_cache(maxsize=1)
def _segmenter() -> Language:
    nlp = spacy.blank("en")
    tokenizer: Tokenizer = nlp.tokenizer
    for title in TITLES:
        tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("sentencizer")
    return nlp


def has_end_mark(text: str) -> bool:
    return _END_MARK.search(text) is not None


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def split_sentences(paragraph: str, words: Vocabulary | None = None) -> list[str]:
    """Sentences of one paragraph, stripped, in order; joining them with spaces gives the paragraph back
    up to white space. ``words``, the document's vocabulary, lets more glued headlines be cut (``glue``)."""
    doc = _segmenter()(paragraph)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    for n in range(len(sentences) - 1):
        opening = _OPENING.search(sentences[n])
        if opening and sentences[n][: opening.start()].strip():
            sentences[n], sentences[n + 1] = (
                sentences[n][: opening.start()].rstrip(),
                opening.group() + sentences[n + 1],
            )
    return [
        piece
        for sentence in _join_instrument_codes(sentences)
        for cut in _split_ellipses(sentence)
        for part in split_furniture(cut, words.ordinary if words else None)
        for phoned in split_phone_lines(part)
        for credited in split_credits(phoned)
        for glued in split_glued(credited, words)  # the glue's cuts read the whole run, the stamp with its lead
        for piece in split_stamps(glued)
    ]


def _join_instrument_codes(sentences: list[str]) -> list[str]:
    """``sentences`` with each one that ends inside an instrument code joined to the next, which closes it."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _CODE_CLOSED.match(sentence) and _CODE_OPENED.search(joined[-1]):
            joined[-1] += " " + sentence
        else:
            joined.append(sentence)
    return joined


def _split_ellipses(sentence: str) -> list[str]:
    """``sentence`` cut after each ellipsis that ends it (``_ELLIPSIS_BREAK``)."""
    pieces, start = [], 0
    for match in _ELLIPSIS_BREAK.finditer(sentence):
        before = sentence[start : match.start()]
        if not any(c.isalnum() for c in before) or before.split()[-1].lower() in _RUNS_ON:
            continue  # '“… Dan …' opens a quotation; "God willing, and... Gadhafi and his gangs …" runs on
        pieces.append(sentence[start : match.end()])
        start = match.end()
    pieces.append(sentence[start:])
    return [p.strip() for p in pieces if p.strip()]
