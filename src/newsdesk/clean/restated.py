"""A page's headline glued to a lead that restates the headline's opening name (v21).

A BBC page flattened to text runs its headline, and often a photo caption, into the article's first sentence, and a
headline about a person or a body opens with the name its lead opens with again: "Taylor Swift ready to help Haiti
Taylor Swift is just one of loads celebs …", "Mariah Carey joins line-up for Haiti charity single Mariah Carey is the
latest star …", "US troops land at Haiti's presidential palace US troops are stepping up aid operations …". No glue
rule cuts there: the lead opens with a name after a capitalised word or a lower-case one, which running text writes as
often ("… to help Haiti Taylor Swift …" looks like "… in Haiti President Préval …"). The restatement is the sign: the
document's first sentence opens with a name (words in capitals, up to three, none a function word) and the same words
come again in it, followed by a lower-case word, after at least two more words.

The lead often puts a title before the name, where a headline gave the surname alone: "Clooney previously used his
celebrity to highlight the Darfur crisis Hollywood actor George Clooney is to present …", "… in 48 hours Talent show
mogul Simon Cowell has confirmed …". When a title stands before the repeat, or before the first name that stands
before a one-word name's repeat, the cut goes before the title: a capitalised word and one to three lower-case words
ending on a word for a person ("actor", "star", "mogul", "musician"); a first name with no such title before it runs
on from the text before it ("… U.S. Secretary of State Hillary Clinton has …"), and there is no cut.

A session 22 rule cut before any name its sentence opened with again (docs/benchmarks.md): right on 9 of 10 dev cuts,
wrong on 4 of 8 held out, all of them names inside running text ("… try to get Kofi Annan's six-point plan …", "The
Chinese foreign ministry said Bouthaina Shaaban would meet …"). This rule reads the document's first sentence only
(where a page's headline stands) and none of its cuts follows a function word or a reporting verb ("said", "told"),
a comma in the five words before it (an apposition: "…, Milton Keynes-based charity World Vision is …"), or a head
holding a comma before a lower-case word (a sentence's clause: "U.S. crude oil prices rose on Wednesday, snapping two
days of losses, …"); the repeat is no cut when a preposition or a conjunction follows it ("Hope for Haiti …", "U2
and Jay-Z …": the name runs on, so the words matched are not the whole name).
"""

from __future__ import annotations

import re

from .reader import FUNCTION_WORDS

_MAX_NAME = 3  # words of the opening name compared: a headline's name is a person's or a body's ("Simon Cowell")
_MIN_HEAD = 2  # words between the name and its repeat: a headline says something about the name
_COMMA_WINDOW = 5  # a comma this close before the repeat makes it an apposition
_MAX_FIRST_NAMES = 1  # capitalised words before a one-word name's repeat read as its first name ("Wyclef Jean")
_MAX_TITLE_WORDS = 3  # lower-case words of a title ("Talent show mogul", "Haitian-born rap star")
_NAME_WORD = re.compile(r"[A-Z][\w.'’&-]*")
_CLAUSE_COMMA = re.compile(r",\S*\s+[a-z]")
# A word for a person closing a title: agent nouns ("actor", "fireman", "musician", "activist") and the titles news
# gives people in a few words.
_PERSON = re.compile(r"(?:er|or|ist|ian|man|woman|star|mogul|envoy|chief|boss|leader|official|champion)$")
_REPORTING = frozenset({"said", "says", "told", "tells", "asked", "urged", "named", "called", "quoted"})
# Function words that may follow a name opening a clause: its verb ("Taylor Swift is …", "… has confirmed", "… may be").
_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should"}
    | {"must", "does", "did", "do", "also", "still", "just", "only", "even"}
)


def _is_function(word: str) -> bool:
    return word.lower().strip(",;:") in FUNCTION_WORDS


def _opening_name(tokens: list[str]) -> list[str]:
    count = 0
    while count < min(len(tokens), _MAX_NAME) and _NAME_WORD.fullmatch(tokens[count]):
        if _is_function(tokens[count]):
            break
        count += 1
    return tokens[:count]


def _title_start(tokens: list[str], at: int) -> int | None:
    """Where a title before the name at ``at`` starts: a capitalised word, then lower-case words ending on a word for a
    person ("Talent show mogul"); None when there is none."""
    start = at
    while start > at - _MAX_TITLE_WORDS and start > 0 and tokens[start - 1][:1].islower():
        if _is_function(tokens[start - 1]):
            return None
        start -= 1
    if start == at or start < 2 or not _PERSON.search(tokens[at - 1]):
        return None
    if not tokens[start - 1][:1].isupper() or _is_function(tokens[start - 2]):
        return None
    return start - 1


def restated_head_cut(sentence: str) -> int | None:
    """Where the lead restating ``sentence``'s opening name starts (a character offset); None when none does."""
    matches = list(re.finditer(r"\S+", sentence))
    tokens = [m.group() for m in matches]
    name = _opening_name(tokens)
    size = len(name)
    if not size:
        return None
    for at in range(size + _MIN_HEAD, len(tokens) - size):
        if tokens[at : at + size] != name or not tokens[at + size][:1].islower():
            continue
        before = tokens[at - 1].lower()
        if before in FUNCTION_WORDS or before in _REPORTING or "," in "".join(tokens[at - _COMMA_WINDOW : at]):
            return None
        start = at
        first_names = at
        while size == 1 and first_names > at - _MAX_FIRST_NAMES and tokens[first_names - 1][:1].isupper():
            first_names -= 1
        title = _title_start(tokens, first_names)
        if title is not None:  # "Talent show mogul Simon Cowell", "Hollywood actor George Clooney"
            start = title
        elif first_names < at:  # "… Secretary of State Hillary Clinton": the name runs on from the text before it
            return None
        following = tokens[at + size].lower()
        if following in FUNCTION_WORDS and following not in _VERBS:
            return None
        if _CLAUSE_COMMA.search(" ".join(tokens[:start])):
            return None
        return matches[start].start()
    return None


def split_restated_head(sentence: str) -> list[str]:
    """``sentence`` (a document's first) cut where its lead restates its opening name; ``[sentence]`` when it does
    not. Joining the pieces with a space gives the sentence back up to white space."""
    cut = restated_head_cut(sentence)
    if cut is None:
        return [sentence]
    return [sentence[:cut].rstrip(), sentence[cut:]]
