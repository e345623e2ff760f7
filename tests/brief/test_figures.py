"""The brief's Figures list: each claim once, with every sentence that states it cited."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.brief.figures import story_figures
from newsdesk.extract import annotate, find_figures
from newsdesk.extract.nlp import load_nlp
from newsdesk.model import Annotations, Article, Citation, Fact, Figure, Sentence


def _figures(text: str, article: str = "t") -> tuple[Figure, ...]:
    found = find_figures(
        Article(id="t", path="t.txt", text=text, sentences=(Sentence(0, 0, len(text), text),)), load_nlp()(text)
    )
    return tuple(dataclasses.replace(f, article=article) for f in found)


@pytest.fixture(scope="module")
def seed_annotations(seed_articles: dict[str, Article]) -> dict[str, Annotations]:
    by_id = annotate([seed_articles["002"], seed_articles["004"]])
    return {n: by_id[seed_articles[n].id] for n in ("002", "004")}


def test_the_same_claim_is_listed_once_citing_both_outlets() -> None:
    one = _figures("Militants killed about 1,200 people.")
    again = _figures("Militants killed about 1,200 people. The 1.200 euros were lost.", article="u")
    fact = Fact("Militants killed about 1,200 people.", (Citation("t", 0), Citation("u", 0)), ("t", "u"))
    kept = story_figures([*one, *again], [fact])
    assert len(kept) == 1 and kept[0].value == 1200
    assert kept[0].variants == (Citation("u", 0),)  # the second outlet's telling is cited, not dropped
    # not aligned: still listed once, by its first telling
    assert [(f.value, f.variants) for f in story_figures([*one, *again])] == [(1200, ())]


def test_the_same_reading_outside_one_fact_cites_only_its_first_telling() -> None:
    # T17 H1N1 (BBC): "during the last two weeks" and "two weeks ago" are two facts, not one claim told twice
    kept = story_figures(
        [*_figures("Over the last two weeks we saw patients."), *_figures("It was two weeks ago.", "u")]
    )
    assert [(f.text, f.variants) for f in kept] == [("two weeks", ())]


def test_one_claim_per_aligned_fact(
    seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations]
) -> None:
    # [3.14] "the Secretary of State's ninth visit to the Middle East" and [5.0] "on his ninth diplomatic mission
    # to the Middle East": one claim told twice; aligned as one fact, it is listed once with both citations.
    a, b = seed_articles["002"].id, seed_articles["004"].id
    figures = [*seed_annotations["002"].figures, *seed_annotations["004"].figures]
    fact = Fact("ninth visit", (Citation(a, 14), Citation(b, 0)), (a, b))
    ninth = [f for f in story_figures(figures, [fact]) if f.value == 9]
    assert [(f.article, f.sentence, f.variants) for f in ninth] == [(a, 14, (Citation(b, 0),))]
    assert len([f for f in story_figures(figures) if f.value == 9]) == 2  # without the alignment: two claims


def test_the_same_value_counting_other_things_in_one_fact_stays_two_claims(
    seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations]
) -> None:
    # [3.4] "two top militants" and [3.11] "two strategic corridors", were they aligned, count different things
    a = seed_articles["002"].id
    fact = Fact("two", (Citation(a, 4), Citation(a, 11)), (a,))
    two = [f for f in story_figures(seed_annotations["002"].figures, [fact]) if f.value == 2]
    assert sorted((f.unit, f.variants) for f in two) == [("corridors", ()), ("militants", ())]


def test_corroborated_figures_are_listed_first() -> None:
    """EgyptianProtest CNN (Timeline17): in story order the text brief's 25 figures were the first transcripts'
    chatter; a claim two articles state, then one of a fact more sources state, comes before a lone one (v3: of the
    story's counts, a crowd told twice before a toll told once, and a toll before an aside without a label; see
    ``test_figure_kinds``)."""
    chatter = _figures("We're back in 60 seconds.", article="a")
    lone = _figures("Police arrested 40 people in Suez.", article="d")
    crowd = _figures("There were well over 10,000 people there.", article="b")
    again = _figures("There were well over 10,000 people there.", article="c")
    both = Fact("over 10,000 people", (Citation("b", 0), Citation("c", 0)), ("b", "c"))
    kept = story_figures([*chatter, *lone, *crowd, *again], [both])
    assert [f.text for f in kept] == ["over 10,000", "40", "60 seconds"]
    wounded = _figures("At least 27 people were wounded, Nile News said.", article="e")
    hurt = _figures("Nile News said at least 27 people had been wounded.", article="f")
    hurt_fact = Fact("27 wounded", (Citation("e", 0), Citation("f", 0)), ("e", "f"))
    kept = story_figures([*chatter, *lone, *wounded, *hurt], [hurt_fact])
    assert [f.text for f in kept] == ["At least 27", "40", "60 seconds"]
    # a fact stated by more sources ranks its figure above a lone one, even without a second telling of it
    ranked = story_figures([*chatter, *lone], [Fact("arrests", (Citation("d", 0), Citation("z", 3)), ("d", "z"))])
    assert [f.text for f in ranked] == ["40", "60 seconds"]
