"""The day of the event a telling names (``brief.figure-variants.v10``): "in the 12 January earthquake", "Tuesday's
attack", "the quake on 12 January", "since the uprising began on 15 March".

A day that modifies a noun ("Tuesday's earthquake", v6) or post-modifies the event a count is put down to ("died in
the disaster, which struck last Tuesday", v8, ``post_modifiers``) is not the day a toll is of — the toll is its
report's — but it is the day of the incident the toll counts. v9 (``incidents``) split two tellings of one value told
in the simple past more than 3 days apart; one incident retold weeks later was split with it: "As many as 200,000
people died in the 12 January earthquake" (29 January) and "… were killed … by the quake on 12 January" (about 12
January) on two lines (session 25's read of Timeline17 haiti_bbc, 4 of its 7 wrong splits). The day a sentence gives
the event itself ties its telling to that day's incident whatever the page's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article, Figure, Sentence, Timex
from newsdesk.timeline.dates import day_of

from . import post_modifiers as post

# v6: a day modifying a noun: a possessive ("Tuesday's earthquake") or a date between "the" and a content word in
# lower case ("the 12 January earthquake"; not "the last Sunday in January").
_POSSESSIVE = re.compile(r"['’]s\b")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)")
# The day a count runs from: "since 15 March", "since the uprising began on 15 March" (no clause break between).
_SINCE = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)
_SINCE_WINDOW = 60


def modifies_a_noun(text: str, timex: Timex) -> bool:
    """Whether the day ``timex`` names in ``text`` modifies the noun after it ("Tuesday's earthquake", "the 12
    January earthquake") rather than dating its clause ("killed on Tuesday")."""
    if _POSSESSIVE.match(text, timex.end):
        return True
    noun = _NOUN_AFTER.match(text, timex.end)
    return bool(_THE.search(text[max(0, timex.start - 5) : timex.start]) and noun and noun[1] not in ENGLISH_STOP_WORDS)


def event_days(
    text: str, sentences: Sequence[Sentence], timexes: Sequence[Timex], published: date | None
) -> frozenset[date]:
    """The days a sentence (its ``timexes``, of an article's ``text`` and ``sentences``) names for an event: a day
    modifying a noun, a day post-modifying the event a count is put down to, or the day a count runs from ("since");
    one calendar day each, none after the article was published."""
    days = set()
    for timex in timexes:
        day = day_of(timex.value) if timex.type == "DATE" else None
        if day is None or (published is not None and day > published):
            continue
        since = _SINCE.search(text, max(0, timex.start - _SINCE_WINDOW), timex.start)
        if since or modifies_a_noun(text, timex) or post.noun_phrase(text, sentences, timex) is not None:
            days.add(day)
    return frozenset(days)


def event_dater(
    articles: Sequence[Article], timexes: Mapping[str, Sequence[Timex]]
) -> Callable[[Figure], frozenset[date]]:
    """``event_days`` of a telling's sentence over one story's articles and time expressions (by article id), each
    sentence read once, and only when asked: a sentence after its noun's day is parsed."""
    by_id = {a.id: a for a in articles}
    by_sentence: dict[tuple[str, int], list[Timex]] = {}
    for article, found in timexes.items():
        for timex in found:
            by_sentence.setdefault((article, timex.sentence), []).append(timex)
    known: dict[tuple[str, int], frozenset[date]] = {}

    def days(figure: Figure) -> frozenset[date]:
        key = (figure.article, figure.sentence)
        if key not in known:
            article = by_id.get(figure.article)
            found = by_sentence.get(key, ())
            known[key] = (
                event_days(article.text, article.sentences, found, article.published)
                if article and found
                else frozenset()
            )
        return known[key]

    return days
