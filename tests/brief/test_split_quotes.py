"""A quotation its tag splits in two ('"…," the chief medical officer informed Andrew Marr …. "…"') is one quote of
one speaker in the brief, its parts in order (``brief.quotes.v3``; v2 listed each part as a quote of its own)."""

from __future__ import annotations

from newsdesk.brief.assemble import build_story
from newsdesk.brief.quotes import PART_JOINER, joined_parts, resolve_speakers, statements
from newsdesk.extract import annotate, story_entities
from newsdesk.extract.quotes import brief_quotes
from newsdesk.model import Article, Quote
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
    part's start to the second's end, cited by the first part's sentence."""
    parts, articles = _brief_parts("H1N1_guardian", "55")
    first = next(q for q in parts if q.text.startswith("It's happened before, in 1918"))
    second = next(q for q in parts if q.text.startswith("These things come in natural cycles"))
    joined = joined_parts(parts, articles)
    assert len(joined) == len(parts) - 1
    quote = next(q for q in joined if q.start == first.start)
    assert quote.text == f"{first.text}{PART_JOINER}{second.text}"
    assert (quote.end, quote.sentence, quote.speaker) == (second.end, first.sentence, first.speaker)
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
    assert story.algorithms["quotes"].startswith("brief.quotes.v3+")
