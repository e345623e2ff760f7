"""``align.facts.v21``: one report filed twice on one day (``Rules.same_day_reports``, ``align.refiled``) is an update
from the lower count to the higher, not a conflict. The sentences are Timeline17's (haiti_bbc, SyrianCrisis_bbc;
neither article names its outlet), the figures as ``extract`` recorded them on the stories read in session 24; v20
printed each pair as a conflict."""

from __future__ import annotations

from datetime import date

from newsdesk.align.conflict_rules import V20_RULES, V21_RULES, Rules
from newsdesk.align.facts import ALGORITHM, ALGORITHMS, V20, V21
from newsdesk.align.refiled import one_report
from newsdesk.model import Annotations, Article, Figure, Sentence

from .test_conflicts import _conflicts

# (figure text, value, unit, context, qualifier)
Fig = tuple[str, float, str | None, str | None, str | None]

PLEDGED_270 = (
    "On Friday, the UN said a total of about $270m (#165m) in international aid had been pledged so far for the relief "
    "effort.",
    ("about $270m", 270e6, "USD", None, "about"),
)
PLEDGED_310 = (
    "The UN said a total of about $310m (#190m) in international aid had been pledged so far for the relief effort.",
    ("about $310m", 310e6, "USD", None, "about"),
)


def _told(aid: str, text: str, published: date, figure: Fig, source: str | None = None):
    article = Article(aid, f"{aid}.txt", text, (Sentence(0, 0, len(text), text),), source=source, published=published)
    words, value, unit, context, qualifier = figure
    start = text.index(words)
    record = Figure(aid, 0, start, start + len(words), words, value, unit, qualifier, context)
    return article, Annotations(aid, figures=(record,))


def _flags(first: tuple, second: tuple, rules: Rules, sources: tuple[str | None, str | None] = (None, None)):
    (a, ann_a), (b, ann_b) = _told("a", *first, source=sources[0]), _told("b", *second, source=sources[1])
    return [f"{c['kind']} {c['description']}" for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, rules)]


def test_a_live_pages_two_versions_of_one_line_are_an_update():
    """haiti_bbc: the UN's pledges, "about $270m" and "about $310m", two versions of one line on 15 January."""
    day = date(2010, 1, 15)
    first, second = (PLEDGED_270[0], day, PLEDGED_270[1]), (PLEDGED_310[0], day, PLEDGED_310[1])
    assert _flags(first, second, V20_RULES) == ["conflict figure: “about $270m” (a.txt) vs “about $310m” (b.txt)"]
    assert _flags(first, second, V21_RULES) == [
        "update figure: “about $270m” (a.txt) was updated to “about $310m” (b.txt)"
    ]
    # the lower count first, whichever article comes first
    assert _flags(second, first, V21_RULES) == [
        "update figure: “about $270m” (b.txt) was updated to “about $310m” (a.txt)"
    ]


def test_one_sources_count_reworded_through_the_day_is_an_update():
    """SyrianCrisis_bbc, 19 July 2012: the Observatory's toll of Wednesday, "more than 150" and then "at least 214"
    (two floors, which v20 kept as a conflict); and 9 June 2011's line re-filed with a clause added."""
    day = date(2012, 7, 19)
    observatory_150 = (
        "The London-based Syrian Observatory for Human Rights said on Thursday that more than 150 people had died "
        "across the country on Wednesday, in one of the worst days of a 16-month revolt.", day,
        ("more than 150", 150, "people", "people died", "more than"),
    )  # fmt: skip
    observatory_214 = (
        "The Syrian Observatory for Human Rights said on Thursday that at least 214 people, including 124 civilians, "
        "had died across the country on Wednesday, in one of the bloodiest days of a 16-month revolt, AFP reports.",
        day, ("at least 214", 214, "people", "people died", "at least"),
    )  # fmt: skip
    assert _flags(observatory_150, observatory_214, V20_RULES) == [
        "conflict figure: “more than 150” (a.txt) vs “at least 214” (b.txt)"
    ]
    assert _flags(observatory_150, observatory_214, V21_RULES) == [
        "update figure: “more than 150” (a.txt) was updated to “at least 214” (b.txt)"
    ]
    june = date(2011, 6, 9)
    groups_1000 = (
        "Human rights groups say more than 1,000 people have been killed since protests began in February against the "
        "rule of President Bashar al-Assad.", june, ("more than 1,000", 1000, "people", "people killed", "more than"),
    )  # fmt: skip
    groups_1100 = (
        "Human rights groups say more than 1,100 people have been killed since protests began in February against the "
        "rule of President Bashar al-Assad, and it now appears several hundred security forces may also have died.",
        june, ("more than 1,100", 1100, "people", "people killed", "more than"),
    )  # fmt: skip
    assert _flags(groups_1000, groups_1100, V21_RULES) == [
        "update figure: “more than 1,000” (a.txt) was updated to “more than 1,100” (b.txt)"
    ]


def test_two_things_two_outlets_and_two_days_stay_as_they_were():
    """The rule's boundaries. haiti_bbc's two Facebook groups the same day (0.67 of the shorter sentence's words
    shared) stay a conflict; the pledges line under two named outlets stays a conflict; on two days, v20's reading."""
    day = date(2010, 1, 15)
    group = (
        'The Red Cross, CNN and the New York Times are compiling missing persons databases, but the Facebook group '
        '"Earthquake Haiti" has more than 160,000 members.', day,
        ("more than 160,000", 160000, "members", "members", "more than"),
    )  # fmt: skip
    gathered = ("The group has gathered more than 500,000 members.", day,
                ("more than 500,000", 500000, "members", "members gathered", "more than"))  # fmt: skip
    assert _flags(group, gathered, V21_RULES) == [
        "conflict figure: “more than 160,000” (a.txt) vs “more than 500,000” (b.txt)"
    ]
    first, second = (PLEDGED_270[0], day, PLEDGED_270[1]), (PLEDGED_310[0], day, PLEDGED_310[1])
    assert _flags(first, second, V21_RULES, ("BBC", "CNN")) == [
        "conflict figure: “about $270m” (BBC) vs “about $310m” (CNN)"
    ]
    assert _flags(first, second, V21_RULES, ("BBC", "bbc")) == [
        "update figure: “about $270m” (BBC) was updated to “about $310m” (bbc)"
    ]
    later = (PLEDGED_270[0], date(2010, 1, 16), PLEDGED_270[1])
    assert _flags(second, later, V21_RULES) == _flags(second, later, V20_RULES)


def test_one_report_reads_the_words_outside_the_figure():
    day = date(2010, 1, 15)
    (a, ann_a), (b, ann_b) = (
        _told("a", PLEDGED_270[0], day, PLEDGED_270[1]),
        _told("b", PLEDGED_310[0], day, PLEDGED_310[1]),
    )
    assert one_report(ann_a.figures[0], ann_b.figures[0], {"a": a, "b": b})
    (c, ann_c) = _told("c", PLEDGED_310[0], date(2010, 1, 16), PLEDGED_310[1])
    assert not one_report(ann_a.figures[0], ann_c.figures[0], {"a": a, "c": c})  # two days


def test_v21_is_kept_and_v20_too():
    assert ALGORITHM != V20  # the default moved on (``align.facts.v22``: tests/align/test_cores.py)
    assert ALGORITHMS[V20].conflicts == V20_RULES and ALGORITHMS[V21].conflicts == V21_RULES
    assert ALGORITHMS[V21].range_terms
