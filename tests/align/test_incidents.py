"""``align.facts.v16``: an incident told in the simple past against a count told in the perfect, of papers of two
days (``Rules.perfect_and_past``), and one incident told twice (``Rules.retold_incidents``). The sentences are
Timeline17's (EgyptianProtest_cnn, SyrianCrisis_reuters), the figures as ``extract.figures`` records them."""

from __future__ import annotations

from datetime import date

from newsdesk.align.conflict_rules import V15_RULES, V16_RULES, Rules
from newsdesk.model import Annotations, Figure

from .test_conflicts import _article, _conflicts, _pair


def _counts(aid: str, text: str, published: date, *figures: tuple[str, float, str, str | None]):
    """One article of one sentence with several figures (text, value, context, qualifier), found left to right."""
    article, records, at = _article(aid, text, published), [], 0
    for words, value, context, qualifier in figures:
        start = text.index(words, at)
        records.append(Figure(aid, 0, start, start + len(words), words, value, None, qualifier, context))
        at = start + len(words)
    return article, Annotations(aid, figures=tuple(records))


def _told(first: tuple, second: tuple, rules: Rules) -> list[str]:
    (a, ann_a), (b, ann_b) = _counts("a", *first), _counts("b", *second)
    return [f"{c['kind']} {c['description']}" for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, rules)]


def test_a_count_in_the_perfect_and_an_incident_of_another_day_are_two_quantities():
    """v15 printed a conflict between MENA's running count of the injured (26 January) and one incident's injured ten
    days later, an update from a clash in Deraa (30 April) to a count over an operation in Homs (31 May), and a
    refinement between a sweep in Bab Amro (10 September) and a funeral under fire (8 October). v16 compares a simple
    past and a perfect only within one day (two perfects are compared as before: ``test_conflicts``'s
    ``test_counts_as_of_the_paper_states_and_one_days_incidents_are_still_compared``)."""
    injured = (
        ("MENA reported that at least 49 people have been injured.", "at least 49", 49, "people injured",
         date(2011, 1, 26)),
        ("At least two people were injured.", "At least two", 2, "people injured", date(2011, 2, 5)),
    )  # fmt: skip
    operation = (
        ("Two members of the security forces were also killed and seven wounded.", "Two", 2,
         "members of the security forces killed", date(2011, 4, 30)),
        ("Officials say six members of the security forces have been killed in the same operation.", "six", 6,
         "members of the security forces killed", date(2011, 5, 31)),
    )  # fmt: skip
    funeral = (
        ("British-based Syrian Observatory for Human Rights said at least two people were killed and three wounded "
         "when the funeral came under fire.", date(2011, 10, 8), ("at least two", 2, "people killed", "at least")),
        ("The British-based Syrian Observatory for Human Rights said five people had been killed in the Bab Amro "
         "district of Homs during a sweep by troops and security forces.", date(2011, 9, 10),
         ("five", 5, "people killed", None)),
    )  # fmt: skip
    assert _pair(*injured, V15_RULES) == ["conflict figure: “at least 49” (A) vs “At least two” (B)"]
    assert _pair(*operation, V15_RULES) == ["update figure: “Two” (A) was updated to “six” (B)"]
    assert _told(*funeral, V15_RULES) == ["refinement figure: “at least two” (A) is refined by “five” (B)"]
    assert all(_pair(*pair, V16_RULES) == [] for pair in (injured, operation)) and _told(*funeral, V16_RULES) == []
    one_day = (injured[0], (*injured[1][:4], date(2011, 1, 26)))
    assert _pair(*one_day, V16_RULES) == ["conflict figure: “at least 49” (A) vs “At least two” (B)"]


def test_one_incident_told_on_two_days_is_compared_when_another_count_agrees():
    """EgyptianProtest_cnn: the health ministry's toll of Wednesday's clashes, "eight killed" on both days, the injured
    "more than 800" (3 February) and "836" (4 February). v14 and v15 compared no two days' incidents, so the
    refinement was lost; v16 compares them when the sentences agree on another count of the same thing. Two counts
    that only share a number ("two police" / "two armed men", SyrianCrisis_reuters) agree on nothing."""
    wednesday = (
        "At least eight people were killed and more than 800 were injured in Wednesday's confrontations, according to "
        "the health ministry.", date(2011, 2, 3), ("At least eight", 8, "people killed", "at least"),
        ("more than 800", 800, "injured", "more than"),
    )  # fmt: skip
    thursday = (
        "At least eight people were killed and 836 injured, according to the Egyptian Health Ministry.",
        date(2011, 2, 4),
        ("At least eight", 8, "people killed", "at least"),
        ("836", 836, "injured", None),
    )
    assert _told(wednesday, thursday, V15_RULES) == []
    assert _told(wednesday, thursday, V16_RULES) == ["refinement figure: “more than 800” (A) is refined by “836” (B)"]
    clashes = (
        "It said one soldier and two armed men had been killed in clashes around the town.", date(2011, 6, 12),
        ("two", 2, "armed men", None),
    )  # fmt: skip
    latakia = (
        "The official state news agency SANA said two police and four unidentified armed men were killed when "
        "security forces pursued armed men.", date(2011, 8, 15), ("two", 2, "police killed", None),
        ("four", 4, "armed men", None),
    )  # fmt: skip
    assert _told(clashes, latakia, V15_RULES) == ["update figure: “two” (A) was updated to “four” (B)"]
    assert _told(clashes, latakia, V16_RULES) == []
