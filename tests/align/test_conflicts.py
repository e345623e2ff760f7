from __future__ import annotations

import dataclasses
from datetime import date

from newsdesk.align.conflict_rules import (
    V4_RULES,
    V5_RULES,
    V6_RULES,
    V7_RULES,
    V8_RULES,
    V9_RULES,
    V10_RULES,
    V11_RULES,
    V12_RULES,
    V13_RULES,
    V14_RULES,
    V15_RULES,
    V16_RULES,
    V17_RULES,
    Rules,
)
from newsdesk.align.conflicts import (
    find_conflicts,
)
from newsdesk.align.similarity import Unit
from newsdesk.model import Annotations, Article, Figure, Quote, Sentence, Span, Timex

from .conftest import mention


def _article(aid: str, text: str, published: date | None = date(2024, 8, 19), source: str | None = None) -> Article:
    return Article(
        aid, f"{aid}.txt", text, (Sentence(0, 0, len(text), text),), source=source or aid.upper(), published=published
    )


def _figure(article: Article, text: str, value: float, context: str, qualifier: str | None = None) -> Figure:
    start = article.text.index(text)
    return Figure(article.id, 0, start, start + len(text), text, value, None, qualifier, context)


def _conflicts(a: Article, b: Article, ann: dict[str, Annotations], rules: Rules = V4_RULES) -> tuple[dict, ...]:
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    return find_conflicts(units, {a.id: a, b.id: b}, ann, rules=rules)


def _toll(aid: str, text: str, figure: str, value: float, qualifier: str | None, published: date):
    article = _article(aid, text, published)
    return article, Annotations(aid, figures=(_figure(article, figure, value, "Palestinians killed", qualifier),))


def _at_least(first: int, second: int, second_day: int, rules: Rules = V4_RULES) -> tuple[dict, ...]:
    """Two outlets' tolls: ``first`` on 19 August, ``second`` on ``second_day`` August."""
    texts = [(n, f"Strikes killed at least {n} Palestinians in Gaza.") for n in (first, second)]
    (n_a, t_a), (n_b, t_b) = texts
    a, ann_a = _toll("a", t_a, f"at least {n_a}", n_a, "at least", date(2024, 8, 19))
    b, ann_b = _toll("b", t_b, f"at least {n_b}", n_b, "at least", date(2024, 8, second_day))
    return _conflicts(a, b, {"a": ann_a, "b": ann_b}, rules)


def test_different_tolls_the_same_day_conflict():
    (conflict,) = _at_least(30, 34, 19)
    assert conflict["kind"] == "conflict" and conflict["field"] == "figure"
    assert "at least 30" in conflict["description"] and "at least 34" in conflict["description"]
    sides = [{c.article for c in side["citations"]} for side in conflict["sides"]]
    assert sides == [{"a"}, {"b"}]


def test_a_later_higher_toll_is_an_update():
    (conflict,) = _at_least(30, 34, 20)
    assert conflict["kind"] == "update"
    assert [c.article for c in conflict["sides"][1]["citations"]] == ["b"]  # the later, higher figure


def test_a_later_lower_toll_is_still_a_conflict():
    assert _at_least(34, 30, 20)[0]["kind"] == "conflict"


def test_vague_vs_precise_is_a_refinement():
    a, ann_a = _toll("a", "Hamas gunmen killed about 1,200 people.", "about 1,200", 1200, "about", date(2024, 8, 19))
    b, ann_b = _toll("b", "Hamas gunmen killed 1,139 people.", "1,139", 1139, None, date(2024, 8, 19))
    (conflict,) = _conflicts(a, b, {"a": ann_a, "b": ann_b})
    assert conflict["kind"] == "refinement"


def test_vague_but_far_off_is_a_conflict():
    a, ann_a = _toll("a", "Hamas gunmen killed about 1,200 people.", "about 1,200", 1200, "about", date(2024, 8, 19))
    b, ann_b = _toll("b", "Hamas gunmen killed 700 people.", "700", 700, None, date(2024, 8, 19))
    assert _conflicts(a, b, {"a": ann_a, "b": ann_b})[0]["kind"] == "conflict"


def test_figures_counting_different_things_are_not_compared():
    a = _article("a", "Hamas took about 250 hostages.")
    b = _article("b", "Hamas killed about 1,200 people.")
    ann = {
        "a": Annotations("a", figures=(_figure(a, "about 250", 250, "hostages", "about"),)),
        "b": Annotations("b", figures=(_figure(b, "about 1,200", 1200, "people", "about"),)),
    }
    assert _conflicts(a, b, ann) == ()


def test_places_of_the_seed_trip_conflict(seed_alignment, seed_articles):
    a2, a4 = seed_articles["002"], seed_articles["004"]
    fact = next(f for f in seed_alignment.facts if any(c.article == a2.id and c.sentence == 2 for c in f.citations))
    assert (a4.id, 3) in {(c.article, c.sentence) for c in fact.citations}
    (conflict,) = [c for c in fact.conflicts if c["field"] == "place"]
    assert conflict["kind"] == "conflict"
    assert {s["value"] for s in conflict["sides"]} == {"Egypt and Qatar", "Egypt"}


def test_the_seed_trip_conflict_with_the_extractors_annotations(seed_brief_alignment, seed_articles):
    """The brief's own alignment (the extractor's entities, not hand-made ones) finds the same conflict: align v4
    gives "and then travel" the subject of "meet" (he = Blinken), so the two trip sentences align."""
    a2, a4 = seed_articles["002"], seed_articles["004"]
    fact = next(
        f for f in seed_brief_alignment.facts if any(c.article == a2.id and c.sentence == 2 for c in f.citations)
    )
    assert (a4.id, 3) in {(c.article, c.sentence) for c in fact.citations}
    (conflict,) = [c for c in fact.conflicts if c["field"] == "place"]
    assert {s["value"] for s in conflict["sides"]} == {"Egypt and Qatar", "Egypt"}


def test_disjoint_places_and_subjects_are_not_a_place_conflict(seed_articles):
    a1 = seed_articles["001"]
    a3 = seed_articles["003"]
    ann = {
        a1.id: Annotations(a1.id, mentions=(mention(a1, 4, "Tel Aviv", "GPE"),)),
        a3.id: Annotations(a3.id, mentions=(mention(a3, 5, "Egypt", "GPE"),)),
    }
    units = [Unit(a1.id, 4, "", a1.id), Unit(a3.id, 5, "", a3.id)]
    assert find_conflicts(units, {a1.id: a1, a3.id: a3}, ann) == ()


def _claim(
    article: Article, said: str, dates: dict[str, str], speakers: tuple[str, ...], names: dict[str, str]
) -> Annotations:
    """``article``'s first words up to ``said`` quoted from each of ``speakers``, with its dated expressions
    and named-entity mentions."""
    aid, text = article.id, article.text
    end = text.index(said) + len(said)
    return Annotations(
        aid,
        timexes=tuple(
            Timex(aid, 0, text.index(t), text.index(t) + len(t), t, "DATE", value) for t, value in dates.items()
        ),
        quotes=tuple(Quote(aid, 0, 0, end, text[:end], speaker) for speaker in speakers),
        mentions=tuple(mention(article, 0, name, label) for name, label in names.items()),
    )


def _dated(articles: tuple[Article, ...], dates: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, Annotations]:
    """Each article's DATE expressions, ``(text, value)`` pairs found in its text, as its only annotations."""
    return {
        x.id: Annotations(
            x.id,
            timexes=tuple(
                Timex(x.id, 0, x.text.index(t), x.text.index(t) + len(t), t, "DATE", v) for t, v in dates[x.id]
            ),
        )
        for x in articles
    }


def test_dates_and_speakers_conflict():
    a = _article("a", "The talks resumed on Thursday, Blinken said.")
    b = _article("b", "The talks resumed on Friday, Sullivan said.")
    ann = {
        "a": _claim(a, "Thursday", {"Thursday": "2024-08-22"}, ("Antony Blinken",), {"Blinken": "PERSON"}),
        "b": _claim(b, "Friday", {"Friday": "2024-08-23"}, ("Jake Sullivan",), {"Sullivan": "PERSON"}),
    }
    fields = {c["field"]: c for c in _conflicts(a, b, ann)}
    assert set(fields) == {"date", "speaker"}
    assert all(c["kind"] == "conflict" for c in fields.values())


def test_descriptions_unanchored_dates_and_two_speaker_sentences_are_not_conflicts():
    """A description ("a senior U.S. official") is vaguer than a name; "Monday" without an anchor, "current" and
    a month that holds the other side's day cannot contradict; a sentence quoting two speakers holds two claims."""
    a = _article("a", "The talks resumed on Monday in August, Blinken said.")
    b = _article("b", "The talks resumed on 26 August, a senior U.S. official said, as Israel and Hamas said.")
    blinken = ("Antony Blinken",)
    dates_a = {"Monday": "XXXX-WXX-1", "August": "2024-08"}
    ann_a = _claim(a, "August", dates_a, blinken, {"Blinken": "PERSON"})
    names_b = {"Israel": "GPE", "Hamas": "ORG"}
    dates_b = {"26 August": "2024-08-26"}

    def conflicts(*speakers: str) -> list[str]:
        return [
            c["field"] for c in _conflicts(a, b, {"a": ann_a, "b": _claim(b, "August", dates_b, speakers, names_b)})
        ]

    assert conflicts("a senior U.S. official") == []
    assert conflicts("Israel", "Hamas") == []
    # An organisation or a country is named too many ways to be told apart from a person by name.
    assert conflicts("Israel") == []


