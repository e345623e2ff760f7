"""Sentence trimming: drop the low-content parts of a news sentence so a word budget holds more facts.

Rules in the spirit of the trimming of CLASSY (Conroy et al., DUC 2005/2006) and Trimmer (Zajic, Dorr, Lin &
Schwartz, 2007, *Multi-candidate reduction*): a sentence keeps its subject, verb and object, and loses what a
summary reader does not need — a leading connective ("However,"), a short leading time/place phrase ("On
Sunday,"), a parenthesis, a non-restrictive relative clause or age between commas, and a trailing attribution
(", officials said Tuesday."). Each rule only deletes characters of the sentence, never rewrites words, so a
trimmed sentence is its source with spans cut out (then its first letter capitalised and its full stop kept),
and still cites that source sentence; ``is_trim_of`` checks it. A rule whose cut would leave fewer than
``MIN_KEPT`` words is not applied.

A cut must also leave a statement (``captions=False``, summarize.learned.v3): the trailing-attribution rule took
"…, said fluctuations were to be expected." off "But Dr Keiji Fukuda, acting assistant director general of the
World Health Organization, said fluctuations were to be expected." (BBC), whose "said" is the main verb, and left
a photo caption. ``is_caption`` recognises what such a cut leaves: a name, a comma and an apposition with no verb.

A brief's summary line must also carry its speaker (``speakers=True``, ``summarize.lines.v2``): the same rule took
", Johnson said." off "We are now up to 25 suspected cases in the UK, Johnson said." (Guardian) and left a "we" no one
said. A trailing attribution is kept where the words left speak in the first person (``FIRST_PERSON``).
"""

from __future__ import annotations

import re

MIN_KEPT = 6

_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Also|In addition|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|"
    r"Separately|Still|Thus|Therefore|Besides|Additionally|Consequently|Likewise|Similarly|Otherwise|In fact|"
    r"Of course|As a result|At the same time|In turn|For example|For instance|In the meantime|Then|Now|"
    r"In other words|By contrast|In contrast|Even so|On the other hand|Previously|Ultimately|Finally),\s+"
    r"|^(?:And|But|So|Yet)\s+"
)
# "On Sunday," / "In July," / "Earlier this week," — at most four words before the comma, no digits-only noise.
_LEAD_PHRASE = re.compile(
    r"^(?:On|In|At|During|Earlier|Later|Last|This|Late|Early|Since|Until|By|Over|Within)\b(?:\s+[^\s,]+){0,3},\s+"
)
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s[^,;]*?(?:,(?=\s)|(?=[.!?]?$))")
_AGE = re.compile(r",\s+\d{1,3},(?=\s)")
# The last comma's tail, when it is only an attribution: ", sources told Reuters." ", said the official." ", the
# ministry said on Sunday." ", according to police."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:said|according\s+to)\s[^,]{1,60}"
    r"|(?:[^\s,]+\s+){1,6}(?:said|says|added|told\s+[^\s,]+|reported)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?)"
    r"(?=[.!?]?$)"
)
_WORD = re.compile(r"[A-Za-z0-9]+")
# A first-person pronoun ("US" is the country, "I" only capitalized): its speaker is not in the words
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]ur|[Oo]urs|[Mm]yself|[Oo]urselves)\b")
# A caption's head is a name: capitalised words ("Dr Keiji Fukuda"), name particles allowed, no function word first
# ("In Mexico City, …", "Last Friday, …" open a clause) and no pronoun contraction ("I'm Fergus Walsh, …").
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|al-\w+|el-\w+|bin|bint|ibn|da|de|van|von)$")
_NAME_MIN, _NAME_MAX = 2, 6  # one capitalised word is as often a connective or a place ("Meanwhile, …")
_OPENER_WORDS = (
    "a an the in on at for of by to from with after before during since as when while if but and or so yet this that"
    " these those there here it he she they we i you his her its their our my your meanwhile however also still"
    " last next earlier later please"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
# What makes the apposition a clause: an auxiliary or modal, a reporting verb, a past tense ("-ed"), or a pronoun
# subject ("Chad Myers, we appreciate it." is a host's address, not a caption). "-s" verbs ("discusses") are not
# told from plural nouns and count as no verb: "X, director of Y discusses the relief effort." is a video caption.
_FINITE_WORDS = (
    "is are was were be been am has have had will would can could may might must shall should does did do said says"
    " say told tells tell i we you he she they it"
)
_FINITE = frozenset(_FINITE_WORDS.split())
_CONTRACTION = re.compile(r"^(?:i|we|you|he|she|they|it|that|there|here|what|who)['’]\w+$")

RULES: dict[str, re.Pattern[str]] = {
    "connective": _CONNECTIVE,
    "lead_phrase": _LEAD_PHRASE,
    "parenthesis": _PARENTHESIS,
    "relative_clause": _RELATIVE,
    "age": _AGE,
    "trailing_attribution": _TRAILING_ATTRIBUTION,
}
DEFAULT_RULES = tuple(RULES)


def is_caption(text: str) -> bool:
    """A name, one comma and an apposition with no verb, like a photo caption ("Dr Keiji Fukuda,
    acting assistant director general of the World Health Organization."): it names someone and states nothing.
    The apposition opens in lower case (a clause after a name opens with its subject: "Mr Putin, an ally of Syria,
    called …" has a second comma) and holds none of ``_FINITE``."""
    body = text.strip().removesuffix(".")  # a cut leaves no full stop; ``trim`` puts it back
    if body.count(",") != 1 or any(c in body for c in ':;"“”?!'):
        return False
    head, tail = (part.split() for part in body.split(","))
    if not _NAME_MIN <= len(head) <= _NAME_MAX or head[0].lower() in _OPENERS:
        return False
    if not all(_NAME_WORD.match(w) for w in head) or any(_CONTRACTION.match(w.lower()) for w in head):
        return False
    if not tail or not tail[0][0].islower():
        return False
    words = [w.lower().strip("().") for w in tail]
    return not any(w in _FINITE or w.endswith("ed") or _CONTRACTION.match(w) for w in words)


def trim(text: str, rules: tuple[str, ...] = DEFAULT_RULES, captions: bool = True, speakers: bool = False) -> str:
    """``text`` with the spans of every applicable rule cut out (rules applied in ``RULES`` order); without
    ``captions``, a cut that would leave a caption (``is_caption``) of a sentence that is none is not applied; with
    ``speakers``, nor a trailing attribution's cut that leaves first-person words without their speaker."""
    result = text.strip()
    for name in rules:
        pattern = RULES[name]
        cut = pattern.sub("", result, count=0 if name in ("parenthesis", "relative_clause", "age") else 1)
        if not captions and is_caption(cut) and not is_caption(result):
            continue
        if speakers and name == "trailing_attribution" and FIRST_PERSON.search(cut):
            continue
        if cut != result and len(cut.split()) >= MIN_KEPT:
            result = cut
    result = result.strip()
    if result and result != text.strip():
        result = result[0].upper() + result[1:]
        if text.rstrip()[-1:] in ".!?" and result[-1:] not in ".!?":
            result += text.rstrip()[-1]
    return result


def is_trim_of(text: str, source: str) -> bool:
    """``text``'s words are ``source``'s words in order with some left out (case-insensitive): it states
    nothing its source sentence does not."""
    words = iter(w.lower() for w in _WORD.findall(source))
    return all(any(w == s for s in words) for w in (w.lower() for w in _WORD.findall(text)))
