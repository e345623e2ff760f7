"""Page furniture that reads like a sentence: a live page's desk notes, a service line's phone number, a data
vendor's legal notice. None states a fact of the story, yet each is printed on many pages of a story (a live blog's
updates, every page carrying the government's helpline, every CNN page under its market-data footer), so a brief
found it "across sources": "Daniel Nasaw in Washington, taking over." (4 sources, H1N1_guardian), "call 08001513513"
(4 sources), "Morningstar: 2013 Morningstar, Inc.. Disclaimer The Dow Jones IndexesSM are proprietary to …". The
page keeps them; a brief withholds them like calls to the reader (``align.units.states_nothing``).
"""

from __future__ import annotations

import re

_QUOTES = "\"“”‘’'"

# A live blog's handover or sign-off, the writer speaking of their shift: "Daniel Nasaw in Washington, taking over.",
# "That's it from me, my Washington-based colleague, Daniel Nasaw, will be taking over the blog …", "Signing off for
# the next 23 hours and 50 minutes, this... is... Carl Azuz." A handover names its writer and their place only: a
# sentence of news that ends on "taking over" ("… the military council taking over.") has a verb before it.
_DESK_NOTE = re.compile(
    r"^(?:That['’]s|That is) (?:it|all) (?:from|for) (?:me|us)\b"
    r"|^Signing off\b"
    r"|\b(?:take|takes|taking|took) over (?:the|this) (?:live )?blog\b"
    r"|^(?:[A-Z][\w'’.-]* ){1,3}(?:here )?in (?:[A-Z][\w'’.-]* ?){1,3}, taking over[.!]?$"
)

# A phone number: ten digits or more in groups, opening with "0" (a UK number: "08001513513", "08454 24 24 24",
# "0370 60 60 900"), "+" and a country code, or "1-8xx-" (a North American toll-free one: "1-888-407-4747"). A clock
# time ("0800 GMT") and a short code ("61124") are too short; a figure ("1,000,000") is written with commas.
_PHONE = re.compile(r"(?<![\w.,£$€#/-])(?:\+\d|0\d|1-8\d\d-)[\d -]{6,}\d(?![\w,.]\d)")
_PHONE_DIGITS = 10


# What may follow a phone number that ends a line of its own: the capital or the opening quote of the next sentence,
# and at least this many words (a sentence, not a name: "… on 01534 445566 Jersey").
_NEXT_SENTENCE = re.compile(r"\s+(?=[\"“‘]?[A-Z])")
_MIN_REST_WORDS = 3


def _phones(text: str) -> list[re.Match[str]]:
    return [m for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS]


def has_phone_number(text: str) -> bool:
    return bool(_phones(text))


def split_phone_lines(sentence: str) -> list[str]:
    """``sentence`` cut after each phone number the text after it was glued to: an appeal's box flattened into the
    text runs its line into the next sentence ("… Donate via the DEC website or by telephoning 0370 60 60 900 | British
    Red Cross staff and volunteers have distributed …", haiti_bbc), and withholding the line (``is_desk_note``) would
    take the sentence with it. Joining the pieces with spaces gives ``sentence`` back up to white space."""
    pieces, start = [], 0
    for match in _phones(sentence):
        gap = _NEXT_SENTENCE.match(sentence, match.end())
        if gap and len(sentence[gap.end() :].split()) >= _MIN_REST_WORDS:
            pieces.append(sentence[start : match.end()])
            start = gap.end()
    pieces.append(sentence[start:])
    return [p.strip() for p in pieces if p.strip()]


# A data vendor's legal notice under a page's market data (CNN's footer: "Morningstar: 2013 Morningstar, Inc..
# Disclaimer The Dow Jones IndexesSM are proprietary to …", "Disclaimer LIBOR Warning: Neither BBA Enterprises
# Limited, … can be held liable for …", "… The market data is the property of Chicago Mercantile Exchange Inc. and its
# licensors.", "Thomson Reuters 2013 All rights reserved.").
_RIGHTS_NOTICE = re.compile(
    r"\bDisclaimer\b|\bAll rights reserved\b|\band its licensors\b|\bbe held liable for any\b|\bIndexesSM\b"
)


def is_desk_note(text: str) -> bool:
    """A live page's handover or sign-off ("Daniel Nasaw here in Washington, taking over."), a sentence giving a
    phone number (a helpline, an appeal's donation line), or a data vendor's legal notice: furniture, not news.
    Quoted words are a speaker's and are kept."""
    text = text.strip()
    if not text or text[0] in _QUOTES:
        return False
    return bool(_DESK_NOTE.search(text) or has_phone_number(text) or _RIGHTS_NOTICE.search(text))