def test_organisation_names_are_not_speaker_conflicts():
    """Seen on Timeline17 H1N1 pages: one outlet's "the CDC said", another's "the Centers for Disease Control
    and Prevention said" were a conflict between "cdc" and "prevention"."""
    a = _article("a", "It is passed on by sneezing or coughing, the CDC said.")
    b = _article("b", "It is passed on by sneezing or coughing, the Centers for Disease Control and Prevention said.")
    cdc = "Centers for Disease Control and Prevention"
    ann = {
        "a": _claim(a, "coughing", {}, ("CDC",), {"CDC": "ORG"}),
        "b": _claim(b, "coughing", {}, (cdc,), {cdc: "ORG"}),
    }
    assert _conflicts(a, b, ann) == ()


def test_a_range_and_its_ends_do_not_conflict():
    """ "between 250,000 and 500,000" in two outlets, or against one of its ends, is the same claim."""
    text_a = "Seasonal flu kills between 250,000 and 500,000 people a year."
    text_b = "Seasonal flu kills 250,000 to 500,000 people a year."
    a, b = _article("a", text_a), _article("b", text_b, published=date(2024, 8, 20))
    figures_a = tuple(_figure(a, n, v, "people") for n, v in (("250,000", 250e3), ("500,000", 500e3)))
    figures_b = tuple(_figure(b, n, v, "people") for n, v in (("250,000", 250e3), ("500,000", 500e3)))
    assert _conflicts(a, b, {"a": Annotations("a", figures=figures_a), "b": Annotations("b", figures=figures_b)}) == ()
    one_end = Annotations("b", figures=figures_b[:1])
    assert _conflicts(a, b, {"a": Annotations("a", figures=figures_a), "b": one_end}) == ()
    other = Annotations("b", figures=(_figure(b, "250,000", 300e3, "people"),))  # 300,000 is neither end
    assert [c["field"] for c in _conflicts(a, b, {"a": Annotations("a", figures=figures_a), "b": other})] == [
        "figure",
        "figure",
    ]


def test_same_source_sentences_never_conflict():
    a, ann_a = _toll(
        "a", "Strikes killed at least 30 Palestinians in Gaza.", "at least 30", 30, "at least", date(2024, 8, 19)
    )
    b = dataclasses.replace(a, id="b")
    ann_b = Annotations("b", figures=(dataclasses.replace(ann_a.figures[0], article="b", value=34.0),))
    units = [Unit("a", 0, a.text, "a"), Unit("b", 0, b.text, "a")]
    assert find_conflicts(units, {"a": a, "b": b}, {"a": ann_a, "b": ann_b}) == ()


def test_places_on_other_days_update_and_long_lists_are_not_compared():
    """Seen on Timeline17 H1N1 pages: "Mexico and the United States" one day, "Mexico, the United States and
    Canada" the next is the outbreak spreading; two lists of six countries are coverage, not a venue."""

    def places(names_a: list[str], names_b: list[str], day_b: int) -> list[str]:
        a = _article("a", "The virus spread to " + " and ".join(names_a) + ".")
        b = _article("b", "The virus spread to " + " and ".join(names_b) + ".", published=date(2024, 8, day_b))
        ann = {
            x.id: Annotations(x.id, mentions=tuple(mention(x, 0, n, "GPE") for n in names))
            for x, names in ((a, names_a), (b, names_b))
        }
        return [f"{c['kind']} {c['field']}" for c in _conflicts(a, b, ann)]

    assert places(["Mexico", "Canada"], ["Mexico"], 19) == ["conflict place"]
    assert places(["Mexico"], ["Mexico", "Canada"], 20) == ["update place"]
    assert places(["Mexico", "Canada"], ["Mexico"], 20) == []
    six = ["Mexico", "Canada", "Spain", "Israel", "Peru", "Japan"]
    assert places(six, six[:4], 19) == []


def test_v17_lists_no_place_update_but_still_a_place_conflict():
    """``align.facts.v17``: more places on a later day was right in 1 of 11 place updates read on Timeline17 exports
    ("Britain and France" read off "in Libya and Britain has ruled out …"); one day's two lists still conflict."""
    a = _article("a", "Blinken will travel to Egypt and Qatar.")
    b = _article("b", "Blinken will travel to Egypt.", published=date(2024, 8, 19))
    later = _article("c", "Blinken will travel to Egypt and Qatar.", published=date(2024, 8, 21))
    ann = {
        x.id: Annotations(x.id, mentions=tuple(mention(x, 0, n, "GPE") for n in names))
        for x, names in ((a, ["Egypt", "Qatar"]), (b, ["Egypt"]), (later, ["Egypt", "Qatar"]))
    }
    assert [c["kind"] for c in _conflicts(b, later, ann, V16_RULES)] == ["update"]
    assert _conflicts(b, later, ann, V17_RULES) == ()
    assert [c["kind"] for c in _conflicts(a, b, ann, V17_RULES)] == ["conflict"]


def test_one_person_named_two_ways_and_two_remarks_are_not_misattributions():
    """Seen on Timeline17 H1N1 Reuters pages: "said Guan Yi" and "Guan said" was a conflict between "yi" and
    "guan"; Schuchat's "We are worried …" against Guan's "This is what I am very worried about." was another."""
    quote = "We are counting down to a pandemic, Guan Yi said."
    a, b = _article("a", quote), _article("b", quote.replace("Guan Yi", "Guan"))
    ann = {
        "a": _claim(a, "pandemic", {}, ("Guan Yi",), {"Guan Yi": "PERSON"}),
        "b": _claim(b, "pandemic", {}, ("Guan",), {"Guan": "PERSON"}),
    }
    assert _conflicts(a, b, ann) == ()
    c = _article("c", "We are worried and because we are worried we are acting aggressively, Schuchat said.")
    d = _article("d", "This is what I am very worried about, Guan said.")
    remarks = {
        "c": _claim(c, "aggressively", {}, ("Anne Schuchat",), {"Schuchat": "PERSON"}),
        "d": _claim(d, "about", {}, ("Guan Yi",), {"Guan": "PERSON"}),
    }
    assert _conflicts(c, d, remarks) == ()
    paraphrase = dataclasses.replace(ann["b"], quotes=(dataclasses.replace(ann["b"].quotes[0], direct=False),))
    e = _article("e", quote.replace("Guan Yi", "Keiji Fukuda"))
    quoted = _claim(e, "pandemic", {}, ("Keiji Fukuda",), {"Keiji Fukuda": "PERSON"})
    assert [c["field"] for c in _conflicts(e, b, {"e": quoted, "b": ann["b"]})] == ["speaker"]
    assert _conflicts(e, b, {"e": quoted, "b": paraphrase}) == ()


def test_days_read_from_two_days_papers_are_not_compared():
    """ "on Thursday" in Thursday's paper and "on Friday" in Friday's (Timeline17 BBC H1N1: France's ministers on
    two days) are two events; the same words in two papers of one day disagree."""

    def dates(published_b: date) -> list[str]:
        a = _article("a", "The minister spoke on Thursday.", published=date(2009, 4, 30))
        b = _article("b", "The minister spoke on Friday.", published=published_b)
        ann = {
            "a": Annotations("a", timexes=(Timex("a", 0, 23, 31, "Thursday", "DATE", "2009-04-30"),)),
            "b": Annotations("b", timexes=(Timex("b", 0, 23, 29, "Friday", "DATE", "2009-05-01"),)),
        }
        return [c["field"] for c in _conflicts(a, b, ann)]

    assert dates(date(2009, 5, 1)) == []
    assert dates(date(2009, 4, 30)) == ["date"]
    a = _article("a", "The minister spoke on April 30.", published=date(2009, 4, 30))
    b = _article("b", "The minister spoke on May 1, 2009.", published=date(2009, 5, 2))
    ann = {
        "a": Annotations("a", timexes=(Timex("a", 0, 23, 31, "April 30", "DATE", "2009-04-30"),)),
        "b": Annotations("b", timexes=(Timex("b", 0, 23, 34, "May 1, 2009", "DATE", "2009-05-01"),)),
    }
    assert [c["field"] for c in _conflicts(a, b, ann)] == ["date"]  # named days are compared on any day


def test_a_bound_and_a_count_it_allows_are_a_refinement():
    """Timeline17 BBC H1N1: "a total of 1,324 people had been admitted" and "More than 1,300 people have been
    admitted" the same day was a conflict; two floors ("at least 30" / "at least 34") still are."""
    a = _article("a", "A total of 1,324 people had been admitted to hospital.")
    b = _article("b", "More than 1,300 people have been admitted to hospital.")
    ann = {
        "a": Annotations("a", figures=(_figure(a, "1,324", 1324, "people admitted"),)),
        "b": Annotations("b", figures=(_figure(b, "More than 1,300", 1300, "people admitted", "more than"),)),
    }
    assert [c["kind"] for c in _conflicts(a, b, ann)] == ["refinement"]
    below = {"a": Annotations("a", figures=(_figure(a, "1,324", 1200, "people admitted"),)), "b": ann["b"]}
    assert [c["kind"] for c in _conflicts(a, b, below)] == ["conflict"]
    assert [c["kind"] for c in _at_least(30, 34, 19)] == ["conflict"]


