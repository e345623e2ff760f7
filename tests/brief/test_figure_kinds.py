"""brief.figure-variants.v3: the Figures list leads with the story's counts (tolls, people, money), not its detail
(ages, durations, terms, scales) nor a box one outlet prints on every page."""

from __future__ import annotations

import dataclasses

from newsdesk.brief.figure_kinds import Kind, kind
from newsdesk.brief.figures import story_figures, tellings
from newsdesk.extract import annotate, find_figures
from newsdesk.extract.nlp import load_nlp
from newsdesk.model import Article, Citation, Fact, Figure, Sentence


def _article(text: str, article: str, duplicate_of: str | None = None) -> Article:
    return Article(
        id=article,
        path=f"{article}.txt",
        text=text,
        sentences=(Sentence(0, 0, len(text), text),),
        duplicate_of=duplicate_of,
    )


def _figures(text: str, article: str = "t") -> tuple[Figure, ...]:
    found = find_figures(_article(text, "t"), load_nlp()(text))
    return tuple(dataclasses.replace(f, article=article) for f in found)


def _kinds(text: str) -> list[tuple[str, Kind]]:
    return [(f.text, kind(f)) for f in _figures(text)]


def test_detail_is_told_from_counts() -> None:
    # EgyptianProtest (Timeline17, CNN / Guardian): the rule's length, an age and a term limit describe
    assert _kinds("Protesters are demanding an end to President Hosni Mubarak's 30-year rule.") == [
        ("30-year", Kind.DETAIL)
    ]
    assert ("19-year-old", Kind.DETAIL) in _kinds("A 19-year-old student demonstrator was shot in the head.")
    assert ("two-term", Kind.DETAIL) in _kinds("He promised to restore two-term limits on the presidency.")
    # H1N1 (BBC): the WHO's scale and a facility's hours
    assert ("six-point", Kind.DETAIL) in _kinds("They rate the threat at three on a six-point scale.")
    # the story's tolls are outcomes, whatever verb or noun tells them
    egypt = "Egypt's official MENA news agency reported that at least 90 people were detained Wednesday."
    assert _kinds(egypt) == [("at least 90", Kind.OUTCOME)]
    assert _kinds("At least 27 people were wounded, Nile News said.") == [("At least 27", Kind.OUTCOME)]
    assert ("12", Kind.OUTCOME) in _kinds("Mexico has 12 probable cases of the virus.")
    # people and money
    assert _kinds("About 15,000 riot police were deployed in Cairo.")[0][1] == Kind.PEOPLE_OR_MONEY
    assert _kinds("The government has pledged more than $200m to fight the virus.")[0][1] == Kind.PEOPLE_OR_MONEY
    # a figure with no label says nothing on its own
    assert ("up to 40%", Kind.UNLABELLED) in _kinds(
        "It is estimated that up to 40% of the world's population were infected."
    )


def test_the_story_toll_comes_before_a_corroborated_detail() -> None:
    """EgyptianProtest (Timeline17): v2 led the text brief with "30-year — rule", told by four articles, while "at
    least 90 — people detained" sat eleventh."""
    rule = "Thousands of people took to the streets of Cairo to call for an end to Mubarak's 30-year rule."
    tellers = [_figures(rule, article) for article in ("a", "b", "c")]
    fact = Fact(rule, tuple(Citation(a, 0) for a in "abc"), tuple("abc"))
    toll = _figures("Egypt's official MENA news agency reported that at least 90 people were detained.", "d")
    kept = story_figures([*(f for t in tellers for f in t), *toll], [fact])
    assert [f.text for f in kept] == ["at least 90", "30-year"]


def test_a_factbox_printed_on_several_pages_is_one_telling() -> None:
    """H1N1 (BBC, Timeline17): the 1918 box ("killing more than 50m people") is printed on five pages of one outlet,
    glued by the splitter to each page's next sentence; v2 counted five articles and led the brief with it. "at
    least 60 people" killed in Mexico, told in two wordings, is told twice."""
    box = (
        "1918: The Spanish flu pandemic remains the most devastating outbreak of modern times - infecting up to 40% of "
        "the world's population and killing more than 50m people, with young adults particularly badly affected 1957: "
        "Asian flu killed two million people."
    )
    revised = (
        "Caused by a form of the H1N1 strain of flu, it is estimated that up to 40% of the world's population were "
        "infected, and more than 50 million people died, with young adults particularly badly affected 1957: Asian "
        "flu killed two million people."
    )
    toll = [
        "The virus has killed at least 60 people in Mexico and appears to have infected more than 1,000.",
        "Mexico was not certain at that stage that 60 people had been killed by swine flu.",
    ]
    pages = [_article(box, "p1"), _article(box, "p2"), _article(revised, "p3")]
    pages += [_article(t, f"q{i}") for i, t in enumerate(toll)]
    assert tellings([Citation(p.id, 0) for p in pages[:3]], pages) == 1
    assert tellings([Citation(p.id, 0) for p in pages[3:]], pages) == 2
    # a copy of an article is no second telling whatever its wording
    copy = _article(toll[1], "copy", duplicate_of="q0")
    assert tellings([Citation("q0", 0), Citation("copy", 0)], [*pages, copy]) == 1
    figures = [f for p in pages for f in _figures(p.text, p.id) if f.value in {60, 50_000_000}]
    facts = [
        Fact(box, tuple(Citation(p, 0) for p in ("p1", "p2", "p3")), ("p1", "p2", "p3")),
        Fact(toll[0], (Citation("q0", 0), Citation("q1", 0)), ("q0", "q1")),
    ]
    kept = story_figures(figures, facts, pages)
    assert [f.value for f in kept][:2] == [60, 50_000_000]
    assert [f.value for f in story_figures(figures, facts)][:2] == [50_000_000, 60]  # counted by articles, as v2


def test_the_seeds_tolls_lead_and_every_figure_stays(seed_articles: dict[str, Article]) -> None:
    """The seeds (AP/Reuters, Gaza ceasefire talks): the tolls and the hostages lead; the ninth visit, the 14.5-km
    corridor and the three-phase plan follow; none is dropped."""
    articles = list(seed_articles.values())
    by_id = annotate(articles)
    figures = [f for a in articles for f in by_id[a.id].figures]
    kept = story_figures(figures, (), articles)
    shown = [(f.text, f.context) for f in kept]
    for needed in [
        ("about 1,200", "people killed"),
        ("about 250", "hostages kidnapped"),
        ("14.5-km", "long stretch of land"),
    ]:
        assert needed in shown
    assert kind(next(f for f in kept if f.text == "about 250")) == Kind.OUTCOME
    tolls = [i for i, f in enumerate(kept) if f.text in {"about 1,200", "about 250"} or "40,000" in f.text]
    details = [i for i, f in enumerate(kept) if f.text in {"ninth", "14.5-km", "three-phase"}]
    assert len(tolls) == 3 and len(details) >= 3 and max(tolls) < min(details)
    assert len(kept) == len(story_figures(figures))  # v3 orders the list; it keeps every figure
