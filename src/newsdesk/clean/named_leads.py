"""A headline or caption ending on a lower-case word, glued before a lead opening with "The" and a name (v23).

``glue`` cuts before "The" only when a lower-case word follows it ("… concern The new virus …") or when a place ends
the head (v9: "… in Port-au-Prince The US is mounting …"), because "The" and a capitalised word run on in titles:
"told The Associated Press", "a film called The Hurt Locker". A head ending on a lower-case content word, then "The",
one capitalised word and a lower-case word, is a third shape, read on the dev split of
docs/benchmarks/sessions-25.md (EgyptianProtest_cnn, LibyaWar_cnn, H1N1_reuters): "Scary end to Nile cruise The
Kelleys had been isolated …", "… report unusual Libyan financial transactions The American embassy in Libya …", "…
Internet access is back in at least parts of Egypt, CNN has confirmed The Egyptian defense ministry …", "Woman
alleges rape by Gadhafi forces Marriage for woman allegedly raped The Libyan government said …" — every match a head
glued to its lead. A title of one capitalised word before a lower-case one follows a verb of saying or reading, or a
word that introduces a name ("told The Guardian newspaper", "a show called The Talk on", "novels, including The Eye
of the World"): those stay, as does a name of the page written elsewhere with "The" after a lower-case word ("… in
The Hague on …" twice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .head_words import REPORTING_VERBS
from .reader import FUNCTION_WORDS

_NAMED_LEAD = re.compile(r"(?<=[a-z])(?P<gap>\s+)The\s+(?P<name>[A-Z][a-z][\w'’-]*)\s+[a-z]")
# Words after which "The" opens a name, not a sentence: verbs of saying (``REPORTING_VERBS`` and more) and reading,
# words that introduce a title, and the participles used as prepositions ("novels, including The Eye of the World", an
# extraction dev page's); and, read on the other Timeline17 folders after v23's first commit, "saying" ("was reported as
# saying The Libyan government was …") and a word for a publication or a show before its title ("medical journal The
# Lancet accused …", "the New York Times blog The Lede began …").
_BEFORE_A_NAME_WORDS = (
    "saying telling wrote writes writing reported"
    " reports read reads reading quoted called named titled entitled dubbed headlined including featuring starring"
    " regarding concerning excluding journal blog newspaper paper magazine tabloid daily weekly website site show"
    " programme program series film movie book novel album song play column channel station network"
)
_BEFORE_A_NAME = REPORTING_VERBS | frozenset(_BEFORE_A_NAME_WORDS.split())


def named_lead_cuts(sentence: str, ends_head: Callable[[str], bool], page: str | None = None) -> list[int]:
    """Offsets in ``sentence`` where a lead opening with "The" and a capitalised word starts after a head ending on
    a lower-case content word. ``ends_head``: whether a text ends as a headline does, outside a quotation;
    ``page``: the page's text, where a name written twice after a lower-case word ("in The Hague") runs on."""
    cuts = []
    for match in _NAMED_LEAD.finditer(sentence):
        head = sentence[: match.start()]
        last = head.rsplit(None, 1)[-1] if head.strip() else ""
        if match.group("name").lower() in FUNCTION_WORDS or last in _BEFORE_A_NAME or not ends_head(head):
            continue
        if page is not None and len(re.findall(rf"[a-z]\s+The\s+{re.escape(match.group('name'))}\b", page)) > 1:
            continue
        cuts.append(match.start())
    return cuts