def _page(aid: str, sentences: list[str], source: str) -> Article:
    text, spans = "", []
    for s in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {s}" if text else s
        spans.append(Sentence(len(spans), start, start + len(s), s))
    return Article(aid, f"{aid}.html", text, tuple(spans), source=source, published=date(2019, 11, 20))


def _timed(article: Article, figures: list[tuple[int, str, float, str | None]]) -> Annotations:
    found = []
    for i, text, value, qualifier in figures:
        sentence = article.sentences[i]
        start = article.text.index(text, sentence.start)
        found.append(Figure(article.id, i, start, start + len(text), text, value, "seconds", qualifier, None))
    return Annotations(article.id, figures=tuple(found))


def test_an_article_giving_several_values_for_one_thing_contradicts_nobody():
    """L.A. Auto Show pages (scrapinghub benchmark): one outlet's three cars' 0-60 mph times aligned with another's
    time for a fourth car are a kind of statement about several things, not one claim four ways (align.facts.v5);
    compared unit by unit (v4) they made three invented conflicts."""
    post = _page(
        "post",
        [
            "The all-wheel-drive version will be able to go from zero to 60 mph (97 kph) in five seconds, VW says.",
            "A performance GT version will be able to go from zero to 60 mph (97 kph) in about 3.5 seconds.",
            "Yet the 302-horsepower system will take the car from zero to 60 mph (97 kph) in 5.8 seconds.",
        ],
        "Connecticut Post",
    )
    gear = _page("gear", ["VW says that, in such a configuration, 0-60 mph could arrive in 5.0 seconds."], "SlashGear")
    ann = {
        "post": _timed(
            post,
            [(0, "five seconds", 5.0, None), (1, "about 3.5 seconds", 3.5, "about"), (2, "5.8 seconds", 5.8, None)],
        ),
        "gear": _timed(gear, [(0, "5.0 seconds", 5.0, None)]),
    }
    units = [Unit(a.id, s.i, s.text, a.id) for a in (post, gear) for s in a.sentences]
    articles = {"post": post, "gear": gear}
    unit_by_unit = find_conflicts(units, articles, ann)
    assert sorted(c["sides"][0]["value"] for c in unit_by_unit) == ["5.8 seconds", "about 3.5 seconds"]
    assert find_conflicts(units, articles, ann, rules=V5_RULES) == ()
    # One value on each side, for one thing, still conflicts.
    one_each = {"post": _timed(post, [(2, "5.8 seconds", 5.8, None)]), "gear": ann["gear"]}
    (conflict,) = find_conflicts(units, articles, one_each, rules=V5_RULES)
    assert conflict["description"] == "figure: “5.8 seconds” (Connecticut Post) vs “5.0 seconds” (SlashGear)"


def test_people_detained_and_people_dead_are_two_counts():
    """EgyptianProtest CNN (Timeline17): "at least 90 people were detained" and "Three people died" share only the
    generic "people" (align.facts.v5); v4 listed them as a conflict."""
    a = _article("a", "Egypt's official MENA news agency reported that at least 90 people were detained Wednesday.")
    b = _article("b", "Three people died in the clashes between protesters and police, according to MENA.")
    ann = {
        "a": Annotations("a", figures=(_figure(a, "at least 90", 90, "people detained", "at least"),)),
        "b": Annotations("b", figures=(_figure(b, "Three", 3, "people died"),)),
    }
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    assert [c["field"] for c in find_conflicts(units, {"a": a, "b": b}, ann)] == ["figure"]
    assert find_conflicts(units, {"a": a, "b": b}, ann, rules=V5_RULES) == ()
    killed = {
        k: Annotations(k, figures=(dataclasses.replace(v.figures[0], context="people killed"),)) for k, v in ann.items()
    }
    assert [c["field"] for c in find_conflicts(units, {"a": a, "b": b}, killed, rules=V5_RULES)] == ["figure"]


def test_years_alone_are_background_not_dates_to_contest():
    """Haiti BBC live page (Timeline17): "predicted in 2008 that a magnitude-7.2 earthquake …" against "historical large
    tremors in 1860, 1770, …": two events' years, listed as a date conflict by v4, not by v5."""
    a = _article("a", "Scientists predicted in 2008 that a magnitude-7.2 earthquake would result.")
    b = _article("b", "The fault has been the likely source of historical large tremors in 1860 and 1770.")
    ann = {
        x.id: Annotations(x.id, timexes=(Timex(x.id, 0, x.text.index(y), x.text.index(y) + 4, y, "DATE", y),))
        for x, y in ((a, "2008"), (b, "1860"))
    }
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    assert [c["field"] for c in find_conflicts(units, {"a": a, "b": b}, ann)] == ["date"]
    assert find_conflicts(units, {"a": a, "b": b}, ann, rules=V5_RULES) == ()


def test_a_year_still_agrees_with_a_month_of_it():
    """H1N1 Reuters (Timeline17): "In 1918, there was a first wave of mild flu in April" (the tagger reads "April" as
    the paper's April 2009) against "Between September 1918 and April 1919": 1918 holds September 1918, no conflict."""
    a = _article("a", "In 1918, there was a first wave of mild flu in April.")
    b = _article("b", "Between September 1918 and April 1919, it killed more than 600,000 people.")
    dates = {
        "a": (("1918", "1918"), ("April", "2009-04")),
        "b": (("September 1918", "1918-09"), ("April 1919", "1919-04")),
    }
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    assert find_conflicts(units, {"a": a, "b": b}, _dated((a, b), dates), rules=V5_RULES) == ()


def test_two_papers_naming_only_their_own_days_are_not_compared():
    """H1N1 Guardian (Timeline17): two pages' stamps, "Monday 4 May 2009 10.22 BST" in the paper of 4 May and "Tuesday 5
    May 2009 17.42 BST" in the paper of 5 May, were a date conflict under v4; a day that is not the paper's own still
    conflicts."""
    a = _article(
        "a", "All but two caught the virus in Britain Monday 4 May 2009 10.22 BST Hotel staff wave.", date(2009, 5, 4)
    )
    b = _article(
        "b",
        "Tourist destinations respond to the outbreak Tuesday 5 May 2009 17.42 BST A policeman guards.",
        date(2009, 5, 5),
    )
    stamps = {"a": ("Monday 4 May 2009", "2009-05-04"), "b": ("Tuesday 5 May 2009", "2009-05-05")}

    def annotations(values: dict[str, tuple[str, str]]) -> dict[str, Annotations]:
        return _dated((a, b), {k: (v,) for k, v in values.items()})

    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    assert [c["field"] for c in find_conflicts(units, {"a": a, "b": b}, annotations(stamps))] == ["date"]
    assert find_conflicts(units, {"a": a, "b": b}, annotations(stamps), rules=V5_RULES) == ()
    other_day = {**stamps, "b": ("Tuesday 5 May 2009", "2009-05-06")}  # not paper b's own day
    assert [c["field"] for c in find_conflicts(units, {"a": a, "b": b}, annotations(other_day), rules=V5_RULES)] == [
        "date"
    ]


def _placed(aid: str, text: str, places: list[str]) -> tuple[Article, Annotations]:
    article = _article(aid, text)
    return article, Annotations(aid, mentions=tuple(mention(article, 0, p, "GPE") for p in places))


def test_places_are_compared_list_by_list():
    """Haiti BBC (Timeline17): "cancel … her trip to the Pacific and return to Washington because of the earthquake in
    Haiti" against "cutting short a trip to the Pacific … to return to Washington because of the earthquake" was a
    place conflict under v5 (the first sentence names one more place); the extra place is not in the list the other
    side gives, so v6 compares nothing. The seeds' itinerary ("to Egypt and Qatar" / "to Egypt") still disagrees."""
    a, ann_a = _placed(
        "a",
        "US Secretary of State Hillary Clinton has decided to cancel the remainder of her trip to the Pacific and "
        "return to Washington because of the earthquake in Haiti.",
        ["Pacific", "Washington", "Haiti"],
    )
    b, ann_b = _placed(
        "b",
        "US Secretary of State Hillary Clinton announced that she was cutting short a trip to the Pacific in order "
        "to return to Washington because of the earthquake.",
        ["Pacific", "Washington"],
    )
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    articles, ann = {"a": a, "b": b}, {"a": ann_a, "b": ann_b}
    assert [c["field"] for c in find_conflicts(units, articles, ann, rules=V5_RULES)] == ["place"]
    assert find_conflicts(units, articles, ann, rules=V6_RULES) == ()

    c, ann_c = _placed("c", "Blinken is expected to travel to Egypt and Qatar for further talks.", ["Egypt", "Qatar"])
    d, ann_d = _placed("d", "He will then travel to Egypt on Tuesday.", ["Egypt"])
    units = [Unit(x.id, 0, x.text, x.id) for x in (c, d)]
    (conflict,) = find_conflicts(units, {"c": c, "d": d}, {"c": ann_c, "d": ann_d}, rules=V6_RULES)
    assert {s["value"] for s in conflict["sides"]} == {"Egypt and Qatar", "Egypt"}
    # a place the other sentence names elsewhere is not in dispute (H1N1 Reuters); a place after a bare comma is
    # where the one before it lies (EgyptianProtest CNN)
    f, ann_f = _placed("f", "It infected 20 in the United States and six in Canada.", ["United States", "Canada"])
    g, ann_g = _placed("g", "There were new infections in the United States and Canada.", ["United States", "Canada"])
    units = [Unit(x.id, 0, x.text, x.id) for x in (f, g)]
    assert find_conflicts(units, {"f": f, "g": g}, {"f": ann_f, "g": ann_g}, rules=V6_RULES) == ()
    h, ann_h = _placed(
        "h",
        "The Egyptian Association for Change will hold a protest in Jersey City, New Jersey.",
        ["Jersey City", "New Jersey"],
    )
    i, ann_i = _placed("i", "Protests were planned in New Jersey.", ["New Jersey"])
    units = [Unit(x.id, 0, x.text, x.id) for x in (h, i)]
    assert find_conflicts(units, {"h": h, "i": i}, {"h": ann_h, "i": ann_i}, rules=V6_RULES) == ()
    assert [c["field"] for c in find_conflicts(units, {"h": h, "i": i}, {"h": ann_h, "i": ann_i}, rules=V5_RULES)] == [
        "place"
    ]
    e, ann_e = _placed("e", "Blinken will fly to Egypt, to Qatar and then home.", ["Egypt", "Qatar"])
    units = [Unit(x.id, 0, x.text, x.id) for x in (e, d)]
    (conflict,) = find_conflicts(units, {"e": e, "d": d}, {"e": ann_e, "d": ann_d}, rules=V6_RULES)
    assert {s["value"] for s in conflict["sides"]} == {"Egypt and Qatar", "Egypt"}


