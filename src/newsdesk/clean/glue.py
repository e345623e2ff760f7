"""Headlines and captions glued to the sentence after them.

A page flattened to text loses the line break between a related story's headline, a photo caption or a heading and
the article text, and a headline has no full stop, so the sentence splitter keeps both as one sentence: "Face masks are
handed out, while the head of the WHO voices concern A new flu virus suspected of killing as many as 81 people in
Mexico has the potential to become a pandemic, …", "Haiti devastated by massive quake Thousands of people are feared
dead." A brief then cites the glued pair as a fact, a summary line or a timeline entry.

English text almost never runs a lower-case content word into a capitalised clause opener ("concern A new …",
"quake Thousands of …", "room This morning …"), so ``split_glued`` cuts there. The opener must be a closed-class word
that opens sentences (an article, a demonstrative, a pronoun, a preposition) or a number word of a crowd ("Thousands
of"), followed by a lower-case word, so that titles and names stay whole: "told The Associated Press", "a film called
The Hurt Locker" (the word after "The" is capitalised), "the Hundreds to Thousands …" (after a function word). A
capital letter labelling a noun ("influenza A virus", "type A which", "Plan A") is not an opener.
"""

from __future__ import annotations

import re

from .reader import FUNCTION_WORDS

# Words that open a sentence and, capitalised, hardly ever stand inside one after a lower-case word.
_OPENERS = (
    "A An The This These Those That There It He She They We In On At After Before During When While As If But And"
    " Thousands Hundreds Millions Dozens Scores"
)
# Nouns that a capital letter labels: "influenza A virus", "type A which".
_LETTER_LABELS = (
    "type types influenza flu hepatitis group plan class category grade vitamin section part division league exhibit"
    " option level size route block gate terminal wing series model phase stage tier row column box"
)
_GLUE = re.compile(rf"(?<=[a-z])(?P<gap>\s+)(?P<opener>{'|'.join(_OPENERS.split())})\s+[a-z]")
_LAST_WORD = re.compile(r"([A-Za-z'’-]+)$")
_QUOTE_MARKS = ('"', "“", "”")
# the headline before the cut and the sentence after it must each be more than a fragment
MIN_HEAD_WORDS = 3
MIN_TAIL_WORDS = 4


def _inside_quotation(text: str) -> bool:
    """Whether ``text`` (what precedes a cut) leaves a quotation open: a cut inside it would split the speaker's
    words."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _cut_points(sentence: str) -> list[int]:
    cuts = []
    for match in _GLUE.finditer(sentence):
        head = sentence[: match.start()]
        last = _LAST_WORD.search(head)
        if not last:
            continue
        word = last.group(1)
        if not word.islower() or word in FUNCTION_WORDS or len(word) < 3:
            continue  # "of The …", "and Thousands …": the capital is a title or a name's
        if match.group("opener") == "A" and word in _LETTER_LABELS.split():
            continue
        if _inside_quotation(head):
            continue
        cuts.append(match.start())
    return cuts


def split_glued(sentence: str) -> list[str]:
    """``sentence`` cut where a headline or caption runs into the next sentence; ``[sentence]`` when none does.

    Joining the pieces with single spaces gives the sentence back up to white space."""
    pieces, start = [], 0
    for cut in _cut_points(sentence):
        head, tail = sentence[start:cut].strip(), sentence[cut:].strip()
        if len(head.split()) < MIN_HEAD_WORDS or len(tail.split()) < MIN_TAIL_WORDS:
            continue
        pieces.append(head)
        start = cut
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]
