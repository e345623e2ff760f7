"""Anchoring: turning a relative expression into a calendar value, given the article's published date.

News follows a simple convention (Strötgen & Gertz 2010; also the TimeBank annotation guidelines): a bare
weekday or month is the nearest one *before* the published date when the sentence reports something that
happened, and the nearest one *after* it when the sentence looks forward ("will", "is due to", "next").
The tense is read from a few marker words around the expression, not from a parser, to stay fast.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# Tense markers, read from the expression backwards to the start of its sentence (nearest wins), then forwards.
_FUTURE_WORDS = {"will", "won't", "'ll", "shall", "would", "scheduled", "slated", "upcoming", "next", "coming"}
_FUTURE_WORDS |= {"tomorrow", "planning", "effective"}
# Present tense of a scheduled event: "talks resume Tuesday", "the vote is on Monday".
_SCHEDULE = {"is", "are", "am", "starts", "begins", "opens", "arrives", "meets", "resumes", "ends", "closes"}
_SCHEDULE |= {"visits", "leaves", "travels", "heads", "returns", "hosts"}
# The plural present of a few verbs that are seldom nouns: "He and Palestinian leader Yasser Arafat meet separately
# Monday with US Secretary of State Madeleine Albright" (TempEval-3, Friday 1 May 1998: gold 4 May). After "to", "did"
# or "not" the form is an infinitive and tells nothing.
_PLURAL_SCHEDULE = {"meet", "begin", "resume", "arrive", "convene"}
_NOT_PLURAL = {"to", "did", "didn't", "not", "never", "would", "could", "should", "might", "must", "can", "may"}
# "was supposed to" (unlike "is supposed to", "was due to") tells of a plan that did not happen as planned: "a
# ceasefire which was supposed to come into effect on 12 April never took hold" (BBC, 2012: this year's April).
_FUTURE_PHRASES = re.compile(
    r"\b(?:is|are) supposed to\b|\b(?:is|are|was|were) (?:due |set |expected |scheduled |slated )?to\b"
    r"|\b(?:going|plan(?:s|ned)?|"
    r"planning|intends?|hopes?|aims?|expects?|expected|due|set|ready|promised|vowed) to\b|\bas (?:soon|early) as\b"
    r"|\bto be held\b",
    re.IGNORECASE,
)
_PAST_WORDS = {"was", "were", "had", "did", "said", "told", "ago", "last", "earlier", "yesterday", "came", "went"}
_PAST_WORDS |= {"since", "has", "have", "says", "say"}  # "since November" counts from a past date
_PAST_WORDS |= {"met", "began", "left", "took", "gave", "made", "held", "became", "fell", "rose", "won", "lost"}
_PAST_WORDS |= {"brought", "bought", "sold", "paid", "sent", "struck", "spoke", "wrote", "chose", "drew", "grew"}
_BE = {"be", "been", "being", "is", "are", "was", "were", "to", "has", "have", "had", "get", "got"}
_NOT_PAST = {"need", "indeed", "speed", "feed", "seed", "proceed", "succeed", "exceed", "united", "red", "bed"}
_DETERMINERS = {"a", "an", "the", "still", "its", "his", "her", "their", "our", "this", "newly", "so-called"}
_AUXILIARY_PAST = {"was", "were", "had", "did", "ago", "last", "earlier", "yesterday"}
# "will have" is a future perfect or a plan, not a past: "And they will have a huge demonstration today, on Wednesday,
# on Friday" (CNN, Sunday 6 February 2011) was read from "have" as the Wednesday and Friday before (v11). After "would",
# "could", "should" a "have" is a past that did not happen ("could not have done that the previous day") and stays one.
_WILL = {"will", "shall", "won't", "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll"}
_WORD = re.compile(r"[A-Za-z']+")


# A sentence ends at . ! ? followed by space and a capital (so "U.S." or "N.J.," inside a sentence do not end it).
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


# A period after these (or after an initial, "Daniel P. Davison") does not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "jr", "sr", "no"}
_ABBREVIATIONS |= {"vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "corp", "co", "inc", "ltd", "u.s"}


def _abbreviation(text: str, period: int) -> bool:
    """True when the . at ``period`` closes an abbreviation or an initial rather than a sentence."""
    if text[period] != ".":
        return False
    word_start = period
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period].lower()
    return len(word) == 1 or word in _ABBREVIATIONS


def sentence_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the expression's sentence before and after it (cheap boundary search, no parser)."""
    left = max(0, start - 250)
    # endpos one past start: the boundary's look-ahead must see the expression's own first character.
    for boundary in _END.finditer(text, left, min(len(text), start + 1)):
        if not _abbreviation(text, boundary.start()):
            left = max(left, min(boundary.end(), start))
    right = min(len(text), end + 250)
    for boundary in _END.finditer(text, end, right):
        if not _abbreviation(text, boundary.start()):
            right = boundary.start()
            break
    return text[left:start], text[end:right]