def test_a_figure_written_to_fewer_decimals_is_refined_by_a_more_precise_one():
    """Haiti BBC (Timeline17): two conversions of the EU's 3m euros, "$4.37 m" and "$4.3 m", were a conflict under
    v5. Whole numbers are written as precisely as they can be, so "30" and "34" still conflict."""

    def kinds(text_a: str, value_a: float, text_b: str, value_b: float) -> list[str]:
        a = _article("a", f"The European Commission has approved {text_a} m of emergency funding.")
        b = _article("b", f"The European Commission has released {text_b} m in emergency assistance.")
        ann = {
            "a": Annotations("a", figures=(_figure(a, text_a, value_a, "funding"),)),
            "b": Annotations("b", figures=(_figure(b, text_b, value_b, "funding"),)),
        }
        units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
        return [c["kind"] for c in find_conflicts(units, {"a": a, "b": b}, ann, rules=V6_RULES)]

    assert kinds("$4.37", 4_370_000, "$4.3", 4_300_000) == ["refinement"]
    assert kinds("$4", 4_000_000, "$4.37", 4_370_000) == ["refinement"]
    assert kinds("$4.5", 4_500_000, "$4.37", 4_370_000) == ["conflict"]
    assert kinds("$30", 30_000_000, "$34", 34_000_000) == ["conflict"]
    assert kinds("$4.37", 4_370_000, "$4.30", 4_300_000) == ["conflict"]


def _counted(
    article: Article, text: str, value: float, unit: str | None, context: str | None, qualifier: str | None = None
) -> Figure:
    """A figure as the extractor records it: ``unit`` the counted noun or the measure, ``context`` what it counts."""
    start = article.text.index(text)
    return Figure(article.id, 0, start, start + len(text), text, value, unit, qualifier, context)


def _kinds(a: Article, figures_a: list[Figure], b: Article, figures_b: list[Figure], rules: Rules) -> list[str]:
    ann = {a.id: Annotations(a.id, figures=tuple(figures_a)), b.id: Annotations(b.id, figures=tuple(figures_b))}
    return [f"{c['kind']} {c['sides'][0]['value']} {c['sides'][1]['value']}" for c in _conflicts(a, b, ann, rules)]


def test_counts_of_two_predicates_are_two_quantities():
    """Haiti BBC live pages (Timeline17): "188 staff members are still unaccounted for" against "Seventeen United
    Nations staff have been killed" share "staff" and were a conflict under v6; v7 reads what happened to each. The
    same page's "36 of its personnel were killed" is the same quantity as the seventeen killed, and still conflicts."""
    a = _article(
        "a",
        "The UN says 36 of its personnel were killed in the Haiti earthquake, and 188 staff members are still "
        "unaccounted for.",
    )
    b = _article("b", "Seventeen United Nations staff have been killed in the Haiti earthquake.")
    figures_a = [
        _counted(a, "36", 36, "personnel", "personnel killed"),
        _counted(a, "188", 188, "members", "staff members"),
    ]
    figures_b = [_counted(b, "Seventeen", 17, "staff", "Nations staff killed")]
    assert _kinds(a, figures_a, b, figures_b, V6_RULES) == ["conflict 188 Seventeen", "conflict 36 Seventeen"]
    assert _kinds(a, figures_a, b, figures_b, V7_RULES) == ["conflict 36 Seventeen"]


def test_a_part_is_not_its_whole():
    """BBC H1N1 (Timeline17): "Three of the schools are in London" names a part of "Five schools have been closed";
    v6 listed them as a conflict."""
    a = _article("a", "Five schools have been closed, three in London, one in Devon and one in south Gloucestershire.")
    b = _article("b", "Three of the schools are in London, with one in Devon and one in South Gloucestershire.")
    figures_a = [_counted(a, "Five", 5, "schools", "schools closed")]
    figures_b = [_counted(b, "Three", 3, "schools", "schools")]
    assert _kinds(a, figures_a, b, figures_b, V6_RULES) == ["conflict Five Three"]
    assert _kinds(a, figures_a, b, figures_b, V7_RULES) == []


def test_an_increment_is_not_a_total():
    """BBC H1N1 and BBC Syria (Timeline17): "around 300 more tests" adds to "more than 600 tests"; "A further five were
    also killed" to "35 protesters had been killed". Two increments of one thing still compare."""
    a = _article("a", "The increase comes as health chiefs await the results of more than 600 tests for the disease.")
    b = _article("b", "Health chiefs are awaiting the results of around 300 more tests.", date(2024, 8, 20))
    figures_a = [_counted(a, "more than 600", 600, "tests", "tests", "more than")]
    figures_b = [_counted(b, "around 300", 300, "tests", "more tests", "around")]
    assert _kinds(a, figures_a, b, figures_b, V6_RULES) == ["conflict more than 600 around 300"]
    assert _kinds(a, figures_a, b, figures_b, V7_RULES) == []
    c = _article("c", "Activists said 35 protesters had been killed on Tuesday, including 17 in Deir al-Zour.")
    d = _article("d", "A further five protesters were also killed in the same province, the activists said.")
    figures_c = [_counted(c, "35", 35, "protesters", "protesters killed")]
    figures_d = [_counted(d, "five", 5, "protesters", "protesters killed")]
    assert _kinds(c, figures_c, d, figures_d, V6_RULES) == ["conflict 35 five"]
    assert _kinds(c, figures_c, d, figures_d, V7_RULES) == []
    e = _article("e", "Another 25 British nationals were aboard the U.S. ferry in Tripoli harbor.")
    f = _article(
        "f", "Another 49 British nationals were aboard the U.S. ferry that departed Tripoli.", date(2024, 8, 20)
    )
    figures_e = [_counted(e, "25", 25, "nationals", "British nationals")]
    figures_f = [_counted(f, "49", 49, "nationals", "British nationals")]
    assert _kinds(e, figures_e, f, figures_f, V7_RULES) == ["update 25 49"]


def test_measures_of_two_subjects_or_units_are_two_quantities():
    """Haiti BBC (Timeline17): the aftershocks' "They last from three to five seconds" and the quake's "It lasted
    about 45 seconds"; H1N1 Reuters: the peso's 4 percent and the MSCI index's 0.8; Haiti BBC: "3m euros" and
    "$4.3 m" (an update under v6). The same subject measured twice still conflicts."""
    a = _article("a", "They last from three to five seconds.")
    b = _article("b", "It lasted about 45 seconds.")
    figures_a = [_counted(a, "five seconds", 5, "s", None)]
    figures_b = [_counted(b, "about 45 seconds", 45, "s", None, "about")]
    assert _kinds(a, figures_a, b, figures_b, V6_RULES) == ["conflict five seconds about 45 seconds"]
    assert _kinds(a, figures_a, b, figures_b, V7_RULES) == []
    c = _article("c", "Mexico's peso dropped more than 4 percent and U.S. stocks fell in volatile trading.")
    d = _article("d", "The MSCI world equity index fell 0.8 percent and U.S. stocks also slipped.")
    figures_c = [_counted(c, "more than 4 percent", 4, "%", None, "more than")]
    figures_d = [_counted(d, "0.8 percent", 0.8, "%", None)]
    assert _kinds(c, figures_c, d, figures_d, V6_RULES) == ["conflict more than 4 percent 0.8 percent"]
    assert _kinds(c, figures_c, d, figures_d, V7_RULES) == []
    e = _article("e", "Mexico's peso dropped 2 percent on Monday.")
    assert _kinds(c, figures_c, e, [_counted(e, "2 percent", 2, "%", None)], V7_RULES) == [
        "conflict more than 4 percent 2 percent"
    ]
    f = _article("f", "The European Commission has approved 3m euros ($4.37 m) of emergency funding.")
    g = _article("g", "The European Commission has released $4.3 m (3m euros) in assistance.", date(2024, 8, 20))
    figures_f = [_counted(f, "3", 3e6, "m", "m")]
    figures_g = [_counted(g, "$4.3", 4.3e6, "USD", "m")]
    assert _kinds(f, figures_f, g, figures_g, V6_RULES) == ["update 3 $4.3"]
    assert _kinds(f, figures_f, g, figures_g, V7_RULES) == []


