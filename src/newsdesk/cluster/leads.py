"""What of a page's opening an editor would print as a headline (``cluster.title.on-story.v3``).

Read on the story lists (``newsdesk stories``) of Timeline17 dev SyrianCrisis_reuters, H1N1_bbc and LibyaWar_reuters
(147 stories, most of them one page), the titles an editor would not print were, by kind:

- **a wire stamp before the lead** ("Wed May 25, 2011 10:57 am BST Brewin Dolphin has unveiled …", "KATHMANDU | Fri
  Jun 24, 2011 10:17 am BST KATHMANDU (Reuters Life!) -", "(Adds further source, birthplace, comment) ALGIERS, Aug 30
  (Reuters - Muammar Gaddafi became a grandfather …"): ``cut_stamp`` cuts the stamp, an editor's note and the
  dateline; a sentence that is nothing else is no lead;
- **a column's disclaimer or a byline** ("The opinions expressed are his own.", "The author is a Reuters
  Breakingviews columnist.", "The byline has been withheld to protect the writer …", "Technology Reporter, BBC News,
  Silicon Valley …"): furniture of the page, skipped like a template (``is_furniture``);
- **no headline** in a one- or two-page story, which v2 titled by its first sentence whatever it was: a question ("The
  new flat-rate State Pension - how will you be affected?", "Got 48 hours to explore … Cambridge, England?"), a
  shouted crosshead ("EDGAR HERNANDEZ - FIRST CONFIRMED CASE"), a quotation alone ("\\"Hey, let's be careful out
  there!\\""), a ticker's broken end ("Miner Lonmin LMIJ." / "L) said on Friday …"): ``is_headline_like``;
- **a page not in English** (H1N1_bbc's six Vietnamese BBC pages, garbled to ASCII, were a story of their own):
  ``not_english``, an English function-word share under ``MIN_ENGLISH`` of its lower-case words.
"""

from __future__ import annotations

import re

from newsdesk.align.units import is_question, is_reader_address
from newsdesk.clean.metadata import MONTH

# A headline says who did what: four words at least ("Photograph: Reuters" is a caption).
MIN_WORDS = 4

_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}"
_ZONE = r"(?:GMT|BST|UTC|EST|EDT|CET|ET)"
_NUMBER = r"(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)"
_STAMP_WORD = rf"(?:{_DAY}|{MONTH}|{_CLOCK}|{_NUMBER}|[ap]\.?m\.?|{_ZONE}|Last updated(?: at)?|Updated)"
# a city and a bar ("KATHMANDU | "), then three stamp words or more, one of them a clock time or a year
_STAMP = re.compile(rf"^(?:[A-Z][A-Z .'-]{{1,30}}\|\s*)?(?:{_STAMP_WORD}(?!\w)[\s,|-]*){{3,}}")
_DATED = re.compile(rf"{_CLOCK}|\b\d{{4}}\b")
# a wire editor's note: "(Adds further source, birthplace, comment)", "(Updates with …)"
_NOTE = re.compile(r"^\((?:Adds|Updates|Corrects|Recasts|Repeats|Changes|Fixes|Refiles)\b[^)]*\)\s*")
# the dateline a stamp or a note leaves: "NEW DELHI (AlertNet) - ", "ALGIERS, Aug 30 (Reuters - " (its bracket unclosed)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,30}}(?:,\s*{MONTH}\s+\d{{1,2}})?\s*\([A-Za-z .!]{{2,30}}\)?[\"”]?\s*[-–—]+\s*"
)

_DISCLAIMER = re.compile(
    r"^(?:The\s+)?(?:views|opinions)\s+expressed\b|^The\s+(?:author|writer|byline)\b"
    r"|^(?:Reporting|Writing|Editing|Additional reporting)\s+by\b",
    re.IGNORECASE,
)
# "Technology Reporter, BBC News, Silicon Valley 20,000 plus …": a writer's job and outlet, glued to the lead
_BYLINE = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}(?:Reporter|Correspondent|Editor|Writer|Analyst)s?\s*,")
# A pull quote: a name, a colon and the quotation ("Kofi Annan: \"We discussed the need to end the violence\"").
PULL_QUOTE = re.compile(r"^[^\"“:]{1,80}:\s*[\"“]")
_OPENING_QUOTES = "\"“'‘"
# the reader addressed outside quotes: a promo ("Paul Lewis takes your calls."), not news
_YOU = re.compile(r"\b(?:you|your|You|Your)\b")
# a quotation, or one opened and not closed in the sentence (it goes on into the next: "\"The guys … screaming, 'Tell me
# what you want me to say!")
_QUOTED = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")

# English function words: on the 843 dev pages above, English text has 18% or more of its words among them (a
# football line-up's names aside), the six Vietnamese pages 2–4%; the threshold sits between, and only a page with
# ``MIN_LOWER`` lower-case words is judged (a line-up or a short caption says too little).
_FUNCTION_WORDS = "the of and to a in is that for on was with as by at it from he said his are be have has an not this"
_ENGLISH = frozenset(f"{_FUNCTION_WORDS} but they were which their its will who had been or".split(" "))
MIN_ENGLISH = 0.1
MIN_LOWER = 20
_WORD = re.compile(r"[^\W\d_]+")


def cut_stamp(text: str) -> str:
    """``text`` without a leading wire stamp (date and clock time), editor's note and the dateline after them."""
    stamp = _STAMP.match(text)
    if stamp and _DATED.search(stamp.group()):
        text = text[stamp.end() :]
    elif note := _NOTE.match(text):
        text = text[note.end() :]
    else:
        return text
    return _DATELINE.sub("", text, count=1).strip()


def is_furniture(text: str) -> bool:
    """A column's disclaimer, a byline, or a stamp with nothing after it: the page's furniture, not its news."""
    return bool(_DISCLAIMER.match(text) or _BYLINE.match(text)) or not cut_stamp(text).strip()


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 0 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _quoted_alone(text: str) -> bool:
    """A quotation with no one said to say it ("\\"Hey, let's be careful out there!\\"")."""
    inner = text.strip()[1:-1]
    return text[:1] in '"“' and text.rstrip()[-1:] in '"”' and not re.search('["“”]', inner)


def is_headline_like(text: str) -> bool:
    """A statement an editor could print as a headline: four words or more, opening with a capital or a digit (after a
    quotation mark only; not a ticker's broken end "L) said …"), neither a question, a call to the reader, a pull
    quote, a quotation alone, a line that addresses the reader ("you"), nor shouted."""
    first = text.lstrip(_OPENING_QUOTES)[:1]
    words = text.split()
    return (
        len(words) >= MIN_WORDS
        and (first.isupper() or first.isdigit())
        and not words[0].endswith(")")
        and not PULL_QUOTE.match(text)
        and not is_question(text)
        and not is_reader_address(text)
        and not _YOU.search(_QUOTED.sub(" ", text))
        and not _quoted_alone(text)
        and not _shouted(text)
    )


def english_share(text: str) -> float | None:
    """The share of ``text``'s lower-case words that are English function words; None under ``MIN_LOWER`` of them."""
    lower = [w for w in _WORD.findall(text) if w[0].islower()]
    if len(lower) < MIN_LOWER:
        return None
    return sum(w in _ENGLISH for w in lower) / len(lower)


def not_english(text: str) -> bool:
    """Enough lower-case words to judge, and too few of them English function words."""
    share = english_share(text)
    return share is not None and share < MIN_ENGLISH
