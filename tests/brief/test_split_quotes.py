"""A quotation its tag splits in two ('"…," the chief medical officer informed Andrew Marr …. "…"') is one quote of
one speaker in the brief, its parts in order (``brief.quotes.v3``; v2 listed each part as a quote of its own), citing
each part's sentence (``brief.quotes.v4``; v3 cited the first part's alone)."""

from __future__ import annotations

import re

from newsdesk.brief.assemble import build_story
from newsdesk.brief.quotes import PART_JOINER, joined_parts, resolve_speakers, statements
from newsdesk.brief.render import brief_document, render_html, render_text
from newsdesk.extract import annotate, story_entities
from newsdesk.extract.quotes import brief_quotes
from newsdesk.model import Article, Citation, Quote
from tests.conftest import t17_page


def _brief_parts(topic: str, record: str) -> tuple[tuple[Quote, ...], dict[str, Article]]:
    """One page's quotes as the brief takes them before joining: speakers resolved, direct, statements."""
    article = t17_page(topic, record)
    annotations = annotate([article])
    entities = story_entities([article], {article.id: annotations[article.id].mentions})
    quotes = resolve_speakers(annotations[article.id].quotes, entities)
    return brief_quotes(statements(quotes, {article.id: article})), {article.id: article}


def test_the_parts_of_a_quotation_around_its_tag_are_one_quote() -> None:
    """H1N1_guardian 55: '"It's happened before, in 1918, 1958 and 1969," the chief medical officer informed Andrew Marr
    on the BBC's Sunday AM program. "These things come in natural cycles …"': one quote, its span from the first
    part's start to the second's end, cited by the first part's sentence and (``parts``) the second's."""
    parts, articles = _brief_parts("H1N1_guardian", "55")
    first = next(q for q in parts if q.text.startswith("It's happened before, in 1918"))
    second = next(q for q in parts if q.text.startswith("These things come in natural cycles"))
    joined = joined_parts(parts, articles)
    assert len(joined) == len(parts) - 1
    quote = next(q for q in joined if q.start == first.start)
    assert quote.text == f"{first.text}{PART_JOINER}{second.text}"
    assert (quote.end, quote.sentence, quote.speaker) == (second.end, first.sentence, first.speaker)
    assert second.sentence != first.sentence and quote.parts == (Citation(second.article, second.sentence),)
    assert not [q for q in joined if q.text.startswith("These things come")]


def test_a_tag_naming_another_speaker_or_the_reporters_words_join_nothing() -> None:
    """H1N1_guardian 1135: '"…," Sturgeon told parliament. "Based on this experience …"' is one quote, each part the
    article's own words inside its span. 26 holds '"…," said Chan. "…"' under a speaker the extraction read before
    it ("Scientists"): the tag is not that attribution's, so the parts stay two quotes (a join would give Chan's
    words to "Scientists"). 645: '"…". The WHO issued a statement that "…"' is the reporter's sentence, no tag."""
    parts, articles = _brief_parts("H1N1_guardian", "1135")
    joined = joined_parts(parts, articles)
    assert not [q for q in joined if q.text.startswith("Based on this experience")]
    assert [q for q in joined if PART_JOINER in q.text and q.speaker == "Nicola Sturgeon"]
    for q in joined:
        assert all(part in articles[q.article].text[q.start : q.end] for part in q.text.split(PART_JOINER))
    parts, articles = _brief_parts("H1N1_guardian", "26")
    mild = [q for q in joined_parts(parts, articles) if q.text.startswith(("We are seeing a range", "The eight cases"))]
    assert len(mild) == 2 and not [q for q in mild if PART_JOINER in q.text]
    parts, articles = _brief_parts("LibyaWar_cnn", "258")  # '," Burns said. He expressed fear that … "': no tag only
    danger = [q for q in joined_parts(parts, articles) if "a very real danger" in q.text]
    assert danger and not [q for q in danger if PART_JOINER in q.text]
    parts, articles = _brief_parts("H1N1_guardian", "645")
    statement = [q for q in parts if q.text.startswith("one in four Britons")]
    assert statement and set(statement) <= set(joined_parts(parts, articles))


def test_the_brief_lists_a_split_quotation_once() -> None:
    """The story's brief (``build_story``) on H1N1_guardian 55 shows the chief medical officer's quotation once."""
    article = t17_page("H1N1_guardian", "55")
    story = build_story([article], 60)
    natural = [q for q in story.quotes if "These things come in natural cycles" in q.text]
    assert len(natural) == 1 and natural[0].text.startswith("It's happened before")
    assert story.algorithms["quotes"].startswith("brief.quotes.v4+")


def test_a_joined_quote_cites_the_sentence_of_each_part(seed_articles: dict[str, Article]) -> None:
    """Seed 001: '"In a very constructive meeting today … and that he supports it," Blinken told reporters in Tel
    Aviv. "Now the onus is on Hamas to do the same …"' is one quote; the text brief cites both sentences (v3 cited
    the first alone, so a reader following [2.4] did not find the second part's words), the HTML brief links both."""
    articles = list(seed_articles.values())
    story = build_story(articles, 120)
    [quote] = [q for q in story.quotes if "Now the onus is on Hamas" in q.text]
    assert quote.text.startswith("In a very constructive meeting today") and quote.speaker == "Antony Blinken"
    assert quote.parts == (Citation(quote.article, quote.sentence + 1),)
    by_id = {a.id: a for a in articles}
    assert "Now the onus is on Hamas" in by_id[quote.article].sentences[quote.sentence + 1].text
    doc = brief_document(articles, [story])
    [line] = [line for line in render_text(doc).splitlines() if "Now the onus is on Hamas" in line]
    cite = re.search(r"” \[(\d+)\.(\d+), (\d+)\.(\d+)\]", line)
    assert cite and cite[1] == cite[3] and (int(cite[2]), int(cite[4])) == (quote.sentence, quote.sentence + 1)
    html = render_html(doc)
    item = html[html.index("Now the onus is on Hamas") :].split("</li>")[0]
    links = rf'href="#a{cite[1]}-{quote.sentence}".*href="#a{cite[1]}-{quote.sentence + 1}"'
    assert re.search(links, item.split("also rendered")[0])