def test_two_live_pages_naming_their_own_days_are_not_a_date_conflict():
    """Haiti BBC (Timeline17): the titles "As it happened: Haiti earthquake 13 Jan" (the page of 13 January) and "…
    14 Jan Live coverage following Tuesday's earthquake" (of 14 January) were a date conflict under v6; a day that is
    not a page's own still conflicts."""
    a = _article(
        "a", "As it happened: Haiti earthquake 13 Jan Live coverage following the earthquake.", date(2010, 1, 13)
    )
    b = _article(
        "b", "As it happened: Haiti earthquake 14 Jan Live coverage following Tuesday's earthquake.", date(2010, 1, 14)
    )

    def dates(day_b: str, rules: Rules = V7_RULES) -> list[str]:
        found = {"a": (("13 Jan", "2010-01-13"),), "b": (("14 Jan", day_b), ("Tuesday", "2010-01-12"))}
        return [c["field"] for c in _conflicts(a, b, _dated((a, b), found), rules)]

    assert dates("2010-01-14", V6_RULES) == ["date"]
    assert dates("2010-01-14") == []
    assert dates("2010-01-15") == ["date"]  # "14 Jan" read as another day than the page's own


def test_v7_keeps_the_real_disagreements():
    """Two floors the same day conflict, a later higher toll is an update, "about 1,200" is refined by "1,139"."""
    assert [c["kind"] for c in _at_least(30, 34, 19, V7_RULES)] == ["conflict"]
    assert [c["kind"] for c in _at_least(30, 34, 20, V7_RULES)] == ["update"]
    a, ann_a = _toll("a", "Hamas gunmen killed about 1,200 people.", "about 1,200", 1200, "about", date(2024, 8, 19))
    b, ann_b = _toll("b", "Hamas gunmen killed 1,139 people.", "1,139", 1139, None, date(2024, 8, 19))
    assert [c["kind"] for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, V7_RULES)] == ["refinement"]


def _day_pair(text_a: str, day_a: tuple[str, str], text_b: str, day_b: tuple[str, str], rules: Rules) -> list[str]:
    """The fields in conflict between two one-sentence articles of one day, each with one dated expression."""
    a, b = _article("a", text_a), _article("b", text_b)
    return [c["field"] for c in _conflicts(a, b, _dated((a, b), {"a": (day_a,), "b": (day_b,)}), rules)]


def test_dates_of_two_events_are_not_a_conflict():
    """Timeline17 BBC H1N1 (v7 listed it as a date conflict): Besser's saying is dated Tuesday, the confirming of
    a death Wednesday; two predicates, two events, each on its own day. CNN Libya: Hague "told Reuters" today and
    "spoke" with Saif Gadhafi on Sunday."""
    said = "Dr Richard Besser of the Centers for Disease Control and Prevention, said on Tuesday: we will see deaths."
    confirmed = "The cause of death was confirmed on Wednesday by Dr Richard Besser, acting director of the CDC."
    days = ("Tuesday", "2009-04-28"), ("Wednesday", "2009-04-29")
    assert _day_pair(said, days[0], confirmed, days[1], V7_RULES) == ["date"]
    assert _day_pair(said, days[0], confirmed, days[1], V8_RULES) == []
    told = "Earlier today, British Foreign Secretary William Hague told Reuters that Gadhafi may be on his way."
    spoke = "British Foreign Secretary William Hague spoke on Sunday with Saif Gadhafi, the Foreign Office said."
    libya = ("today", "2011-02-21"), ("Sunday", "2011-02-20")
    assert _day_pair(told, libya[0], spoke, libya[1], V8_RULES) == []


def test_two_days_for_one_event_stay_a_conflict():
    """CNN Libya: one speech, "delivered Sunday" in one version and "early Monday" in the other; and the same
    verb with two days ("The talks resumed on Thursday" / "on Friday")."""
    sunday = "Washington was taking a close look at a speech delivered Sunday by Saif al-Islam Gadhafi."
    monday = "Washington was taking a close look at a speech early Monday by Saif al-Islam Gadhafi."
    days = ("Sunday", "2011-02-20"), ("Monday", "2011-02-21")
    assert _day_pair(sunday, days[0], monday, days[1], V8_RULES) == ["date"]
    talks = ("Thursday", "2024-08-22"), ("Friday", "2024-08-23")
    resumed = "The talks resumed on Thursday.", "The talks resumed on Friday."
    assert _day_pair(resumed[0], talks[0], resumed[1], talks[1], V8_RULES) == ["date"]


def test_a_date_attached_to_no_predicate_is_compared_as_before():
    """A caption "On Tuesday." has a preposition for its root: no predicate to tell two events apart, so the dates
    are compared (and the parse's walk up the tree ends there)."""
    days = ("Tuesday", "2009-04-28"), ("Wednesday", "2009-04-29")
    caption, confirmed = "On Tuesday.", "The cause of death was confirmed on Wednesday."
    assert _day_pair(caption, days[0], confirmed, days[1], V8_RULES) == ["date"]


def _quoted_page(aid: str, sentences: list[str], speaker: str, said_by: str, name: str, published: date) -> tuple:
    """A page whose last sentence quotes ``speaker``, the extractor's speaker span on the words ``said_by`` of that
    sentence, and ``name`` a PERSON mention in its first sentence."""
    article = _page(aid, sentences, aid.upper())
    article = dataclasses.replace(article, published=published)
    last = article.sentences[-1]
    cue = article.text.index(said_by, last.start)
    said = Span(aid, cue, cue + len(said_by))
    quote = Quote(aid, last.i, last.start, cue, article.text[last.start : cue], speaker, said)
    unit = Unit(aid, last.i, last.text, aid.upper())
    return article, Annotations(aid, quotes=(quote,), mentions=(mention(article, 0, name, "PERSON"),)), unit


def test_a_speaker_the_cited_sentence_does_not_name_is_not_a_misattribution():
    """Timeline17 LibyaWar_cnn: Eman al-Obeidy's words ended by "she said" on CNN's pages of 27 and 30 March; the
    extractor read "she" as al-Obeidy on one page and as her mother, Aysha Ahmed, on the other, and v8 printed a
    speaker conflict "al-obeidy" vs "ahmed" (one of 30 such entries in that brief, none of them two outlets naming two
    people). v9 compares a speaker only when the cited sentence names them."""
    words = '"Look at what Gadhafi\'s brigades did to me," she said.'
    a, ann_a, ua = _quoted_page(
        "a",
        [
            "Eman al-Obeidy's parents told CNN Tuesday they are no longer afraid to publicly condemn the Libyan"
            " strongman.",
            "Speaking in English, she said she was from the rebel stronghold of Benghazi.",
            words,
        ],
        "Eman al-Obeidy",
        "she",
        "Eman al-Obeidy",
        date(2011, 3, 27),
    )
    b, ann_b, ub = _quoted_page(
        "b",
        [
            "Ahmed said she can not forgive the grave injustice her daughter has suffered.",
            "Though her injuries appeared consistent with what she said, CNN could not independently verify"
            " al-Obeidy's story.",
            words,
        ],
        "Aysha Ahmed",
        "she",
        "Ahmed",
        date(2011, 3, 30),
    )
    articles, ann = {"a": a, "b": b}, {"a": ann_a, "b": ann_b}
    assert [c["description"] for c in find_conflicts([ua, ub], articles, ann, rules=V8_RULES)] == [
        "speaker: “al-obeidy” (A) vs “ahmed” (B)"
    ]
    assert find_conflicts([ua, ub], articles, ann, rules=V9_RULES) == ()


def test_two_outlets_naming_two_speakers_for_one_quote_still_conflict():
    """v9 keeps a speaker each cited sentence names ("…, Blinken said." / "…, Sullivan said.")."""
    a = _article("a", "The talks resumed on Thursday, Blinken said.")
    b = _article("b", "The talks resumed on Thursday, Sullivan said.")

    def named(article: Article, speaker: str, said_by: str) -> Annotations:
        claim = _claim(article, "Thursday", {}, (speaker,), {said_by: "PERSON"})
        start = article.text.index(said_by)
        span = Span(article.id, start, start + len(said_by))
        return dataclasses.replace(claim, quotes=(dataclasses.replace(claim.quotes[0], speaker_span=span),))

    ann = {"a": named(a, "Antony Blinken", "Blinken"), "b": named(b, "Jake Sullivan", "Sullivan")}
    assert [c["field"] for c in _conflicts(a, b, ann, V9_RULES)] == ["speaker"]


