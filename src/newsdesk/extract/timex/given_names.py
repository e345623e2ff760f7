"""Month words that are not months: a person's given name ("June Scobee Rodgers") or an acronym ("DEC"); and day
words that are names: a programme or a paper ("USA Today", "Showbiz Tonight", ABC's "This Week", "the Sunday Times").

Used by the bare-month rule of ``calendar_rules`` (``extract.timex.rules.v5``), for programmes by the day rules of
``relative_rules`` (v6) and for papers by the weekday rule (v8). The tagger sees only the text (no parser, no
entities), so a name is told from a month by the words around it: what comes before a month ("in", "a", "the
disastrous") differs from what comes before a name (a sentence start, "and", a title or a role).
"""

from __future__ import annotations

import re

from .grammar import MONTH_WORDS, WEEKDAY_WORDS, Context
from .lexicon import MONTHS

# A month word right before a capitalised word is a given name when what comes before it is what comes before a
# name: the start of a sentence or a clause, a title or a role ("Cmdr.", "reporter", "spokeswoman"), or a word that
# joins names ("June Scobee Rodgers, the widow of Cmdr. Dick Scobee, ...", "and Jan Kavan of the Czech Republic",
# "Rep. August Pfluger"). After a preposition of time, an article, an adjective or a list head it is a month, though
# a name follows ("in June Israel ...", "a July NATO summit", "the disastrous February New Hampshire debate", "DME
# OMAN - November Oman traded"). A month is never followed by an initial ("April D. Ryan") nor says anything ("...,"
# April said). Measured on TempEval-3 dev, Timeline17 dev, DUC 2004 dev and PolNeAR dev (rules.v4): 38 bare months
# before a capitalised word: 9 given names and 2 acronyms ("DEC"), all read so now; of the 27 months, none.
_ROLES = (
    "correspondent|reporter|journalist|anchor|host|editor|columnist|writer|author|chief|spokeswoman|spokesman|"
    "spokesperson|singer|actress|actor|widow|wife|husband|daughter|son|sister|brother|mother|father|congresswoman|"
    "congressman|representative|senator|lawmaker|secretary|minister|director|coach|player|named"
)
_NAME_BEFORE = re.compile(
    r"(?:[\n.!?,;(\"“”'‘’&]\s*|\b(?i:and|or|with|to|for|of|by|"
    + _ROLES
    + r")\s+|\b(?:[A-Z][a-z]{1,4}\.|Mr|Mrs|Ms|Dr)\s+)$"
)
_NAME_AFTER = re.compile(
    r"\s+(?:(?!(?i:" + "|".join(sorted(MONTH_WORDS | WEEKDAY_WORDS)) + r")\b)[A-Z][a-z]"
    r"|(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b)"
)
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")


def _given_name(match: re.Match[str], ctx: Context) -> bool:
    """Whether a bare month word is a person's given name (see ``_NAME_BEFORE``)."""
    if match.group("rel") or match.group("mod") or match.group("relyear"):
        return False
    if _INITIAL_AFTER.match(ctx.text, match.end()):
        return True
    if not _NAME_AFTER.match(ctx.text, match.end()):
        return False
    start = match.start()
    return bool(_NAME_BEFORE.search(("\n" if start < 16 else "") + ctx.text[max(0, start - 16) : start]))


# An all-capital abbreviation standing alone is an acronym: "cheque to DEC Haiti Earthquake Appeal" (the Disasters
# Emergency Committee); a capitalised month abbreviation is written "Dec." or "Dec", and in capitals with a day.
_ACRONYM = re.compile(
    r"(?:" + "|".join(m.upper() for m in MONTHS if len(m) <= 4 and m not in {"may", "june", "july"}) + r")"
)


def not_a_month(match: re.Match[str], ctx: Context) -> bool:
    """Whether the MONTH group of a bare-month ``match`` is a given name or an acronym rather than a month."""
    return _given_name(match, ctx) or bool(_ACRONYM.fullmatch(match.group("month")))


# "Today", "Tonight", "This Week", "This Morning" capitalised right after a capitalised word in the same phrase (no
# punctuation between) end a name: a paper or a programme ("USA Today", "Russia Today", "the BBC's World Today
# program", "Piers Morgan Tonight", "CBS This Morning", "This is VOA Today"); and in quotes after a possessive or
# "on", a programme ('said on ABC-TV's "This Week With David Brinkley"', 'told NBC's "Today" show'). A sentence
# that opens on "Today," after a full stop or a quote that opens speech ('said: "Today, ...') is not one.
# In a title-case headline the word before is a preposition or a conjunction ("Protesters Are Targeting Hillary At
# Tonight's Debate", "Work Starts Tomorrow, But For Today, Congratulations"), and a headline glued to its text is
# followed by the clause it opens ("Day of violence in Egypt Today, all Arabs are asking ..."): times, both.
_PROGRAMME_WORD = re.compile(r"Today|Tonight|This Week|This Morning")
_PROGRAMME_BEFORE = re.compile(
    r"(?:\b(?!(?:At|For|But|In|On|Of|And|To|By|With|From|As|Until|Since)\s)[A-Z][A-Za-z]*[a-zA-Z]\s"
    r"|(?:'s|’s|\bon)\s+[\"“])$"
)
_CLAUSE_AFTER = re.compile(r",\s+(?:all|we|he|she|they|it|i|you|there|this|that)\b")


def programme_name(text: str, start: int, end: int) -> bool:
    """Whether the day words ``text[start:end]`` end the name of a paper or a programme (see above)."""
    if not _PROGRAMME_WORD.fullmatch(text[start:end]) or _CLAUSE_AFTER.match(text, end):
        return False
    return bool(_PROGRAMME_BEFORE.search(text, max(0, start - 24), start))


# A weekday before a paper's word is the paper: "Sunday Times reporter Marie Colvin", "Mr Assad told the Sunday Times",
# "the Sunday Mirror reports" (rules.v7 read each as last Sunday: 25 on Timeline17 dev, all of them papers). "Times
# Square" is a place, and "Post-" opens a hyphenated word.
_PAPER_AFTER = re.compile(
    r"\s+(?:Times(?!\s+Square)|Telegraph|Mirror|Express|Herald|Post|Tribune|Mail|Observer)(?![\w-])"
)


def paper_name(text: str, end: int) -> bool:
    """Whether the weekday ending at ``end`` opens the name of a paper (see ``_PAPER_AFTER``)."""
    return bool(_PAPER_AFTER.match(text, end))
