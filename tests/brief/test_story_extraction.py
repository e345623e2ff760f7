from __future__ import annotations

from collections import Counter

from newsdesk.brief.assemble import build_story
from newsdesk.brief.render import brief_document, render_text
from newsdesk.extract import annotate
from newsdesk.extract.aliases import name_key
from newsdesk.model import Article


def test_story_brief_lists_entities_and_figures(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    story = build_story(articles, words=60)
    assert story.entities and story.entities[0].salience >= story.entities[-1].salience
    assert "Antony Blinken" in {e.name for e in story.entities}
    assert {"entities", "figures"} <= set(story.algorithms)
    by_text = {f.text: f for f in story.figures}
    assert by_text["at least 40,000"].value == 40_000
    assert all(f.value is not None for f in story.figures)
    text = render_text(brief_document(articles, [story]))
    assert "Who and where:" in text and "Figures:" in text and "at least 40,000" in text


def test_seeds_figures_section_reads_as_claims(seed_articles: dict[str, Article]) -> None:
    """The brief's Figures list on the seeds: each line a claim, labelled by what it counts and what happened."""
    articles = list(seed_articles.values())
    text = render_text(brief_document(articles, [build_story(articles, words=60)]))
    section = text.split("Figures:")[1].split("\n\n")[0]
    lines = {line.strip().removeprefix("- ").rsplit(" [", 1)[0] for line in section.strip().splitlines()}
    assert {
        "about 1,200 — people killed",
        "about 250 — hostages kidnapped",
        "some 2.3 million — people forced from homes",
        "at least 40,000 — people killed",
        "at least 30 — Palestinians killed",
        "three-phase — process",
    } <= lines
    # an idiom in a quote ("terror from four corners of the earth") and references ("the two sides", "the two
    # countries") are not figures
    assert not any(line.startswith(("four", "two — sides", "two — countries")) for line in lines)
    # the ninth visit, told by seeds 002 and 004 in one aligned fact, is one line citing both sentences
    ninth = [line for line in section.splitlines() if "ninth" in line]
    assert len(ninth) == 1 and ninth[0].endswith("[3.14, 5.0]")


def test_story_entities_read_only_the_sentences_the_brief_keeps(seed_articles: dict[str, Article]) -> None:
    """A sentence the brief withholds (here passed as an outlet's template) names no one in "Who and where": its
    only-named entity goes, and an entity named elsewhere too loses that mention (``extract.aliases.v6``; v7 too)."""
    articles = list(seed_articles.values())
    annotations = annotate(articles)
    counts = Counter(name_key(m.text) for ann in annotations.values() for m in ann.mentions)
    # a seed sentence with a name the seeds write once, and nothing else
    only = next(
        (ann.article, m.sentence, m.text)
        for ann in annotations.values()
        for m in ann.mentions
        if counts[name_key(m.text)] == 1 and " " in m.text
    )
    full = {e.name for e in build_story(articles, 60, annotations=annotations, templates=frozenset()).entities}
    assert only[2] in full
    kept = build_story(articles, 60, annotations=annotations, templates=frozenset({only[:2]}))
    assert only[2] not in {e.name for e in kept.entities} and kept.algorithms["entities"] == "extract.aliases.v11"
