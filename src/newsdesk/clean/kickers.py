"""A headline with a kicker ("Swine flu: …", "Syria crisis: …") glued to the lead after it.

A page flattened to text runs its headline into its lead with no full stop, and ``glue`` cuts where a lower-case word
meets a sentence opener followed by a lower-case word ("… quake | Thousands of people …"). A lead opening with an
article and a name ("The WHO has …", "The British couple …", "The Red Cross is …") is left whole there, since
"told The Associated Press", "a film called The Hurt Locker", "Plato's The Ring of Gyges" run on in prose. A headline
that opens with a kicker — a topic label of one to four words and a colon — tells where the text starts: "Swine flu:
pandemic threat alert raised | The British couple being treated for swine flu have been named, …", "Swine flu: how the
latest strain spread around the world | The WHO has brought forward its meeting …" (H1N1_guardian; the first is the
timeline's day line in that story's brief), "Syria crisis: Red Cross presses for humanitarian truce | The Red Cross is
the only international aid agency …", "In depth: Haiti's humanitarian crisis | The United Nations has described it …".

In such a sentence, a lower-case content word ending a head (``glue._ends_a_head``: no function word, modifier or
possessive) before "The", "A" or "An" and a capitalised word is a cut, as a place is before them (``glue._place_cuts``,
v9), unless the word before takes a title as its object ("told", "called", "named") or a quotation is open. A label in
capitals is a transcript's speaker ("ZAKARIA:"), whose words are speech, and stays whole. Timeline17 dev (clean.document
v16): 42 sentences open on a kicker and hold such a pair; 27 are cut, all right (every one read); 4 are running text
and stay whole ("Plato's | The Ring of Gyges", "… Images Since | The World …", "moved to | The Hague's …", "a fellow at
| The Council …": a possessive or a function word, which ``_ends_a_head`` refuses); 11 glued heads ending on a
capitalised word are missed (a disclaimer's "Disclaimer | The Dow Jones …" ×9, "… says Panetta | The Free Syrian Army
…", a credit's "… Jim Kavanagh | The International …"). PolNeAR dev's 15 such pairs are all in title-case headlines
("Kasich: 'We Are Going To Go All | The Way …'") and stay whole (docs/benchmarks.md, session 19).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A kicker: a capitalised word and up to three more, then a colon, opening the sentence.
_KICKER = re.compile(r"(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}):\s")
# A lead opening with an article and a capitalised word, after a lower-case letter ("An" before a vowel's sound only).
_ARTICLE_LEAD = re.compile(r"(?<=[a-z])(?P<gap>\s+)(?:The|A|An(?=\s+[AEIOUH]))\s+[A-Z][\w'’-]*\s+\S")
# Verbs that take a title or a name as their object: "called The Hurt Locker", "told The Associated Press".
_TAKES_TITLE = frozenset(
    "said says told tells called named titled entitled dubbed read reads reading wrote writes quoted quoting".split()  # noqa: SIM905
)


def kicker_cuts(sentence: str, ends_head: Callable[[str], bool]) -> list[int]:
    """Cuts before an article and a capitalised word opening the lead, in a sentence that opens with a kicker;
    ``ends_head`` says whether the text before a cut ends as a headline or caption does (``glue``)."""
    kicker = _KICKER.match(sentence)
    if not kicker or kicker.group("label").isupper():
        return []
    cuts = []
    for match in _ARTICLE_LEAD.finditer(sentence, kicker.end()):
        head = sentence[: match.start()]
        if head.rsplit(None, 1)[-1] not in _TAKES_TITLE and ends_head(head):
            cuts.append(match.start())
    return cuts
