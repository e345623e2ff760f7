"""Line-level boilerplate rules: what is printed around an article but is not the article.

A curated list of named rules, each general (no outlet's exact sentence): link prompts ("Also Read:"),
social and newsletter prompts, syndication and copyright disclaimers, photo captions and their credits.
Each rule is tested on the seeds and on made-up variants in tests/clean/test_boilerplate.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.model import Removal

from .stamps import CNN_STAMP, is_page_stamp

_PROMPT_MAX_WORDS = 40  # a prompt is a short line; a long paragraph that starts alike is article text

_LINK_PROMPT = re.compile(
    r"^\s*(?:also read|read also|also see|read more|read next|more from|more on this|related(?: stories| articles"
    r"| coverage| news| content| reading)?|see also|don't miss|do not miss|must read|recommended(?: stories)?"
    r"|trending(?: now)?|top stories|watch(?: now| video)?|listen(?: now)?|click here|read the full story"
    r"|editor's picks?)\b\s*(?:[:|>»\-–—]|$|\s+(?:here|on|at|about|in)\b)",
    re.IGNORECASE,
)
_SOCIAL_PROMPT = re.compile(
    r"\b(?:follow us on|follow (?:us|him|her) on (?:twitter|x|facebook|instagram)|like us on facebook"
    r"|subscribe to (?:our|the) \w+|sign up for (?:our|the) \w+|sign up to (?:our|the) \w+"
    r"|download (?:the|our) \w+ app|get (?:the|our) \w+ app|join (?:our|us on) (?:whatsapp|telegram)"
    r"|share this (?:article|story)|click here to|newsletter\s*$|to get the latest news|stay updated with"
    r"|advertisement\s*$|story continues below|continue reading)\b",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"(?:this story has not been edited by|has not been edited by .{1,40} staff"
    r"|(?:published|auto-?generated|generated) from (?:a|an) (?:syndicated|wire|agency|wire agency) feed"
    r"|without modifications to the text|^\(?\s*with inputs from\b|^\(?\s*reporting by\b.*\bediting by\b"
    r"|^\(?\s*(?:writing|editing|additional reporting) by\b.{0,120}\)?\s*$|all rights reserved"
    r"|may not be (?:published|reproduced), broadcast|copyright\s*(?:©|\(c\))?\s*\d{4}|^©\s*\d{4}"
    r"|views expressed (?:here|above) are|^disclaimer\s*:)",
    re.IGNORECASE,
)
# The agency ending a photo credit after a "/": initials ("AP", "TPS") or a name.
PHOTO_AGENCY = r"[A-Z]{2,}|Getty Images|Flash ?90|Reuters|Bloomberg"
# A photo credit at the end of a line: "Yossi Zeliger/TPS", "REUTERS/Ammar Awad", "(Photo: AFP)",
# "AFP via Getty Images", "Photo credit: ...". It may be glued to the caption with no space.
_CREDIT_TAIL = re.compile(
    r"(?:(?:\(?\s*(?i:photo|image|picture|photograph|file photo|credit|photo credit|courtesy)s?\s*(?i:by|:|-)\s*"
    r"[^.!?]{2,60}\)?)"
    rf"|(?:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}\s*/\s*(?:{PHOTO_AGENCY})"
    r"(?:\s+via\s+Getty Images)?)"
    r"|(?:(?:AFP|AP|EPA|Reuters|REUTERS)\s*/\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})"
    r"|(?:\b(?:AFP|AP|EPA|AAP) via Getty Images))\s*\)?\s*$"
)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_CAPTION_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    matches: Callable[[str], bool]


def _short(line: str) -> bool:
    return len(line.split()) <= _PROMPT_MAX_WORDS


LINE_RULES: tuple[Rule, ...] = (
    Rule("link_prompt", lambda line: bool(_LINK_PROMPT.match(line)) and _short(line)),
    Rule("social_prompt", lambda line: bool(_SOCIAL_PROMPT.search(line)) and _short(line)),
    Rule("disclaimer", lambda line: bool(_DISCLAIMER.search(line)) and _short(line)),
    Rule(
        "photo_credit",
        lambda line: (
            bool(_CREDIT_TAIL.search(line)) and not _TERMINAL.search(line) and len(line.split()) <= _CAPTION_MAX_WORDS
        ),
    ),
)


def _is_caption_of(line: str, credited: list[str]) -> bool:
    """A caption printed once bare and once with its credit glued on: the bare copy is a prefix."""
    return not _TERMINAL.search(line) and any(other != line and other.startswith(line) for other in credited)


def strip_boilerplate(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Keep the article's lines; name every removed line by its rule."""
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if not line:
            kept.append(line)
            continue
        rule = next((r.name for r in LINE_RULES if r.matches(line)), None)
        if rule:
            removed.append(Removal(rule, line))
        else:
            kept.append(line)
    credited = [r.text for r in removed if r.rule == "photo_credit"]
    if credited:
        captions = [line for line in kept if line and _is_caption_of(line, credited)]
        removed.extend(Removal("photo_caption", line) for line in captions)
        kept = [line for line in kept if line not in captions]
    return kept, removed


