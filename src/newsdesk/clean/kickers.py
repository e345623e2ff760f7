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

v18 reads two more shapes in a sentence opening with a kicker. A head ending on its attribution, ", says Panetta" or
"- UN" (a name of one to three capitalised words), before "The"/"A"/"An" and a capitalised word: "Syria: Aleppo is
nail in Assad's coffin, says Panetta | The Free Syrian Army …"; prose ends such a clause with a full stop. And a lead
or caption opening with a name and a verb after a lower-case content word ending the head: "Egypt protester: My life
is in danger | Mubarak was a Soviet-trained pilot …", "Obama: I told Mubarak he must deliver on his promises |
President Barack Obama spoke …", "Syria crisis: Obama rejects US military intervention | Mr Obama said …". In prose a
name after a lower-case word is mostly its object or the subject of a clause it takes ("told Mubarak he must", "fear
Gaddafi will"), so the word before must be no verb that takes a name or a clause (``_TAKES_TITLE``, ``_TAKES_CLAUSE``,
a past form in "-ed") and no title a name follows ("UN aid chief Valerie Amos says", ``_TITLES``), and the verb after
the name is one of a closed list (``_NAME_VERB``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .reader import FUNCTION_WORDS

# A kicker: a capitalised word and up to three more, then a colon, opening the sentence.
_KICKER = re.compile(r"(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}):\s")
# A lead opening with an article and a capitalised word, after a lower-case letter ("An" before a vowel's sound only).
_ARTICLE_LEAD = re.compile(r"(?<=[a-z])(?P<gap>\s+)(?:The|A|An(?=\s+[AEIOUH]))\s+[A-Z][\w'’-]*\s+\S")
# Verbs that take a title or a name as their object: "called The Hurt Locker", "told The Associated Press".
_TAKES_TITLE = frozenset(
    "said says told tells called named titled entitled dubbed read reads reading wrote writes quoted quoting".split()  # noqa: SIM905
)


# v18: an attribution ending a kicker's head: ", says Panetta", "- UN", before an article and a capitalised word.
_ATTRIBUTION_LEAD = re.compile(
    r"(?:,\s+(?:says|said)|\s[-–])\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?P<gap>\s+)(?:The|A|An(?=\s+[AEIOUH]))\s+[A-Z][\w'’-]*\s+\S"
)
# v18: a lower-case word, then a name of one to three capitalised words and a verb opening the lead.
_NAME_LEAD = re.compile(
    r"(?<=[a-z'’])(?P<gap>\s+)(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?:was|is|has|had|have|are|were|said|says|spoke|told|will|would)\b"
)
# Verbs that take a clause whose subject may be a name: "warns Assad will …", "believes Mubarak is …".
_TAKES_CLAUSE_WORDS = (
    "say tell warn warns fear fears think thinks believe believes hope hopes claim claims insist insists deny denies"
    " know knows admit admits suggest suggests predict predicts add adds expect expects"
)
_TAKES_CLAUSE = frozenset(_TAKES_CLAUSE_WORDS.split())
# Words a name follows in prose as its title or in apposition: "UN aid chief Valerie Amos says", "FSA commander Abu
# Mohammed told AFP", "the Syrian capital Damascus has …"; conjunctions before a clause: "because Egypt is …".
_BEFORE_NAME_WORDS = (
    "chief commander spokesman spokeswoman spokesperson minister secretary president leader envoy ambassador official"
    " director head general correspondent editor reporter analyst governor senator mayor premier chairman professor"
    " colleague counterpart cameraman photographer producer capital city town village province region"
    " because although unless whereas"
)
_BEFORE_NAME = frozenset(_BEFORE_NAME_WORDS.split())
# Words before a noun a name does not follow in a headline: an infinitive's "to" ("seeking to enter Baba Amr …"), and
# articles and determiners, which headlines leave out (Mårdh 1980, *Headlinese*): after "the lead", "the way" a name
# opens a relative clause ("… triple the lead Barack Obama had over Clinton …", PolNeAR dev; "The way Gadhafi has …").
_BEFORE_HEAD_END = frozenset({"to", "the", "a", "an", "this", "that", "these", "those", "each", "every"})
# A kicker's headline names who does what: three words at least after the label ("Zakaria: The way Gadhafi has …" is
# a speaker's words).
HEADLINE_MIN_WORDS = 3


def name_lead_cut(sentence: str, ends_head: Callable[[str], bool]) -> int | None:
    """The first cut before a name and a verb opening a lead, after a lower-case word ending a kicker's headline
    (v18); ``glue`` keeps it only when no other cut comes first, that is when it ends the headline."""
    kicker = _KICKER.match(sentence)
    if not kicker or kicker.group("label").isupper():
        return None
    for match in _NAME_LEAD.finditer(sentence, kicker.end()):
        head, name = sentence[: match.start()], match.group("name").split()
        words = sentence[kicker.end() : match.start()].split()
        last = words[-1] if words else ""
        if len(words) < HEADLINE_MIN_WORDS or words[-2] in _BEFORE_HEAD_END or last.endswith(("ed", "ing")):
            continue  # "seeking to enter | Baba Amr", "the lead | Barack Obama had", "saying | Moussa was"
        if last in _TAKES_TITLE or last in _TAKES_CLAUSE or last in _BEFORE_NAME:
            continue
        if any(word == "I" or word.lower() in FUNCTION_WORDS for word in name):
            continue
        if ends_head(head):
            return match.start()
    return None


def kicker_cuts(sentence: str, ends_head: Callable[[str], bool], quoting: Callable[[str], bool]) -> list[int]:
    """Cuts before an article and a capitalised word opening the lead, in a sentence that opens with a kicker;
    ``ends_head`` says whether the text before a cut ends as a headline or caption does, ``quoting`` whether it leaves
    a quotation open (``glue``)."""
    kicker = _KICKER.match(sentence)
    if not kicker or kicker.group("label").isupper():
        return []
    cuts = []
    for match in _ARTICLE_LEAD.finditer(sentence, kicker.end()):
        head = sentence[: match.start()]
        if head.rsplit(None, 1)[-1] not in _TAKES_TITLE and ends_head(head):
            cuts.append(match.start())
    return cuts + [
        m.start("gap") for m in _ATTRIBUTION_LEAD.finditer(sentence, kicker.end()) if not quoting(sentence[: m.start()])
    ]
