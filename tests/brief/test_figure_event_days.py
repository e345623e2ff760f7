"""brief.figure-variants.v10 on Timeline17 pages: the day a sentence names for the event itself ties its telling to
that day's incident whatever the page's date; a participle takes the tense of the clause it adjoins, and a past perfect
of a day its sentence names is that day's incident."""

from __future__ import annotations

from datetime import date

from newsdesk.brief.event_days import event_dater
from newsdesk.brief.figures import _dater, _runs
from newsdesk.brief.incidents import Incidents
from newsdesk.model import Annotations, Article, Figure, Timex
from tests.brief.test_figure_incidents import _listed, _load, _telling

HAITI = "haiti_bbc"
# 115: 19 Jan 2010, "It is thought up to 200,000 people might have died in the disaster, which struck last Tuesday.";
# 124: 28 Jan, "As many as 200,000 people died in the 12 January earthquake in Haiti."
HAITI_PAGES = ("115", "124")


def _incidents(articles: list[Article], annotations: dict[str, Annotations], v10: bool = True) -> Incidents:
    timexes: dict[str, tuple[Timex, ...]] = {a.id: annotations[a.id].timexes for a in articles}
    events = event_dater(articles, timexes) if v10 else None
    return Incidents(articles, _dater(articles, timexes), _runs, events)


def test_a_toll_retold_weeks_later_naming_the_quakes_day_is_one_claim() -> None:
    articles, annotations = _load(HAITI, HAITI_PAGES)
    both = [articles["115"], articles["124"]]
    tellings = [
        _telling(articles["115"], annotations[articles["115"].id], 200_000, "which struck last Tuesday"),
        _telling(articles["124"], annotations[articles["124"].id], 200_000, "the 12 January earthquake"),
    ]
    days = event_dater(both, {a.id: annotations[a.id].timexes for a in both})
    assert [days(t) for t in tellings] == [frozenset({date(2010, 1, 12)})] * 2  # the quake's day, named both times
    (v10,) = _listed(both, annotations, tellings)
    assert v10.day == "2010-01-19" and len(v10.variants) == 1
    v9 = _listed(both, annotations, tellings, event_days=False)  # 9 days apart, past and perfect: two claims
    assert [f.variants for f in v9] == [(), ()]


def _only(annotations: Annotations, value: float) -> Figure:
    (figure,) = [f for f in annotations.figures if f.value == value]
    return figure


def test_a_participle_takes_its_clauses_tense() -> None:
    # LibyaWar_cnn 139 (25 May 2011): "A barrage of at least 18 rockets struck Tripoli Tuesday, killing 19 people and
    # wounding another 150 …": an incident told in the simple past (v9: neither past nor perfect)
    articles, annotations = _load("LibyaWar_cnn", ("139",))
    page = [articles["139"]]
    killed = _only(annotations[page[0].id], 19)
    assert _incidents(page, annotations).tense(killed) == (True, False)
    assert _incidents(page, annotations, v10=False).tense(killed) == (False, False)


def test_a_past_perfect_of_a_named_day_is_that_days_incident() -> None:
    # SyrianCrisis_reuters 211 (18 May 2011): "… eight soldiers had been killed on Tuesday in Tel Kelakh …": Tuesday's
    # killing, not a count up to the paper (v9: a perfect)
    articles, annotations = _load("SyrianCrisis_reuters", ("211",))
    page = [articles["211"]]
    soldiers = _only(annotations[page[0].id], 8)
    assert _incidents(page, annotations).tense(soldiers) == (True, False)
    assert _incidents(page, annotations, v10=False).tense(soldiers) == (False, True)