# A live page's entry stamp: "(Updated 2:56 p.m. (2156 in Egypt))", "(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m.
# Sunday ET):", "(Update 1:50 a.m. Cairo, 6:50 p.m. ET) -". Printed inside the text, not on a line of its own
# (Timeline17's texts have no line breaks), it ran into the entry's first sentence, whose places then counted Egypt
# ("Egypt and Cairo" against another outlet's "Cairo"), and headed it in a brief's facts.
_UPDATE_STAMP = re.compile(
    r"\(Updated?:?\s+(?:at\s+)?\d{1,2}(?::\d{2}|\s*[ap]\.?m\b\.?)[^()]{0,60}(?:\(\d{4}[^()]{0,30}\)?)?[^()]{0,10}\)"
    r"\s*(?:[:\-–—]\s+)?"
)
# CNN's Middle East live page heads its entries with the place in capitals instead: "LIBYA, 6:07 p.m. ET, 1:07 a.m.
# local: A formerly pro-government newspaper …", now and then without the colon (26 entries of one Timeline17 dev
# page).
_PLACE_STAMP = re.compile(
    r"[A-Z]{3,}(?:[ -][A-Z]{2,})*, \d{1,2}:\d{2} [ap]\.m\. (?:ET|GMT)(?:, \d{1,2}:\d{2} [ap]\.m\. local)?"
    r"(?::\s+|\s+(?=[A-Z]))"
)
_PLACE_ZONES = ("m. ET", "m. GMT")  # what every place stamp holds: the regex runs only on pages that do
# And with the clock time alone in the brackets (clean.document.v15): "(10:55 a.m. ET) Four thousand flights have been
# canceled …", "(12:26 p.m. Monday ET, 6:26 p.m. Monday in Libya) Libyan leader …", "(10:45 p.m. Saturday, 11:45 a.m.
# Sunday in Tokyo) …" (77 entries of CNN's live pages on Timeline17 dev; one headed a LibyaWar_cnn timeline line). Only
# where it opens a sentence, or follows a colon ("Here is what's happening today: (11:39 p.m. Monday ET, …)"): inside
# a sentence a bracketed time converts the one before it ("struck Chile at 1:11 p.m. (11:11 a.m. ET) Saturday").
_CLOCK_STAMP = re.compile(r"\(\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s[^()]{0,60}\)\s*(?:[:\-–—]\s+)?(?=[A-Z\"“])")
_CLOCK_OPENS = re.compile(r"[.!?\"”’):]\s")
_CLOCK_BEFORE = re.compile(r"\d\s*[ap]\.m\.\s$")
# The other stamp of a live page: a four-digit 24-hour clock time opening each entry ("1403 The UN peacekeeping chief
# Alain Le Roy says …", "1646 According to the New Scientist magazine, …"; BBC, Timeline17 haiti_bbc). Left in, it
# heads the entry's sentence in a brief's facts and reads as a year (1646, 2044). A page is a live page when
# LIVE_STAMPS or more of its sentences open with such a stamp: one sentence opening on "1860" is a year, a run of
# them is a clock (3 pages of the 2,405 of Timeline17 dev, 289 stamps). ``extract.timex`` asks the same question of
# text that was not cleaned here.
_ENTRY_STAMP = re.compile(r"((?:[01]\d|2[0-3])[0-5]\d)\s+(?=[A-Z])")
_OPENS = re.compile(r"[.!?\"”’)]\s")  # what precedes a stamp that opens a sentence (or the text's start)
LIVE_STAMPS = 3


