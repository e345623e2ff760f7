"""A page's own time stamp, printed between its headline (or standfirst, or a caption) and its lead.

Flattened to text with no line breaks, a page runs its headline, its stamp and its lead into one sentence: "Clerical
worker at Falkirk Royal hospital tests positive as number of confirmed UK cases reaches 13 Friday 1 May 2009 15.49 BST
Graeme Pacitti, the first person in Britain to catch swine flu, …" (the Guardian), "Syria crisis: Ex-PM Riad Hijab
says regime is collapsing 14 August 2012 Last updated at 10:46 GMT Help Former Syrian PM Riad Hijab, …" (a BBC video
page; "Help" is the player's link), "Sources: U.S. mission in Benghazi attacked to avenge al Qaeda updated: Wed Jun 06
2012 23:03:00 The United States diplomatic office …" (CNN). The stamp is no text of the article: a brief cited it as
part of a fact, a timeline read the lead's "on Friday" in the stamp's sentence, and a headline ending on a number
("reaches 13") hid the cut. ``split_stamps`` cuts a stamp out as a piece of its own, so the text before it and the lead
after it are sentences of their own, and ``is_page_stamp`` tells ``boilerplate`` which sentence to drop.

The shapes are exact: a weekday, a date, a clock time with a dot and a British zone (the Guardian), a date then "Last
updated at" and a clock time, or "Page last updated at", a time, a weekday and a date (the BBC), "updated:" and a
JavaScript date (CNN). Running text writes no such string (Timeline17 dev: 29 Guardian and 24 BBC stamps, every one
opening a page, between a head and a lead, or closing a head; CNN's 108 are all on topic pages ``boilerplate`` rejects
as listings; ECB+ dev: 3 Guardian stamps, each a sentence of its own; DUC 2004, PolNeAR and TempEval-3 dev, the seeds
and the extraction pages: none).
"""

from __future__ import annotations

import re

from .metadata import MONTH

# CNN's stamp; three or more on a page make it a listing of teasers (``boilerplate.listing_teasers``).
CNN_STAMP = re.compile(
    r"\bupdated: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2}\b", re.IGNORECASE
)
_WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PAGE_STAMP = re.compile(
    rf"\b(?:{_WEEKDAY} \d{{1,2}} {MONTH} \d{{4}} \d{{2}}\.\d{{2}} (?:BST|GMT)"
    rf"|\d{{1,2}} {MONTH} \d{{4}} Last updated at \d{{2}}:\d{{2}}(?: (?:GMT|BST))?(?: Help)?"
    rf"|Page last updated at \d{{2}}:\d{{2}} (?:GMT|BST), {_WEEKDAY}, \d{{1,2}} {MONTH} \d{{4}}"
    r"(?: \d{2}:\d{2} UK)?)(?!\S)"
    rf"|(?i:{CNN_STAMP.pattern})"
)

# Every stamp holds one of these: the regex runs only on the sentences that do.
_STAMP_MARKS = ("BST", "GMT", "pdated", "PDATED")


def split_stamps(sentence: str) -> list[str]:
    """``sentence`` cut before and after each page stamp in it, the stamp a piece of its own; ``[sentence]`` when
    it holds none. Joining the pieces with single spaces gives the sentence back up to white space."""
    if not any(mark in sentence for mark in _STAMP_MARKS):
        return [sentence]
    pieces, start = [], 0
    for match in _PAGE_STAMP.finditer(sentence):
        pieces += [sentence[start : match.start()], match.group()]
        start = match.end()
    pieces.append(sentence[start:])
    return [p.strip() for p in pieces if p.strip()]


def is_page_stamp(sentence: str) -> bool:
    """Whether the whole of ``sentence`` is a page stamp (``split_stamps`` made it a piece of its own)."""
    return _PAGE_STAMP.fullmatch(sentence.strip()) is not None
