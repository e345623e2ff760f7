"""What the outlets say they could not verify: "CNN could not independently verify her story.", "The video, which
could not be independently verified by Reuters, shows thousands of mourners …".

Wire and network copy from places reporters cannot reach carries such notes (62 in Timeline17 dev: CNN's Libya and
Egypt pages, Reuters' Syria videos). A reader who is told what is corroborated must also be told what its own
reporter flagged as unverified, so the brief lists each such claim with the note (``Caveat``), and a note that is
a sentence of its own ("CNN could not confirm reports for many areas in Libya.") is the reporter's comment on the
reporting, not a fact: no summary, fact list or timeline states it.

A note on the press's access says why claims stay unverified ("CNN has interviewed numerous witnesses by phone.",
"… has not responded to repeated requests from CNN for access to the country."): listed the same way, and withheld
when it is the sentence's point (v2).

A note is the press's: the verb is passive ("could not be independently verified") or its subject is a news organisation
("CNN", "the network", "Reuters is unable to …") or the reporter writing in the first person ("Another claim I could not
independently confirm.", v5; a speaker's "I" is inside quotation marks). "Gates and Mullen said they could not confirm
the reports" is news about officials and stays a statement. A note of its own refers back, so the claim it qualifies is
the nearest of the few sentences before it that reports something, when its object points back ("her story", "the
report", "it"); a note about "reports for many areas" qualifies no one sentence, nor does the impersonal "making it
difficult to verify reports" said of the media's access (v3). A note inside a longer sentence ("…, which could not be
independently verified by Reuters, …") qualifies that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from newsdesk.clean.metadata import OUTLETS
from newsdesk.model import Article, Caveat, Citation, Sentence

from .units import states_nothing

# v2: the press's notes on its access ("CNN has interviewed witnesses by phone"); v3: "could not immediately confirm",
# "CNN, however, could not …", "CNN was not able to … and could not confirm …", and the impersonal "making it difficult
# to verify reports", "though this was impossible to verify"; v4: "it is not / rarely possible to verify …"; v5: the
# reporter's first person ("I could not confirm or deny Mohamed's claim.")
ALGORITHM = "align.caveats.v5"

_CANNOT = (
    r"(?:could\s*not|cannot|can\s+not|can['’]t|couldn['’]t|(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
    r"(?:unable|not\s+able)\s+to)"
)
_VERIFY = r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed))(?:\s+or\s+den(?:y|ied))?"
_ADVERB = r"(?:(?:immediately|independently|yet|readily)\s+)?"
_NOTE = re.compile(
    rf"\b{_CANNOT}\s+{_ADVERB}(?P<passive>be\s+)?{_ADVERB}{_VERIFY}\b(?:\s+independently)?"
    rf"(?P<by>\s+by\s+(?:the\s+)?(?:{OUTLETS})\b)?",
    re.IGNORECASE,
)
# The impersonal note: what is hard to verify is the subject ("Such reports are difficult to confirm", the
# ``passive`` group, as in "could not be verified") or the object ("making it difficult to verify reports from there").
_DIFFICULT = re.compile(
    rf"\b(?:(?:it\s+(?:is|was|has\s+been|remains)|it['’]s|(?:making|makes?|made)\s+it)|(?P<passive>is|are|was|were|been|"
    rf"remains?))\s+(?:(?:very|almost|extremely|too|often|still|nearly|virtually)\s+)*"
    rf"(?:difficult|hard|impossible|(?:rarely|seldom|not)\s+possible)\s+to\s+(?:independently\s+)?{_VERIFY}\b",
    re.IGNORECASE,
)
# Whose words a difficulty is: "The UN stopped estimating the toll …, saying it was too difficult to confirm."
_SAYING = re.compile(r"\b(?:saying|said|says|say|told|adding|added)\b[^,;]*$", re.IGNORECASE)
# A difficulty said of the press's access is the sentence's point, a note on no one claim: "Syria has barred most
# international media, making it hard to verify reports from activists and officials."
_MEDIA = re.compile(
    r"\b(?:media|journalists?|correspondents?|reporters?|press|news\s+organi[sz]ations?)\b", re.IGNORECASE
)
# An aside between a note's subject and its verb: "CNN, however, could not immediately confirm reports."
_ASIDE = re.compile(r",\s*(?:however|though|too|also|meanwhile|moreover)\s*,\s*", re.IGNORECASE)
# A press subject whose note is a second verb of the sentence: "CNN was not able to witness the fighting and could not
# independently confirm reports …", "CNN has not been permitted to report from Libya and can not confirm …".
_PRESS_SUBJECT = re.compile(
    rf"^(?:{OUTLETS}|the\s+network)\s+(?:\w+\s+){{0,8}}?(?:was|were|is|are|has|have|had)\s+not\b[^,;]*\band\s+$",
    re.IGNORECASE,
)
# A note on the press's access, which is why a claim stays unverified: its reporters reached people only by phone,
# or were refused entry ("CNN has interviewed numerous witnesses by phone.", "… has not responded to repeated
# requests from CNN for access to the country.", "CNN has not been granted access to report on the ground").
_ACCESS = re.compile(
    rf"\b(?:(?:{OUTLETS}|the\s+network)\s+(?:has|have|had)\s+(?:\w+,?\s+){{0,2}}interviewed\b[^.;]*?\bby\s+"
    rf"(?:tele)?phone\b|(?:{OUTLETS}|the\s+network)\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+"
    rf"(?:granted|given|allowed)\s+access\b|not\s+responded\s+to\s+(?:repeated\s+)?(?:requests\s+(?:from|by)\s+"
    rf"(?:{OUTLETS})|(?:{OUTLETS})\s+requests)\s+for\s+access\b)",
    re.IGNORECASE,
)
# The subject of an active note: a news organisation, the network, the newsroom's "we" or the reporter's "I" (outside
# quotation marks, where a speaker's "I can not confirm" is; "Another claim I could not independently confirm.").
_PRESS = re.compile(
    rf"\b(?:{OUTLETS}|the\s+(?:network|news\s+agency|agency|newspaper|paper|channel)|we|I)\b\s*(?:\w+\s*){{0,2}}$",
    re.IGNORECASE,
)
# What an active note's subject may not hold after the organisation: a reporting clause of someone else's.
_CLAUSE_START = re.compile(r"(?:^|[,;:(—–-]\s*|\b(?:but|and|while|although|though|because)\s+)", re.IGNORECASE)
# The object of a note of its own that points back at the sentence before ("her story", "the report", "it").
_POINTS_BACK = re.compile(
    r"^(?:the|that|this|these|those|such|its|his|her|their)\s+(?:\w+\s+){0,2}"
    r"(?:story|stories|report|reports|claim|claims|account|accounts|information|video|videos|footage|images?|"
    r"figures?|toll|numbers?|allegations?|details?|circumstances)\b|^(?:it|that|this|them|these)\b",
    re.IGNORECASE,
)
_EITHER_SIDE = re.compile(r"\b(?:of|from|by)\s+(?:either|both|all)\s+sides?\b", re.IGNORECASE)
# A passive note inside someone's reported statement: "… said Tuesday that these reports could not be confirmed".
_REPORTED = re.compile(r"\b(?:said|says|say|told\s+\w+|added|stated)\s+(?:\w+\s+)?that\s+[^,;]*$", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:^|[\s,—–-])(?:which|that)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# How far back a note's "the report" may reach for the sentence reporting it; what reports something says so.
BACK_SENTENCES = 3
_REPORTING = re.compile(
    r"\b(?:report(?:s|ed|ing)?|sa(?:id|ys|y)|told|claim(?:s|ed)?|accord(?:ing)\s+to|witness(?:es)?|allege[sd]?|"
    r"accus(?:e|es|ed)|show(?:s|ed|ing)?|posted)\b",
    re.IGNORECASE,
)
REPLY_WORDS = 5  # "No, the man said." reports a reply, not the claim a note points back to
STANDALONE_WORDS = 8  # a note opening within this many words is the sentence's point, not a clause of it
# A difficulty said of the media's access in a sentence longer than this is glued to other copy (a list of reported
# incidents run into the note), whose claims it qualifies.
ACCESS_NOTE_WORDS = 35


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` is inside quotation marks: a speaker's "we can not confirm" is not the press's."""
    before = text[:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _press_note(text: str, match: re.Match[str]) -> bool:
    if _quoted(text, match.start()):
        return False
    before = _ASIDE.sub(" ", text[: match.start()])
    if match.group("passive"):  # unless it is what someone said ("Gates … said Tuesday that these reports could …")
        return not _REPORTED.search(before)
    clause = _CLAUSE_START.split(before)[-1]
    return bool(_PRESS.search(clause.strip())) or bool(_PRESS_SUBJECT.match(before))


def _impersonal_note(text: str, match: re.Match[str]) -> bool:
    """A difficulty is the press's unless quoted or someone's reported words ("…, saying it was too difficult")."""
    before = text[: match.start()]
    return not _quoted(text, match.start()) and not _SAYING.search(before) and not _REPORTED.search(before)


def note_of(text: str) -> re.Match[str] | None:
    """The press's note in a sentence that it could not verify something, if it holds one."""
    return next((m for m in _NOTE.finditer(text) if _press_note(text, m)), None) or next(
        (m for m in _DIFFICULT.finditer(text) if _impersonal_note(text, m)), None
    )


def _access_difficulty(text: str, match: re.Match[str]) -> bool:
    return match.re is _DIFFICULT and len(text.split()) <= ACCESS_NOTE_WORDS and bool(_MEDIA.search(text))


def stands_alone(text: str, match: re.Match[str]) -> bool:
    """Whether the note is the sentence's point ("The report could not be independently verified.") rather than a
    clause of a sentence that states a claim ("The video, which could not be verified by Reuters, shows …"). A press
    subject's second verb ("CNN was not able to witness the fighting and could not confirm …") and a difficulty said of
    the media's access ("…, making it hard to verify reports") are its point."""
    before = _ASIDE.sub(" ", text[: match.start()])
    if _PRESS_SUBJECT.match(before) or _access_difficulty(text, match):
        return True
    if _RELATIVE.search(before):
        return False
    return len(before.split()) <= STANDALONE_WORDS and not re.search(r"[,;:]\s|\s[-—–]\s", before)


def points_back(text: str, match: re.Match[str]) -> bool:
    """Whether a note of its own is about something the sentence before reports: what could not be verified is the
    passive's subject ("The report could not be …") or the active's object ("… verify her story."), a definite or
    demonstrative one, or a pronoun; "reports for many areas in Libya" and "the claims of either side" are no one
    report."""
    what = text[: match.start()] if match.group("passive") else text[match.end() :]
    what = what.strip(" .!")
    return not what or (bool(_POINTS_BACK.match(what)) and not _EITHER_SIDE.search(what))


def story_caveats(articles: Sequence[Article]) -> tuple[Caveat, ...]:
    """Every press note of the articles that it could not verify something, in story order."""
    return tuple(_caveats(articles))


def access_note(text: str) -> bool | None:
    """Whether the sentence is a note on the press's access (``_ACCESS``): True when it is the sentence's point, False
    when a clause of a claim ("Though CNN has not yet been granted access …, there were several reports of violence
    Monday."), None when it holds none."""
    match = _ACCESS.search(text)
    if match is None or _quoted(text, match.start()):
        return None
    return not re.search(r",\s", text[: match.start()] + text[match.end() :])


def _caveats(articles: Sequence[Article]) -> Iterator[Caveat]:
    for article in articles:
        before: list[Sentence] = []  # the statements before the current sentence, nearest last
        for s in article.sentences:
            match = note_of(s.text) if s.text else None
            access = access_note(s.text) if s.text and match is None else None
            if access is not None:
                note = Citation(article.id, s.i)
                yield Caveat(note, None if access else note)
                continue
            if match is None:
                if s.text and not states_nothing(s.text):
                    before.append(s)
                continue
            note = Citation(article.id, s.i)
            if not stands_alone(s.text, match):
                yield Caveat(note, note)
                continue
            claim = _reported_before(before) if points_back(s.text, match) else None
            yield Caveat(note, Citation(article.id, claim.i) if claim is not None else None)


def _reported_before(before: Sequence[Sentence]) -> Sentence | None:
    """What a note that points back qualifies: the nearest of the last ``BACK_SENTENCES`` statements that reports
    something ("A formerly pro-government newspaper in Libya is reporting that …" rather than the background line after
    it, "The newspaper Quryna's perspective has changed …"; not a bare reply, "No, the man said."), else the statement
    just before."""
    recent = before[-BACK_SENTENCES:]
    reports = (s for s in reversed(recent) if _REPORTING.search(s.text) and len(s.text.split()) > REPLY_WORDS)
    return next(reports, recent[-1] if recent else None)


def standalone_notes(articles: Sequence[Article]) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of the notes that are sentences of their own: no section states them."""
    return own_sentences(story_caveats(articles))


def own_sentences(caveats: Iterable[Caveat]) -> frozenset[tuple[str, int]]:
    """The sentences of ``caveats`` whose note is not a clause of the claim it qualifies."""
    return frozenset((c.note.article, c.note.sentence) for c in caveats if c.claim != c.note)