def _open_sentences(pattern: re.Pattern[str], text: str, opens: re.Pattern[str] = _OPENS) -> list[re.Match[str]]:
    """Matches of ``pattern`` that open a sentence of ``text`` (tested after the match: a regex that starts with a
    look-behind is tried at every character, one that starts with a digit or a capital is not)."""
    return [m for m in pattern.finditer(text) if m.start() == 0 or opens.fullmatch(text, m.start() - 2, m.start())]


def entry_stamps(text: str) -> list[re.Match[str]]:
    """The four-digit entry stamps of ``text`` (group 1 the time, the match with its space) when it is a live page,
    else none."""
    stamps = _open_sentences(_ENTRY_STAMP, text)
    return stamps if len(stamps) >= LIVE_STAMPS else []


def _converts(text: str, stamp: re.Match[str]) -> bool:
    """Whether a bracketed clock time follows a clock time ("at 1:11 p.m. (11:11 a.m. ET) Saturday"): it converts
    that one, inside its sentence; "p.m." only looked like a sentence's end."""
    return _CLOCK_BEFORE.search(text, max(0, stamp.start() - 12), stamp.start()) is not None


def _cut(text: str, matches: list[re.Match[str]]) -> str:
    kept, at = [], 0
    for m in matches:
        kept.append(text[at : m.start()])
        at = m.end()
    return "".join(kept) + text[at:]


# CNN's topic pages list other stories and clips, each teaser stamped with its own page's time: "Libyan opposition lays
# out conditions for cease-fire updated: Fri Apr 01 2011 21:00:00 Battles raged in Libya on Friday as …". A teaser's
# "on Friday" is its own page's Friday, not the listing's, and its headline runs into it; read as an article, such a
# page gave a brief false date conflicts and its timeline days no article reported. One stamp is an article's own
# (``stamps`` cuts it out between the headline and the lead); from ``LISTING_STAMPS`` on, the page is a listing
# (Timeline17 dev: 6 pages of 2,405, with 9 to 36 stamps each, all of them teasers from the first sentence on).
LISTING_STAMPS = 3


def listing_teasers(text: str) -> int:
    """How many teasers of other pages, stamped "updated: Fri Apr 01 2011 21:00:00", the text lists."""
    return len(CNN_STAMP.findall(text))


def strip_update_stamps(text: str) -> tuple[str, list[Removal]]:
    """The text without its live-page entry stamps, and the stamps removed."""
    removed = [Removal("update_stamp", m.group().strip()) for m in _UPDATE_STAMP.finditer(text)]
    if removed:
        text = _UPDATE_STAMP.sub("", text)
    if any(zone in text for zone in _PLACE_ZONES) and (places := _open_sentences(_PLACE_STAMP, text)):
        removed.extend(Removal("update_stamp", m.group().strip()) for m in places)
        text = _cut(text, places)
    if "m. " in text and (
        clocks := [m for m in _open_sentences(_CLOCK_STAMP, text, _CLOCK_OPENS) if not _converts(text, m)]
    ):
        removed.extend(Removal("update_stamp", m.group().strip()) for m in clocks)
        text = _cut(text, clocks)
    if entries := entry_stamps(text):
        removed.extend(Removal("entry_stamp", m.group(1)) for m in entries)
        text = _cut(text, entries)
    return text, removed


