"""``align.facts.v18``: two figures of one shape whose sentences say they count two things (``Rules.counted_things``,
``align.counted``). The sentences are Timeline17's (LibyaWar_reuters, SyrianCrisis_reuters, haiti_bbc), the figures
and entity mentions as ``extract`` recorded them on the story exports read in session 20."""

from __future__ import annotations

from datetime import date

from newsdesk.align.conflict_rules import V17_RULES, V18_RULES, Rules
from newsdesk.align.counted import counted, two_things
from newsdesk.model import Annotations, Figure, Mention, Span

from .test_conflicts import _article, _conflicts

# (figure text, value, unit, context, qualifier)
Fig = tuple[str, float, str | None, str | None, str | None]


def _told(aid: str, text: str, published: date, figure: Fig, mentions: tuple[tuple[str, str], ...] = ()):
    """One article of one sentence, with one figure and the entity mentions (text, label) the extractor found."""
    article = _article(aid, text, published)
    words, value, unit, context, qualifier = figure
    start = text.index(words)
    record = Figure(aid, 0, start, start + len(words), words, value, unit, qualifier, context)
    found = tuple(Mention(Span(aid, text.index(m), text.index(m) + len(m)), 0, m, label) for m, label in mentions)
    return article, Annotations(aid, mentions=found, figures=(record,))


def _flags(first: tuple, second: tuple, rules: Rules) -> list[str]:
    (a, ann_a), (b, ann_b) = _told("a", *first), _told("b", *second)
    return [f"{c['kind']} {c['description']}" for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, rules)]


def test_two_counted_nouns_that_share_only_their_verb_are_two_counts():
    """SyrianCrisis_reuters: four youths killed at Deraa's northern entrance (23 March), and the next day's shooting
    "killing up to 37 demonstrators". The figures shared only "killed"; v17 printed an update."""
    youths = (
        "At least four youths were killed when the security forces intercepted them at the northern entrance of "
        "Deraa, witnesses said.", date(2011, 3, 23), ("At least four", 4, "youths", "youths killed", "at least"),
        (("Deraa", "GPE"),),
    )  # fmt: skip
    demonstrators = (
        "Wednesday, security forces opened fire on hundreds of youths in the southern city of Deraa, witnesses said, "
        "killing up to 37 demonstrators according to a hospital official.", date(2011, 3, 24),
        ("up to 37", 37, "demonstrators", "demonstrators killed", "up to"), (("Deraa", "GPE"),),
    )  # fmt: skip
    assert _flags(youths, demonstrators, V17_RULES) == [
        "update figure: “At least four” (A) was updated to “up to 37” (B)"
    ]
    assert _flags(youths, demonstrators, V18_RULES) == []


def test_two_owners_troops_are_two_counts_one_owner_is_still_compared():
    """LibyaWar_reuters: the U.S. troops in Afghanistan and Britain's, which v17 printed as a refinement. haiti_bbc's
    US military personnel (4,200 on 15 January, "more than 15,000" dispatched on 29 January) stay an update."""
    us = (
        "Obama has proposed spending almost $110 billion in 2012 on Afghanistan, where he has pledged to begin "
        "withdrawing the first of about 100,000 U.S. troops fighting Taliban insurgents by the middle of this year.",
        date(2011, 3, 1), ("about 100,000", 100000, "troops", "U.S. troops", "about"),
        (("Obama", "PERSON"), ("Afghanistan", "GPE"), ("U.S.", "GPE"), ("Taliban", "ORG")),
    )  # fmt: skip
    britain = (
        "Britain has 10,000 troops fighting Taliban insurgents in Afghanistan.", date(2011, 3, 21),
        ("10,000", 10000, "troops", "troops", None), (("Britain", "GPE"), ("Taliban", "ORG"), ("Afghanistan", "GPE")),
    )  # fmt: skip
    assert _flags(us, britain, V17_RULES) == ["refinement figure: “about 100,000” (A) is refined by “10,000” (B)"]
    assert _flags(us, britain, V18_RULES) == []
    (a, ann_a), (b, ann_b) = _told("a", *us), _told("b", *britain)
    assert counted(ann_a.figures[0], a, ann_a.mentions).owners == {"us"}
    assert counted(ann_b.figures[0], b, ann_b.mentions).owners == {"britain"}
    present = (
        "At present, there are 4,200 US military personnel in Haiti, or are involved in the relief effort, and "
        "thousands more will arrive next week, he says.", date(2010, 1, 15),
        ("4,200", 4200, "personnel", "military personnel", None), (("US", "GPE"), ("Haiti", "GPE")),
    )  # fmt: skip
    dispatched = (
        "Meanwhile, the US has dispatched more than 15,000 military personnel to Haiti.", date(2010, 1, 29),
        ("more than 15,000", 15000, "personnel", "military personnel dispatched", "more than"),
        (("US", "GPE"), ("Haiti", "GPE")),
    )  # fmt: skip
    expected = ["update figure: “4,200” (A) was updated to “more than 15,000” (B)"]
    assert _flags(present, dispatched, V17_RULES) == _flags(present, dispatched, V18_RULES) == expected


