"""Words that end a clause although they are function words: a headline ending on one runs into its lead.

``glue`` cuts a headline or caption off the lead it runs into where a lower-case content word meets a capitalised
opener and a lower-case word ("… quake | Thousands of people …"), but never after a function word: there the capital
is mostly a name's, a title's or a letter's ("the Hundreds to Thousands", "an A plus", "from A to B", "author of A
journey through Haiti", "was A bolt from the blue"). A few function words end clauses, though, and a headline is a
clause: "Haiti earthquake rescue operation declared over | A 23-year-old man has been pulled alive …", "Yemen's
president agrees to step down | The only guard who survived …", "… and authorities cracked down | He condemned …".

Three kinds, from English grammar rather than from counts (Quirk et al. 1985, *A Comprehensive Grammar of the English
Language*: a phrasal verb's particle, and a verb phrase left out after its operator):

* the adverb particle of a phrasal verb, or a place adverb, which stands last when the verb has no object ("declared
  over", "speaks out", "step down", "sift through", "go in", "found here", "just yet"); the particles that are mostly
  prepositions of a name or a title ("about", "by", "across", "under") are left out;
* an object pronoun ending its clause ("sit on it | They are now …", "get to us | We have seen …");
* an operator whose verb phrase is left out ("as best I could | There were …", "what we want to do | He described
  …"), before a subject pronoun only: "did A wonderful Job" runs on in title case.

``glue``'s other guards hold for these cuts too: the lead opens with an opener and a lower-case word (or an age), a
"He" or "His" is no cut in a page naming God ("fight in His way"), and the head and the tail each have a few words.

v16 (``particle_cuts``): such a clause end before an ordinary word opening the lead, not only before a closed-class
opener ("Alleged Libyan rape victim speaks out | Facing threats, al-Obeidy speaks out", "… no intention to step down |
End to the 48-year-old emergency law", "… why this matters to us | Mindful of the risks …"). After a particle a
capitalised word is mostly the phrasal verb's object ("shut down Internet access", "taking out Gadhafi", "stepped up
Western calls") or, after a preposition, a place or a date ("in Port au Prince", "in March"), so the word must be one
the page itself writes in lower case, or an English adjective, adverb or participle, and no name's (``glue``'s
``Vocabulary.ordinary``); the prepositions that take a name ("in", "on", "through") are left out; and the lead is a
statement of five words or more ("… right there | Made in the USA." is a label read out in a transcript).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "go" is the one two-letter verb ending such clauses ("called for the regime to go | The aerial bombardment …").
_PARTICLES = frozenset("over out down up off through in on here there yet go".split())  # noqa: SIM905
_OBJECT_PRONOUNS = frozenset("me us it you".split())  # noqa: SIM905  ("him", "them" are no function words)
_OPERATORS = frozenset("could would can do did should will might must".split())  # noqa: SIM905
_SUBJECTS = frozenset("He She It They We There".split())  # noqa: SIM905


def ends_clause(word: str, opener: str) -> bool:
    """Whether lower-case function word ``word`` can end a headline before capitalised ``opener``."""
    if word in _PARTICLES or word in _OBJECT_PRONOUNS:
        return True
    return word in _OPERATORS and opener in _SUBJECTS


# v16: the particles and object pronouns above, less the prepositions that mostly take a name or a date ("in March",
# "on Twitter", "through Damascus"), before a capitalised word and a lower-case one.
_NAME_PREPOSITIONS = frozenset({"in", "on", "through"})
_ENDS = "|".join(sorted((_PARTICLES | _OBJECT_PRONOUNS) - _NAME_PREPOSITIONS))
_PARTICLE_GLUE = re.compile(rf"(?<=[a-z'’] )(?:{_ENDS})(?P<gap>\s+)(?P<word>[A-Z][a-z][\w'’-]*)\s+[a-z]")
# A lead is a statement: five words or more, a unit's minimum (as ``reader`` asks of the text after a call).
MIN_LEAD_WORDS = 5


def particle_cuts(sentence: str, opens_lead: Callable[[str], bool]) -> list[int]:
    """Cuts after a particle or an object pronoun ending a head, before a word ``opens_lead`` (the page's ordinary
    word, capitalised) that opens a lead of ``MIN_LEAD_WORDS`` words or more (v16)."""
    return [
        match.start("gap")
        for match in _PARTICLE_GLUE.finditer(sentence)
        if opens_lead(match.group("word")) and len(sentence[match.end("gap") :].split()) >= MIN_LEAD_WORDS
    ]
