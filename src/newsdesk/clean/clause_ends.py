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
"""

from __future__ import annotations

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