def test_a_net_amount_and_a_gross_one_are_two_quantities():
    """LibyaWar_reuters: Libya's net foreign assets (22 February) and its total foreign assets (4 September);
    SyrianCrisis_reuters: Syria's output against its net oil exports. v17 printed an update and a conflict."""
    net = (
        "The country's net foreign assets are estimated to total $150 billion -- or enough to cover 37 months of "
        "imports.", date(2011, 2, 22), ("$150 billion", 150e9, "USD", None, None),
    )  # fmt: skip
    total = (
        "Libya's total foreign assets are estimated at some $170 billion.", date(2011, 9, 4),
        ("some $170 billion", 170e9, "USD", None, "some"), (("Libya", "GPE"),),
    )  # fmt: skip
    produces = (
        "Syria, now a net oil importer, needs to invest in refineries to cut fuel import costs in a country that "
        "produces 380,000 barrels per day of crude, down from a 590,000 bpd peak in 1996.", date(2011, 4, 27),
        ("380,000", 380000, "barrels", "barrels produced per day", None), (("Syria", "GPE"),),
    )  # fmt: skip
    exports = (
        "Syria's net oil exports were less than 117,000 barrels per day (bpd) in 2009, according to the U.S. Energy "
        "Information Administration.", date(2011, 8, 18), ("less than 117,000", 117000, "barrels", "barrels",
        "less than"), (("Syria", "GPE"), ("the U.S. Energy Information Administration", "ORG")),
    )  # fmt: skip
    assert _flags(net, total, V17_RULES) == ["update figure: “$150 billion” (A) was updated to “some $170 billion” (B)"]
    assert _flags(produces, exports, V17_RULES) == ["conflict figure: “380,000” (A) vs “less than 117,000” (B)"]
    assert _flags(net, total, V18_RULES) == _flags(produces, exports, V18_RULES) == []


def test_two_distances_are_one_quantity_only_from_one_named_place():
    """SyrianCrisis_reuters, one day's papers: "some 35 km (20 miles) away" (from the town the report is about) and
    Maarat al-Numaan "55 km (35 miles) south of Syria's second city Aleppo", a conflict under v17. Two distances
    from one named place are still compared: the tanks "about 7 km (4 miles) from Jisr al-Shughour" and a village
    "10 km (six miles) south of Jisr al-Shughour" stay an update (wrongly: what is that far differs, which the
    rule does not read)."""
    away = (
        'State television said that some 35 km (20 miles) away, well-armed "terrorist groups" burned police '
        "buildings and killed members of the security forces in the town of Maaret al-Nouman.", date(2011, 6, 10),
        ("some 35 km", 35, "km", None, "some"), (("Maaret al-Nouman", "PERSON"),),
    )  # fmt: skip
    aleppo = (
        'State television said earlier well-armed "terrorist groups" had burnt police buildings and killed members '
        "of the security forces in Maarat al-Numaan, which lies 55 km (35 miles) south of Syria's second city Aleppo "
        "on the highway to Damascus.", date(2011, 6, 10), ("55 km", 55, "km", None, None),
        (("Maarat al-Numaan", "GPE"), ("Syria", "GPE"), ("Damascus", "GPE")),
    )  # fmt: skip
    assert _flags(away, aleppo, V17_RULES) == ["conflict figure: “some 35 km” (A) vs “55 km” (B)"]
    assert _flags(away, aleppo, V18_RULES) == []
    tanks = (
        "Residents said about 40 tanks and armored vehicles were about 7 km (4 miles) from Jisr al-Shughour.",
        date(2011, 6, 8), ("about 7 km", 7, "km", None, "about"), (("Jisr al-Shughour", "PERSON"),),
    )  # fmt: skip
    village = (
        "Residents said troops and armored vehicles heading for the town had stormed Sarmaniya village, 10 km (six "
        "miles) south of Jisr al-Shughour, and cut off the region's communications.", date(2011, 6, 10),
        ("10 km", 10, "km", None, None), (("Sarmaniya", "NORP"), ("Jisr al-Shughour", "PERSON")),
    )  # fmt: skip
    expected = ["update figure: “about 7 km” (A) was updated to “10 km” (B)"]
    assert _flags(tanks, village, V17_RULES) == _flags(tanks, village, V18_RULES) == expected


def test_counts_of_one_thing_are_still_compared():
    """The readings leave a count of one thing alone: the UN's toll (2,000 → 2,700 civilians killed,
    SyrianCrisis_reuters) has no owner, net amount or distance, and the same noun on both sides."""
    first = (
        "The United Nations says 2,000 civilians have been killed.", date(2011, 8, 19),
        ("2,000", 2000, "civilians", "civilians killed", None), (("The United Nations", "ORG"),),
    )  # fmt: skip
    later = (
        "The United Nations says 2,700 civilians have been killed.", date(2011, 10, 5),
        ("2,700", 2700, "civilians", "civilians killed", None), (("The United Nations", "ORG"),),
    )  # fmt: skip
    (a, ann_a), (b, ann_b) = _told("a", *first), _told("b", *later)
    assert not two_things(counted(ann_a.figures[0], a, ann_a.mentions), counted(ann_b.figures[0], b, ann_b.mentions))
    assert _flags(first, later, V18_RULES) == ["update figure: “2,000” (A) was updated to “2,700” (B)"]