def _marker(words: list[str], i: int) -> bool | None:
    """The tense a word signals: True future, False past, None for no signal."""
    word = words[i]
    lower = word.lower()
    if lower in _SCHEDULE:
        return True
    if lower in _PLURAL_SCHEDULE and word.islower() and i > 0 and words[i - 1].lower() not in _NOT_PLURAL:
        return True
    if lower == "next" and i + 1 < len(words) and words[i + 1].lower() == "to":
        return None  # "next to the embassy" is a place
    if lower in _FUTURE_WORDS:
        return True
    # -ed words count when lower case, or capitalized only as the first word ("Rescued on Nov. 25").
    shape = word.islower() or (i == 0 and word[1:].islower())
    simple_past = lower in _PAST_WORDS or (word.endswith("ed") and shape and len(word) > 4 and lower not in _NOT_PAST)
    if not simple_past:
        return None
    # A participle after "be/has/to" is not a simple past ("will be held", "is expected"), nor is an adjective
    # after a determiner ("a still unspecified date").
    if lower not in _AUXILIARY_PAST and i > 0 and words[i - 1].lower() in _BE | _DETERMINERS | _WILL:
        return None
    if lower not in _AUXILIARY_PAST and i > 1 and words[i - 1].lower() == "not" and words[i - 2].lower() in _WILL:
        return None  # "will not have"
    return False


def tense(text: str, start: int, end: int) -> bool:
    """True when the clause around the expression looks forward, False when it reports (also the default when
    no marker is found: news reports what happened)."""
    before, after = sentence_window(text, start, end)
    phrases = list(_FUTURE_PHRASES.finditer(before))
    phrase = phrases[-1] if phrases else None
    words = _WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        marker = _marker(words, i)
        if marker is not None:
            if marker is False and phrase is not None and before.rfind(words[i]) <= phrase.start():
                return True
            return marker
    if phrase is not None:
        return True
    # After the expression the nearest marker wins ("Clinton Thursday condemned ...").
    future_after = _FUTURE_PHRASES.search(after)
    limit = future_after.start() if future_after else len(after)
    words = _WORD.findall(after[:limit])
    for i in range(len(words)):
        marker = _marker(words, i)
        if marker is not None:
            return marker
    return future_after is not None


def nearest_marker(text: str, start: int, end: int) -> str | None:
    """The tense marker ``tense`` reads first (lower case): the nearest before the expression in its sentence, else
    the nearest after it; None when the sentence has none."""
    before, after = sentence_window(text, start, end)
    words = _WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if _marker(words, i) is not None:
            return words[i].lower()
    words = _WORD.findall(after)
    return next((words[i].lower() for i in range(len(words)) if _marker(words, i) is not None), None)


def looks_future(text: str, start: int, end: int) -> bool:
    """News default: an expression is read as past unless its clause looks forward."""
    return tense(text, start, end)


def shift_months(day: date, months: int) -> date:
    """Same day-of-month ``months`` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def weekday_date(anchor: date, weekday: int, future: bool) -> date:
    """The weekday (1 = Monday) nearest the anchor on the given side; the anchor's own day counts as itself."""
    current = anchor.isoweekday()
    if future:
        return anchor + timedelta(days=(weekday - current) % 7)
    return anchor - timedelta(days=(current - weekday) % 7)


def bare_weekday(anchor: date, weekday: int, future: bool) -> date:
    """A weekday without "last"/"next": on the side the tense says, except that the weekday of the day after
    (before) the anchor is that day, not six days back (ahead). News names a day a week away as "last Monday"
    or with its date, while a page is dated in its publisher's time zone and live pages run past midnight: a
    Cairo "early Monday" is in a page dated Sunday in New York (Timeline17 dev: 459 weekdays read six days back
    against 153 five days back; 23 of 25 sampled meant the next day)."""
    day = weekday_date(anchor, weekday, future)
    if abs((day - anchor).days) == 6:
        return anchor + timedelta(days=1 if day < anchor else -1)
    return day


def month_year(anchor: date, month: int, future: bool | None) -> int:
    """The year of a bare month name: this year, unless tense says the nearest one lies across New Year."""
    if future and month < anchor.month - 1:
        return anchor.year + 1
    if future is False and month > anchor.month + 1:
        return anchor.year - 1
    return anchor.year


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift(anchor: date, unit: str, amount: int) -> str | None:
    """The anchor moved by ``amount`` units, written at that unit's granularity (TIMEX3 value)."""
    if unit == "D":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "WE":
        return iso_week(anchor + timedelta(weeks=amount)) + "-WE"
    if unit == "M":
        moved = shift_months(anchor, amount)
        return f"{moved.year}-{moved.month:02d}"
    if unit == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + amount
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "10Y":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "100Y":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    if unit in SEASON_CODES:
        return f"{anchor.year + amount:04d}-{unit}"
    return None


SEASON_CODES = {"SP", "SU", "FA", "WI"}


def valid_date(year: int, month: int, day: int) -> bool:
    """False for impossible dates like February 30 (they are tagged, but marked unresolvable)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year > 0 else 2000, month)[1]