def test_an_ordinal_or_a_hyphened_modifier_says_which_one_not_how_many():
    """Timeline17 dev briefs under v8: EgyptianProtest_cnn's HLN promo "This is the eighth case" was "updated to"
    "This is the 11th case" (each night a new case: 7 such entries in that brief), haiti_bbc's "two-year-old girl"
    was "updated to" a "14-year-old girl" (two girls), and "a five-storey building" conflicted with "The two-storey
    building" (two buildings). v9 compares neither an ordinal nor a numeral hyphenated into a modifier."""
    eighth = _article("a", "This is the eighth case, and it will air on HLN at 9 p.m. ET.", date(2011, 1, 26))
    eleventh = _article("b", "This is the 11th case, and it will air at 9 p.m. ET Monday on HLN.", date(2011, 1, 31))
    cases = [_counted(eighth, "eighth", 8, "case", "case")], [_counted(eleventh, "11th", 11, "case", "case")]
    assert _kinds(eighth, cases[0], eleventh, cases[1], V8_RULES) == ["update eighth 11th"]
    assert _kinds(eighth, cases[0], eleventh, cases[1], V9_RULES) == []
    two = _article("c", "They found a two-year-old girl alive in the rubble of a nursery.", date(2010, 1, 16))
    fourteen = _article("d", "A 14-year-old girl was also found alive.", date(2010, 1, 18))
    girls = [_counted(two, "two-year-old", 2, "year", "girl")], [_counted(fourteen, "14-year-old", 14, "year", "girl")]
    assert _kinds(two, girls[0], fourteen, girls[1], V8_RULES) == ["update two-year-old 14-year-old"]
    assert _kinds(two, girls[0], fourteen, girls[1], V9_RULES) == []


def test_v9_keeps_counts():
    """The counts v8 compared stay compared: a later higher toll, two tolls the same day, a vague toll and a
    precise one."""
    assert [c["kind"] for c in _at_least(30, 34, 19, V9_RULES)] == ["conflict"]
    assert [c["kind"] for c in _at_least(30, 34, 20, V9_RULES)] == ["update"]
    a, ann_a = _toll("a", "Hamas gunmen killed about 1,200 people.", "about 1,200", 1200, "about", date(2024, 8, 19))
    b, ann_b = _toll("b", "Hamas gunmen killed 1,139 people.", "1,139", 1139, None, date(2024, 8, 19))
    assert [c["kind"] for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, V9_RULES)] == ["refinement"]


def _day_count(aid: str, text: str, figure: str, value: float, day: tuple[str, str], published: date):
    """A page whose one sentence gives ``figure`` (vessels hailed) on the day ``day`` = (its words, its value)."""
    article = _article(aid, text, published)
    words, value_of_day = day
    start = text.index(words)
    timex = Timex(aid, 0, start, start + len(words), words, "DATE", value_of_day)
    figures = (_counted(article, figure, value, "vessel", "vessels hailed"),)
    return article, Annotations(aid, figures=figures, timexes=(timex,))


def test_counts_of_two_named_days_are_two_days_events():
    """Timeline17 LibyaWar_reuters: NATO's daily note, re-run in Reuters' Libya reports, "On Wednesday, 12 vessels
    were hailed …" (30 June) and "On Monday, 18 vessels were hailed …" (26 July) was "updated" 12 → 18, and "149 air
    sorties on Wednesday" conflicted with "111 air sorties on Monday": each day's count, not one count twice. v9
    compares no figures whose sentences name two different days."""
    a, ann_a = _day_count(
        "a", "On Wednesday, 12 vessels were hailed to determine destination and cargo.", "12", 12,
        ("Wednesday", "2011-06-29"), date(2011, 6, 30),
    )  # fmt: skip
    b, ann_b = _day_count(
        "b", "On Monday, 18 vessels were hailed to determine destination and cargo.", "18", 18,
        ("Monday", "2011-07-25"), date(2011, 7, 26),
    )  # fmt: skip
    ann = {"a": ann_a, "b": ann_b}
    v9_without = dataclasses.replace(V9_RULES, figure_days=False)
    assert [c["kind"] for c in _conflicts(a, b, ann, v9_without)] == ["update"]
    assert _conflicts(a, b, ann, V9_RULES) == ()


def test_counts_on_one_named_day_or_as_of_each_papers_day_are_still_compared():
    """The same day named on both sides is one day's count; and a count each paper gives "today" (its own day) is a
    count as of that day, so a later higher one is still an update."""
    a, ann_a = _day_count(
        "a", "On Monday, 18 vessels were hailed to determine destination and cargo.", "18", 18,
        ("Monday", "2011-07-25"), date(2011, 7, 26),
    )  # fmt: skip
    b, ann_b = _day_count(
        "b", "On Monday, 19 vessels were hailed, officials said on Tuesday.", "19", 19,
        ("Monday", "2011-07-25"), date(2011, 7, 26),
    )  # fmt: skip
    assert [c["kind"] for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, V9_RULES)] == ["conflict"]
    c, ann_c = _day_count(
        "c", "Today 12 vessels have been hailed since the start.", "12", 12, ("Today", "2011-06-30"), date(2011, 6, 30)
    )
    d, ann_d = _day_count(
        "d", "Today 18 vessels have been hailed since the start.", "18", 18, ("Today", "2011-07-26"), date(2011, 7, 26)
    )
    assert [x["kind"] for x in _conflicts(c, d, {"c": ann_c, "d": ann_d}, V9_RULES)] == ["update"]


def test_a_figure_restated_in_other_units_is_not_compared():
    """Timeline17 haiti_bbc: Frank Thorp "drove 161km (100 miles)" on one page and "about 100 miles (160km)" on another;
    v9 printed the two pages' metric conversions as a conflict, 161km vs 160km. v10 compares the miles, which agree."""
    a = _article(
        "a", "Frank Thorp told CBS he drove 161km (100 miles) to Port-au-Prince to rescue his wife.", date(2010, 1, 13)
    )
    b = _article(
        "b",
        "Frank Thorp says he drove about 100 miles (160km) to Port-au-Prince to rescue his wife.",
        date(2010, 1, 28),
    )
    figures_a = [_counted(a, "161km", 161, "km", None), _counted(a, "100 miles", 100, "mile", None)]
    figures_b = [_counted(b, "about 100 miles", 100, "mile", None, "about"), _counted(b, "160km", 160, "km", None)]
    assert _kinds(a, figures_a, b, figures_b, V9_RULES) == ["conflict 161km 160km"]
    assert _kinds(a, figures_a, b, figures_b, V10_RULES) == []


def test_a_count_with_words_in_brackets_is_still_compared():
    """Only a figure restating the one before it is a conversion: "(including 30 children)" is a count of its own."""
    a = _article("a", "The strike killed 40 people (including 30 children) in Gaza.")
    b = _article("b", "The strike killed 40 people (including 12 children) in Gaza.")
    figures_a = [_counted(a, "30", 30, "child", "children killed")]
    figures_b = [_counted(b, "12", 12, "child", "children killed")]
    assert _kinds(a, figures_a, b, figures_b, V10_RULES) == ["conflict 30 12"]


def test_two_renderings_of_one_range_agree():
    """Timeline17 LibyaWar_reuters, as ``extract.figures.v5`` reads the two pages: each end of a range is a figure of
    its own ("10,000" and "12,000 troops"; "some 10" troops and "12,000"), so v10 printed "12,000" vs "some 10" and
    "250" vs "200" as conflicts. v12 reads each range as one figure, 10,000 to 12,000 and 200 to 250: they agree."""
    a = _article(
        "a",
        "Military experts estimate Gaddafi can count on 10,000 to 12,000 troops, not counting loyalists in the "
        "security services and mercenaries.",
        date(2011, 2, 26),
    )
    b = _article(
        "b", "That leaves him with what most estimate to be some 10-12,000 loyal Libyan troops.", date(2011, 3, 1)
    )
    figures_a = [_counted(a, "10,000", 10000, None, None), _counted(a, "12,000", 12000, "troops", "troops")]
    figures_b = [
        _counted(b, "some 10", 10, "troops", "Libyan troops", "some"),
        _counted(b, "12,000", 12000, None, None),
    ]
    assert _kinds(a, figures_a, b, figures_b, V10_RULES) == ["conflict 12,000 some 10"]
    assert _kinds(a, figures_a, b, figures_b, V12_RULES) == []
    c = _article(
        "c",
        "Its interior minister denied on Tuesday a report from Niger and French military sources that 200-250 Libyan "
        "army vehicles had arrived via Algeria on Monday near the northern town of Agadez.",
        date(2011, 9, 7),
    )
    d = _article(
        "d",
        "A large convoy of Libyan armored vehicles, containing between 200 and 250 Libyan military vehicles, and "
        "escorted by the Nigerien military arrive in the northern Niger desert town of Agadez.",
        date(2011, 9, 21),
    )
    figures_c = [_counted(c, "200", 200, None, None), _counted(c, "250", 250, "vehicles", "army vehicles arrived")]
    figures_d = [_counted(d, "200", 200, "vehicles", "military vehicles"), _counted(d, "250", 250, None, None)]
    assert _kinds(c, figures_c, d, figures_d, V10_RULES) == ["conflict 250 200"]
    assert _kinds(c, figures_c, d, figures_d, V12_RULES) == []


