"""A caption or headline glued before a lead that opens with a connective adverb and its comma (v22).

A BBC page flattened to text runs a photo's caption, a video's promo or a section's heading into the sentence under
it, and when that sentence opens with a sentence adverb the pair reads "Syrian forces have sought for months to quell
anti-government protests However, the allegations can not be independently verified …", "The BBC's Caroline Hawley
looks at Asma Assad's UK roots However, in February she wrote …", "Reporting in Cairo by Twitter Meanwhile, in
Washington, …". ``glue``'s openers are closed-class words before a lower-case word; these adverbs are followed by a
comma, so they stayed whole and the brief cited caption and lead as one fact ("Authorities to respect freedom of
association and the right to demonstrate peacefully The UN has been trying …" was a fact of four sources).

Running English capitalises such an adverb only where it opens a sentence or a clause after a colon or a semicolon,
and puts a comma after it there; so a capitalised adverb of the list, with its comma, after a word that is no
function word ("the However," is nobody's prose) and outside a quotation, starts a sentence. The list is sentence
adverbs that no name or title is made of; "Today", "Now", "Still", "Then" are left out ("USA Today, …", "Apocalypse
Now, …"). Read on the dev folders of docs/benchmarks.md, session 24: every match was a head glued to its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .reader import FUNCTION_WORDS

_ADVERBS = (
    "However Meanwhile Nevertheless Nonetheless Moreover Furthermore Instead Indeed Consequently Therefore Thus"
    " Additionally Elsewhere Separately Secondly Hence Similarly Likewise Otherwise Besides Ironically Unfortunately"
    " Fortunately Overall"
)
_CONNECTIVE = re.compile(rf"(?<=[A-Za-z'’])(?P<gap>\s+)(?:{'|'.join(_ADVERBS.split())}),\s")
_LAST_WORD = re.compile(r"([A-Za-z'’-]+)$")


def connective_cuts(sentence: str, inside_quotation: Callable[[str], bool]) -> list[int]:
    """Offsets in ``sentence`` where a lead opening with a connective adverb and its comma starts."""
    cuts = []
    for match in _CONNECTIVE.finditer(sentence):
        head = sentence[: match.start()]
        last = _LAST_WORD.search(head)
        if last and last.group(1).lower() not in FUNCTION_WORDS and not inside_quotation(head):
            cuts.append(match.start())
    return cuts
