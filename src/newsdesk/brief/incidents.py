"""One figure claim per incident (``brief.figure-variants.v9``; v10 reads ``event_days``): which telling of a value a
claim of the brief's Figures list may cite.

``figures.story_figures`` makes two tellings of one value one claim when one aligned fact cites both; up to v8 it did
so whatever days they were about, and the largest wrong kind of session 24's read of the Figures section (7 of 12
wrong entries, Timeline17 SyrianCrisis_bbc and EgyptianProtest_cnn) was incidents merged: "nearly 30 — people killed"
cited killings of August 2011 and of January, June and August 2012.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from newsdesk.align.fact_dates import _figure_verb, _perfect, _simple_past, figure_token
from newsdesk.cluster.events import EventParams
from newsdesk.model import Article, Citation, Figure

if TYPE_CHECKING:
    from spacy.tokens import Token

# Tellings of days this close are one incident retold, as ``cluster.events`` puts an article into an event of days
# this close ("a happening is reported within days"): "At least eight people were killed and more than 800 were injured
# in Wednesday's confrontations" (3 February) / "At least eight people were killed and 836 injured" (4 February).
REPORTED_WITHIN = EventParams().max_gap_days


def _had(verb: Token) -> bool:
    """A past perfect: "had been killed", "had killed … and wounded" (the conjunct it shares "had" with)."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.i != verb.i and _had(verb.head)


def _governing(verb: Token) -> Token | None:
    """v10: the verb whose tense a participle without an auxiliary of its own takes: the clause it adjoins ("A bomb
    exploded …, killing 20", "has killed 40, wounding 12"), or the clause of the noun it modifies ("Two people killed
    in the attack were buried"); the verb itself otherwise."""
    if verb.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return verb
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        return _figure_verb(verb.head)
    return verb


class Incidents:
    """v9: which claim a telling may join. Two tellings of one value about two days (``figures.about``) are two
    incidents when each tells an incident in the simple past, or one does and the other a count up to its report (a
    perfect): the rule by which ``align.conflicts`` compares such figures only within one day
    (``conflict_rules.Rules.past_events``, ``perfect_and_past``; ``fact_dates.past_event``). "nearly 30 more people
    were killed" (9 August 2011) and "at least 30 people were killed when warplanes attacked the town of Azaz" (15
    August 2012) are two claims; two perfects ("more than 2,200 people have been killed", told on 26 August and on 2
    September) are one running count retold, and so is a toll told on a later page with no verb of its own. Sentences
    that share a run of ``figures.COPIED_RUN`` words are one telling copied, whatever their days: a background box
    reprinted on the pages of several days is one claim. A telling joins a claim when it is one incident with any of
    the claim's tellings."""

    def __init__(
        self,
        articles: Sequence[Article],
        day: Callable[[Figure | Citation, Figure], date | None],
        runs: Callable[[str], set[str]],
        events: Callable[[Figure], frozenset[date]] | None = None,
    ) -> None:
        self._articles = {a.id: a for a in articles}
        self._day = day
        self._runs_in = runs
        self._events = events
        self._tellings: dict[int, list[Figure]] = {}
        self._runs: dict[int, set[str]] = {}
        self._dated: dict[Figure, date | None] = {}
        self._tense: dict[Figure, tuple[bool, bool]] = {}

    def _runs_of(self, figure: Figure) -> set[str]:
        article = self._articles.get(figure.article)
        sentences = article.sentences if article else ()
        return self._runs_in(sentences[figure.sentence].text) if figure.sentence < len(sentences) else set()

    def _day_of(self, figure: Figure) -> date | None:
        if figure not in self._dated:
            self._dated[figure] = self._day(figure, figure)
        return self._dated[figure]

    def tense(self, figure: Figure) -> tuple[bool, bool]:
        """(an incident told in the simple past, a count told in the perfect), read from the sentence's parse only
        for tellings whose days differ. v10 (``events``): a participle takes the tense of the clause it adjoins
        (``_governing``), and a past perfect of a day its sentence names ("shellfire had killed at least 12 people in
        Aleppo on Wednesday") is that day's incident, not a count up to the paper. A past perfect of no day stays a
        perfect, as in v9: read as neither, it merged two places' distances and two rescues' days on the development
        read (Timeline17 LibyaWar_reuters "25 km (15 miles)" of March and August, haiti_bbc "three days"), for one
        bombing retold ("NATO said last month it had bombed three … dishes") it kept together."""
        if figure not in self._tense:
            article = self._articles.get(figure.article)
            token = figure_token(figure, article) if article else None
            verb = _figure_verb(token) if token is not None else None
            if verb is not None and self._events is not None:
                verb = _governing(verb)
            past, perfect = (_simple_past(verb), _perfect(verb)) if verb is not None else (False, False)
            had = perfect and self._events is not None and verb is not None and _had(verb)
            if had and article and self._day_of(figure) not in {None, article.published}:
                past, perfect = True, False
            self._tense[figure] = (past, perfect)
        return self._tense[figure]

    def _apart(self, a: Figure, b: Figure) -> bool:
        day_a, day_b = self._day_of(a), self._day_of(b)
        if day_a is None or day_b is None or abs((day_a - day_b).days) <= REPORTED_WITHIN:
            return False
        (past_a, perfect_a), (past_b, perfect_b) = self.tense(a), self.tense(b)
        if not ((past_a and past_b) or (past_a and perfect_b) or (perfect_a and past_b)):
            return False
        if self._events is None:
            return True
        # v10: the day a sentence names for the event itself ("died in the 12 January earthquake") is a day of its
        # telling's incident too: tellings with days within ``REPORTED_WITHIN`` of each other's are one incident
        days_a, days_b = {day_a, *self._events(a)}, {day_b, *self._events(b)}
        return all(abs((x - y).days) > REPORTED_WITHIN for x in days_a for y in days_b)

    def together(self, claim: int, figure: Figure) -> bool:
        """Whether ``figure`` tells the claim ``claim`` (an index of the claims kept so far) of the same incident."""
        if any(not self._apart(figure, t) for t in self._tellings[claim]):
            return True
        return bool(self._runs_of(figure) & self._runs[claim])

    def add(self, claim: int, figure: Figure) -> None:
        """``figure`` is a telling ``claim`` cites."""
        self._tellings.setdefault(claim, []).append(figure)
        self._runs.setdefault(claim, set()).update(self._runs_of(figure))