def test_a_point_at_the_end_of_a_range_gives_its_value():
    """LibyaWar_reuters: "($43 million-86 million)" read as "$43" and "million" was "updated to" "$86 million", the
    same speaker's "up to" figure; "about 500,000 to 600,000 barrels" was a conflict with "500,000 barrels". A point
    at one end of a range states that end (v12: no flag)."""
    a = _article(
        "a",
        "Ali Tarhouni said the rebels were spending between 50 million to 100 million Libyan dinars ($43 million-86 "
        "million) per day.",
        date(2011, 5, 3),
    )
    b = _article(
        "b", "He had earlier estimated the rebels were spending up to 100 million Libyan dinars ($86 million) per day.",
        date(2011, 6, 18),
    )  # fmt: skip
    figures_a = [
        _counted(a, "50 million", 50e6, None, None),
        _counted(a, "100 million", 100e6, "dinars", "Libyan dinars spent"),
        _counted(a, "$43", 43, "USD", None),
        Figure("a", 0, a.text.index("million)"), a.text.index("million)") + 7, "million", 1e6),
    ]
    figures_b = [_counted(b, "up to 100 million", 100e6, "dinars", "Libyan dinars spent", "up to")]
    figures_b.append(_counted(b, "$86 million", 86e6, "USD", None))
    assert _kinds(a, figures_a, b, figures_b, V10_RULES) == ["update $43 $86 million"]
    assert _kinds(a, figures_a, b, figures_b, V12_RULES) == []


def test_a_point_inside_a_range_refines_it_and_one_outside_still_conflicts():
    """A point inside a range is at most a refinement; outside it, the outlets disagree (v12)."""
    a = _article("a", "Military experts estimate Gaddafi can count on 10,000 to 12,000 troops.", date(2011, 2, 26))
    figures_a = [_counted(a, "10,000", 10000, None, None), _counted(a, "12,000", 12000, "troops", "troops")]
    for count, kind in (("11,000", "refinement 10,000 to 12,000 11,000"), ("8,000", "conflict 10,000 to 12,000 8,000")):
        b = _article("b", f"Military experts estimate Gaddafi can count on {count} troops.", date(2011, 2, 26))
        figures_b = [_counted(b, count, float(count.replace(",", "")), "troops", "troops")]
        assert _kinds(a, figures_a, b, figures_b, V12_RULES) == [kind]
    # "from 30 to 40": a change, two values, not a range
    c = _article("c", "The toll rose from 30 to 40 people killed on Monday.", date(2011, 2, 26))
    d = _article("d", "The toll rose to 35 people killed on Monday.", date(2011, 2, 26))
    figures_c = [_counted(c, "30", 30, None, None), _counted(c, "40", 40, "people", "people killed")]
    figures_d = [_counted(d, "35", 35, "people", "people killed")]
    assert _kinds(c, figures_c, d, figures_d, V12_RULES) == ["conflict 40 35"]
    # H1N1_guardian: "increased by 22 to 530" is a rise of 22 to a total of 530, not a range of 22 to 530
    e = _article("e", "The official number of swine flu cases in Scotland increased by 22 to 530 today.")
    f = _article("f", "The official number of swine flu cases in Scotland rose to 500 today.")
    figures_e = [_counted(e, "22", 22, None, None), _counted(e, "530", 530, "cases", "cases")]
    figures_f = [_counted(f, "500", 500, "cases", "cases")]
    assert _kinds(e, figures_e, f, figures_f, V12_RULES) == ["conflict 530 500"]


def test_an_age_written_years_old_is_not_a_count():
    """Timeline17 H1N1_reuters: "One patient was 4 years old" was "updated to" "schoolchildren up to the age of about 15
    years old": two people's ages, not one count (v12, like "a two-year-old girl" under v9)."""
    a = _article(
        "a",
        "One patient was 4 years old and previously healthy, and one patient was 4 years old with neurological "
        "problems,\" Dharan's team wrote.",
        date(2009, 3, 2),
    )
    b = _article(
        "b",
        "All schoolchildren up to the age of about 15 years old will stay off but older students will return on "
        "Thursday, he said.",
        date(2009, 5, 4),
    )
    figures_a = [_counted(a, "4 years", 4, "year", None)]
    figures_b = [_counted(b, "about 15 years", 15, "year", None, "about")]
    assert _kinds(a, figures_a, b, figures_b, V10_RULES) == ["update 4 years about 15 years"]
    assert _kinds(a, figures_a, b, figures_b, V12_RULES) == []


def _windowed(aid: str, text: str, published: date, figures: list[tuple[str, float, str, str]]):
    """A Reuters page's sentence with its figures as the extractor records them (text, value, unit, context) and its
    timexes as the tagger types them ("the past 24 hours": DURATION; "five days": DURATION; "Thursday": DATE)."""
    article = _article(aid, text, published)
    records = tuple(_counted(article, t, v, u, c) for t, v, u, c in figures)
    timexes = []
    for words, kind, value in (
        ("the past 24 hours", "DURATION", "PT24H"),
        ("the last 24 hours", "DURATION", "PT24H"),
        ("the last two days", "DURATION", "P2D"),
        ("five days", "DURATION", "P5D"),
        ("on Thursday", "DATE", str(published)),
    ):
        if words in text:
            start = text.index(words)
            timexes.append(Timex(aid, 0, start, start + len(words), words, kind, value))
    return article, Annotations(aid, figures=records, timexes=tuple(timexes))


_SORTIES_25 = (
    "In Washington, a U.S. military spokeswoman said the coalition fired 16 Tomahawk cruise missiles and flew 153 air "
    "sorties in the past 24 hours targeting Gaddafi's artillery, mechanized forces and command and control "
    "infrastructure."
)
_SORTIES_29 = (
    "The Pentagon said 115 strike sorties had been flown against Gaddafi's forces in the last 24 hours, and 22 "
    "Tomahawk cruise missiles had been fired."
)
_SORTIES_25_FIGURES = [("16", 16, "missiles", "cruise missiles fired"), ("153", 153, "sorties", "air sorties flown")]
_SORTIES_29_FIGURES = [("115", 115, "sorties", "strike sorties flown"), ("22", 22, "missiles", "cruise missiles fired")]


def test_counts_over_the_past_24_hours_of_two_papers_count_two_windows():
    """Timeline17 LibyaWar_reuters: the coalition's daily counts "in the past 24 hours" (25 March) and "in the last 24
    hours" (29 March) were printed as a conflict (153 vs 115 sorties) and an update (16 → 22 Tomahawks). Each counts
    the day before its own paper: two windows, neither a contradiction nor a revised count. v11 compares them no
    more."""
    a, ann_a = _windowed("a", _SORTIES_25, date(2011, 3, 25), _SORTIES_25_FIGURES)
    b, ann_b = _windowed("b", _SORTIES_29, date(2011, 3, 29), _SORTIES_29_FIGURES)
    ann = {"a": ann_a, "b": ann_b}
    assert sorted(f"{c['kind']} {c['description']}" for c in _conflicts(a, b, ann, V10_RULES)) == [
        "conflict figure: “153” (A) vs “115” (B)",
        "update figure: “16” (A) was updated to “22” (B)",
    ]
    assert all(_conflicts(a, b, ann, rules) == () for rules in (V11_RULES, V13_RULES))


def test_a_window_count_is_not_the_count_of_a_later_named_day():
    """Timeline17 LibyaWar_reuters: "87 wounded over the last two days" (10 October) vs "23 wounded on Thursday" (13
    October), one field hospital's intake over two periods."""
    a, ann_a = _windowed(
        "a",
        "In just one field hospital to the east of the city, doctors said they had received 20 dead and 87 wounded "
        "over the last two days from fighting.",
        date(2011, 10, 10),
        [("87", 87, "wounded", "received")],
    )
    b, ann_b = _windowed(
        "b", "One field hospital received two NTC dead and 23 wounded on Thursday.", date(2011, 10, 13),
        [("23", 23, "wounded", "received")],
    )  # fmt: skip
    ann = {"a": ann_a, "b": ann_b}
    assert [c["kind"] for c in _conflicts(a, b, ann, V10_RULES)] == ["conflict"]
    assert all(_conflicts(a, b, ann, rules) == () for rules in (V11_RULES, V13_RULES))


def test_one_papers_day_window_counts_and_lengths_that_are_not_windows_are_still_compared():
    """Two reports of one day's "past 24 hours" count the same window: 153 vs 115 sorties and 16 vs 22 Tomahawks the
    same day are still conflicts.
    "in five days of violence" names a length, not a window ending at the paper: Human Rights Watch's "at least
    223" the same day as its "at least 233" still conflicts (Timeline17 LibyaWar_reuters, 21 February), and a day
    later it would be an update."""
    a, ann_a = _windowed("a", _SORTIES_25, date(2011, 3, 25), _SORTIES_25_FIGURES)
    b, ann_b = _windowed("b", _SORTIES_29, date(2011, 3, 25), _SORTIES_29_FIGURES)
    assert [c["kind"] for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, V11_RULES)] == ["conflict"] * 2
    hrw = "Human Rights Watch said at least {} people have been killed in five days of violence."
    for day, kind in ((21, "conflict"), (22, "update")):
        c, ann_c = _windowed("c", hrw.format(223), date(2011, 2, 21), [("at least 223", 223, "people", "killed")])
        d, ann_d = _windowed("d", hrw.format(233), date(2011, 2, day), [("at least 233", 233, "people", "killed")])
        assert [x["kind"] for x in _conflicts(c, d, {"c": ann_c, "d": ann_d}, V11_RULES)] == [kind]