# Sentence-level furniture of scraped text, where the lines above are run into one (Timeline17's texts): an embedded
# player's notice ("Can not play media. Sorry, this media is not available in your territory.", "To play this content
# JavaScript must be turned on and the latest Flash player installed."; BBC, 25 of Timeline17 dev's sentences), and
# the credit closing a wire or CNN story ("CNN's Moni Basu contributed to this report."; 80 on Timeline17 dev). On
# fresh BBC and CNN exports both were facts "across sources": every page prints them.
_PLAYER_NOTICE = re.compile(
    r"\b(?:(?:media|video|content|clip) is not available in your (?:territory|country|region|location)"
    r"|(?:can ?not|unable to) play (?:this )?(?:media|video)|javascript (?:must|needs to) be (?:turned on|enabled)"
    r"|(?:must|need to) have (?:the )?(?:adobe )?flash player|latest (?:adobe )?flash player installed"
    r"|your browser does not support (?:the )?(?:video|audio|html5))\b",
    re.IGNORECASE,
)
# One of these is in every notice: the regex runs only on sentences holding one.
_PLAYER_WORDS = ("media", "video", "content", "clip", "play", "javascript", "flash", "browser")
_NOTICE_MAX_WORDS = 40  # a notice glued to a caption or headline; a longer sentence may hold article text
# The credit, from the start of its sentence: the names before "contributed" hold no sentence end and no quotation
# (a quotation the splitter glued in front of it stays: '"Anyone with money can break these sanctions." CNN's …').
# A clip's caption, which describes the clip, not an event: a label ("Watch: …", "VIDEO: …"), or a reporter or the
# outlet, named in two words or more, opening a present-tense account of the clip ("The BBC talks to people in Mexico
# City about the flu outbreak.", "The BBC's Lorna Gordon reports from Glasgow.", "CNN's Reza Sayah reports from
# Islamabad, Pakistan, on the violence."). News says "spoke to … about" and "reports from X say …" ("Unconfirmed reports
# from activists say …": a one-word subject, a noun); a caption quotes no one and reports no "that"-clause. A caption
# also introduces its clip with "discusses", "describes", "explains", "examines", "looks at", "reports on" or "has the
# latest", its speaker maybe with an appositive ("CNN's Ben Wedeman discusses the significance of Saif al-Islam
# Gadhafi's capture.", the first summary line of a LibyaWar_cnn brief; "Elisabeth Byrs, a UN spokesperson in Geneva,
# discusses how its workers are coping."); prose uses these verbs with "as" ("Mr Brown describes it as ...").
_CLIP_NAME = r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al|bin|de|van|von))+"
_CLIP_CAPTION = re.compile(
    r"^(?:(?:Watch|Video|Listen|Audio|WATCH|VIDEO|LISTEN|AUDIO)\s*:\s"
    rf"|{_CLIP_NAME}(?:,[^,\"“]{{1,60}},)?\s+(?:(?:talks|speaks) to\b(?:(?!\bthat\b).)*\babout\b"
    r"|reports from\b(?:(?!\b(?:that|said|says)\b).)*$"
    r"|(?:reports (?:on|what|how)|discusses|describes|explains|examines|looks at|has the latest)\b"
    r"(?:(?!\b(?:that|said|says|as)\b).)*$))"
)
_CLIP_MAX_WORDS = 30  # a caption is short; a longer sentence may be article text glued to it
_QUOTATION_MARKS = ('"', "“", "”")
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?:[^\"“”.!?]|[.!?](?!\s)){1,400}?\bcontributed (?:reporting )?to this"
    r" (?:report|story|article)\b\.?\s*$"
)


def rewrite_sentences(
    paragraphs: list[list[str]], rule: Callable[[str], tuple[str, list[Removal]]]
) -> tuple[list[list[str]], list[Removal]]:
    """Every sentence through ``rule``, which returns what it keeps of the sentence (empty: the sentence goes) and
    what it took out; a paragraph left with no sentence goes too."""
    kept_paragraphs: list[list[str]] = []
    removed: list[Removal] = []
    for sentences in paragraphs:
        kept = []
        for sentence in sentences:
            rest, taken = rule(sentence)
            removed += taken
            if rest:
                kept.append(rest)
        if kept:
            kept_paragraphs.append(kept)
    return kept_paragraphs, removed


def _sentence_furniture(sentence: str) -> tuple[str, list[Removal]]:
    if is_page_stamp(sentence):  # cut off the head and the lead it stood between (``stamps``)
        return "", [Removal("page_stamp", sentence)]
    lower = sentence.lower()
    if (
        any(word in lower for word in _PLAYER_WORDS)
        and _PLAYER_NOTICE.search(sentence)
        and len(sentence.split()) <= _NOTICE_MAX_WORDS
    ):
        return "", [Removal("player_notice", sentence)]
    if (
        _CLIP_CAPTION.search(sentence)
        and len(sentence.split()) <= _CLIP_MAX_WORDS
        and not any(mark in sentence for mark in _QUOTATION_MARKS)
    ):
        return "", [Removal("clip_caption", sentence)]
    if "contributed" in sentence and (credit := _CREDIT.search(sentence)):
        return sentence[: credit.start()].rstrip(), [Removal("contributor_credit", credit.group().strip())]
    return sentence, []


def drop_sentence_furniture(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[Removal]]:
    """Sentences of a player's notice, clip captions and page stamps out, and a closing credit cut off the sentence
    it ends (the rest is kept)."""
    return rewrite_sentences(paragraphs, _sentence_furniture)
