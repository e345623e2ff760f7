"""A BBC pull quote's attribution glued to the sentence after it (v24).

BBC pages of 2011–2012 print a quotation in a box beside the text: an image "Start Quote", the words, an image "End
Quote", the speaker's name and title. Flattened to text (Timeline17's SyrianCrisis_bbc, 55 of them on the dev split of
docs/benchmarks/sessions-26.md), the box runs into the paragraph under it with no end mark: "… thousands more detained
and tortured" End Quote William Hague British foreign secretary Riyadh certainly has an interest in …", "… from the
excessive use of force" End Quote Farhan Haq UN spokesman The team, the first Syria has allowed in since …". The
brief cited quotation, speaker and the next sentence of news as one.

"End Quote" after a closing quotation mark, or opening the sentence when the quotation ended with its full stop ("End
Quote Samih Maayteh Jordanian government spokesman Security has been reinforced …"), is the box's own label, so the
attribution starts there; where it ends is told by the lead's first word, within ``MAX_ATTRIBUTION_WORDS`` words: a
capitalised closed-class word or an opening quotation ("… Political analyst Over the past 15 years …", "… Foreign
Secretary "In the case of Libya …"), else a capitalised word after the title's last lower-case content word, with no
mark after it and modifying nothing ("… Exiled former Syrian vice president Opposition activists have called …", not
"former Syrian" nor "… Prime Minister Earlier on Friday evening, Turkish Prime Minister …"). A name and title of
capitalised words only before a name ("Ban Ki-moon UN Secretary General Syrian Defense Minister Ali Habib was …")
gives no such word and stays whole. The quotation keeps its speaker (one sentence: the words, "End Quote", the name
and title).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .reader import FUNCTION_WORDS

_END_QUOTE = re.compile(r"""(?:^|(?<=["”'’])\s+)End Quote\s+""")
_WORD = re.compile(r"\S+")
_OPENING_QUOTES = ('"', "“", "‘")
# A speaker's name and title run two to eight words on the dev split ("Rana Opposition activist", "Hadi Abdullah
# General Commission of the Syrian Revolution", "Marianne Gasser International Committee of the Red Cross"): the lead
# opens after at least two words and at most ten.
MIN_ATTRIBUTION_WORDS = 2
MAX_ATTRIBUTION_WORDS = 10
# A capitalised word of these opens the lead: closed-class words and a name's honorific ("… of the Red Cross Mr
# Cameron has said …"), which a BBC box's title never carries.
_OPENERS = FUNCTION_WORDS | frozenset({"mr", "mrs", "ms"})
_EDGES = "\"'“”‘’(),.;:"


def _opens(token: str) -> bool:
    """Whether ``token`` is a capitalised closed-class word or opens a quotation: a sentence starts with it."""
    if token.startswith(_OPENING_QUOTES):
        return True
    word = token.strip(_EDGES)
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.lower() in _OPENERS


def _ends_title(sentence: str, before: re.Match[str], token: re.Match[str], ends_head: Callable[[str], bool]) -> bool:
    """Whether ``before`` ends a title, running into a capitalised ``token`` with no mark between them."""
    return before.group()[-1].isalpha() and token.group()[:1].isupper() and ends_head(sentence[: before.end()])


def pull_quote_cuts(sentence: str, ends_head: Callable[[str], bool]) -> list[int]:
    """Offsets in ``sentence`` where the text after a pull quote's "End Quote" name and title starts. ``ends_head``:
    whether a text ends as a headline or a title does, on a lower-case content word that modifies nothing ("former")."""
    cuts = []
    for match in _END_QUOTE.finditer(sentence):
        tokens = list(_WORD.finditer(sentence, match.end()))[: MAX_ATTRIBUTION_WORDS + 1]
        window = range(MIN_ATTRIBUTION_WORDS, len(tokens))
        opener = next((k for k in window if _opens(tokens[k].group())), None)
        if opener is None:
            opener = next((k for k in window if _ends_title(sentence, tokens[k - 1], tokens[k], ends_head)), None)
        if opener is not None:
            cuts.append(tokens[opener].start())
    return cuts