def _told(aid: str, text: str, figure: str, value: float, context: str, published: date):
    """One article of one sentence with one figure of ``context`` (what ``extract.figures`` counts it as)."""
    article = _article(aid, text, published)
    return article, Annotations(aid, figures=(_figure(article, figure, value, context),))


def _pair(first: tuple, second: tuple, rules: Rules) -> list[str]:
    (a, ann_a), (b, ann_b) = _told("a", *first), _told("b", *second)
    return [f"{c['kind']} {c['description']}" for c in _conflicts(a, b, {"a": ann_a, "b": ann_b}, rules)]


def test_incidents_told_in_the_simple_past_on_two_days_are_two_incidents():
    """Timeline17 LibyaWar_reuters, EgyptianProtest_cnn: one fact held two incidents of one shape, each told in the
    simple past by papers weeks apart, and v13 printed an update (2 → 5 killed; a 5.6 quake → a 6.8 quake) and a
    conflict (three ships boarded one day, two another). v14 compares such figures only within one day."""
    killed = (
        ("Two people were killed and many others were wounded, it said.", "Two", 2, "killed", date(2011, 4, 28)),
        ("Five were killed and several wounded by Libyan government shellfire, they said.", "Five", 5, "killed",
         date(2011, 5, 17)),
    )  # fmt: skip
    quakes = (
        ("A magnitude 5.6 earthquake struck Chile at 1:11 p.m. (11:11 a.m. ET) Saturday, the U.S. Geological Survey "
         "reported.", "5.6", 5.6, "magnitude earthquake", date(2011, 2, 5)),
        ("A magnitude 6.8 earthquake struck Friday afternoon off the coast of Chile, according to the U.S. Geological "
         "Survey.", "6.8", 6.8, "magnitude earthquake", date(2011, 2, 11)),
    )  # fmt: skip
    boarded = (
        ("Three were boarded but none was diverted.", "Three", 3, "boarded", date(2011, 6, 30)),
        ("Two were boarded but they were not diverted.", "Two", 2, "boarded", date(2011, 7, 26)),
    )
    assert _pair(*killed, V13_RULES) == ["update figure: “Two” (A) was updated to “Five” (B)"]
    assert _pair(*quakes, V13_RULES) == ["update figure: “5.6” (A) was updated to “6.8” (B)"]
    assert _pair(*boarded, V13_RULES) == ["conflict figure: “Three” (A) vs “Two” (B)"]
    assert all(_pair(*pair, V14_RULES) == [] for pair in (killed, quakes, boarded))


def test_counts_as_of_the_paper_states_and_one_days_incidents_are_still_compared():
    """What v14 still compares: a count as of the paper ("2,000 civilians have been killed" → "2,700", Timeline17
    SyrianCrisis_reuters), a perfect shared by a conjunct ("has so far infected … and killed 92" → "killed just 95",
    H1N1_reuters), a state ("Another 25 British nationals were aboard the U.S. ferry" → 49, LibyaWar_cnn), and two
    incidents told the same day (LibyaWar_reuters' tolls dated one day: still a conflict)."""
    un = (
        ("The United Nations says 2,000 civilians have been killed.", "2,000", 2000, "civilians killed",
         date(2011, 8, 19)),
        ("The United Nations says 2,700 civilians have been killed.", "2,700", 2700, "civilians killed",
         date(2011, 10, 5)),
    )  # fmt: skip
    who = (
        ("The new H1N1 virus has so far infected nearly 13,000 people and killed 92 around the globe, according to "
         "the World Health Organization.", "92", 92, "killed", date(2009, 5, 27)),
        ("By contrast, the H1N1 strain, commonly known as swine flu and which has put the world on pandemic alert, has "
         "infected more than 13,000 people but killed just 95, according to WHO figures.", "95", 95, "killed",
         date(2009, 5, 28)),
    )  # fmt: skip
    ferry = (
        ("Another 25 British nationals were aboard the U.S. ferry in Tripoli harbor.", "25", 25, "British nationals",
         date(2011, 2, 24)),
        ("Another 49 British nationals were aboard the U.S. ferry that departed Tripoli, it said.", "49", 49,
         "British nationals", date(2011, 2, 25)),
    )  # fmt: skip
    expected = [
        "update figure: “2,000” (A) was updated to “2,700” (B)",
        "update figure: “92” (A) was updated to “95” (B)",
        "update figure: “25” (A) was updated to “49” (B)",
    ]
    assert [_pair(*pair, V14_RULES) for pair in (un, who, ferry)] == [[e] for e in expected]
    assert [_pair(*pair, V16_RULES) for pair in (un, who, ferry)] == [[e] for e in expected]
    one_day = ("Five were killed and several wounded by Libyan government shellfire, they said.", "Five", 5, "killed",
               date(2011, 4, 28))  # fmt: skip
    two = ("Two people were killed and many others were wounded, it said.", "Two", 2, "killed", date(2011, 4, 28))
    assert _pair(two, one_day, V14_RULES) == ["conflict figure: “Two” (A) vs “Five” (B)"]


def test_a_present_state_that_falls_on_a_later_day_is_an_update():
    """Timeline17 LibyaWar_reuters: NATO's daily note re-run by Reuters, "Seventeen ships under NATO command are
    patrolling" on 30 June and "Sixteen ships …" on 16 August. v14 printed a conflict; the ships on patrol are a
    state of each paper's day, and a lower later count is the state that changed: v15 prints an update. A count
    that only rises ("2,700 civilians have been killed" before "2,000") stays a conflict when it falls."""
    patrol = "{} ships under NATO command are patrolling the central Mediterranean Sea to enforce a U.N. arms embargo."
    ships = (
        (patrol.format("Seventeen"), "Seventeen", 17, "ships", date(2011, 6, 30)),
        (patrol.format("Sixteen"), "Sixteen", 16, "ships", date(2011, 8, 16)),
    )
    assert _pair(*ships, V14_RULES) == ["conflict figure: “Seventeen” (A) vs “Sixteen” (B)"]
    assert _pair(*ships, V15_RULES) == ["update figure: “Seventeen” (A) was updated to “Sixteen” (B)"]
    assert _pair(ships[1], ships[0], V15_RULES) == ["update figure: “Seventeen” (B) was updated to “Sixteen” (A)"]
    un = "The United Nations says {} civilians have been killed."
    fallen = (
        (un.format("2,700"), "2,700", 2700, "civilians killed", date(2011, 8, 19)),
        (un.format("2,000"), "2,000", 2000, "civilians killed", date(2011, 10, 5)),
    )
    assert _pair(*fallen, V15_RULES) == ["conflict figure: “2,700” (A) vs “2,000” (B)"]


def _rated(aid: str, text: str, published: date, figure: str, value: float, unit: str | None, context: str | None):
    """A page's sentence with one figure as ``extract.figures`` records it (text, value, unit, context; "about" and
    "more than" as qualifiers) and its repeated times as the tagger types them ("a day": SET P1D)."""
    article = _article(aid, text, published)
    start = text.index(figure)
    qualifier = next((q for q in ("about", "more than") if figure.startswith(q)), None)
    record = Figure(aid, 0, start, start + len(figure), figure, value, unit, qualifier, context)
    timexes = []
    for words, value_ in (("a day", "P1D"), ("every year", "P1Y")):
        if words in text:
            at = text.index(words)
            timexes.append(Timex(aid, 0, at, at + len(words), words, "SET", value_))
    return article, Annotations(aid, figures=(record,), timexes=tuple(timexes))


def test_two_rates_over_two_periods_are_two_quantities():
    """Timeline17 H1N1_reuters: seasonal flu's deaths "about 100 a day in the USA alone" (27 April 2009) and "more
    than 200,000 every year" (29 April) are rates over a day and a year; v14 printed an update. A rate over the same
    period is still compared (LibyaWar_reuters: "as much as 1.2 million barrels per day (bpd)" shut on 28 February
    vs "one million barrels per day (bpd)" on 4 March, "per day" written out)."""
    a = _rated("a", "e.g. about 100 a day in the USA alone.", date(2009, 4, 27), "about 100", 100, None, None)
    b = _rated(
        "b", "The USA records just one death, whereas its total flu deaths amount to more than 200,000 every year.",
        date(2009, 4, 29), "more than 200,000", 200_000, None, None,
    )  # fmt: skip
    day_year = {"a": a[1], "b": b[1]}
    assert [c["kind"] for c in _conflicts(a[0], b[0], day_year, V14_RULES)] == ["update"]
    assert _conflicts(a[0], b[0], day_year, V15_RULES) == ()
    c = _rated(
        "c", "The U.S. bank said initial reports suggested companies had already shut onshore production, and it "
        "estimated as much as 1.2 million barrels per day (bpd) of crude oil may have been shut down in the country.",
        date(2011, 2, 28), "1.2 million", 1.2e6, "barrels", "barrels of oil shut",
    )  # fmt: skip
    d = _rated(
        "d", "The International Energy Agency said one million barrels per day (bpd) of Libya's oil output was shut, "
        "the top of the range it had estimated on Wednesday.", date(2011, 3, 4), "one million", 1e6, "barrels",
        "barrels of output shut",
    )  # fmt: skip
    per_day = [x["description"] for x in _conflicts(c[0], d[0], {"c": c[1], "d": d[1]}, V15_RULES)]
    assert per_day == ["figure: “1.2 million” (C) vs “one million” (D)"]
