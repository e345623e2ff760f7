from __future__ import annotations

from datetime import date

from newsdesk.clean import clean_document
from newsdesk.clean.metadata import (
    outlet_from_transcript,
    source_from_url,
    split_date_header,
    split_dateline,
    split_inline_header,
)
from newsdesk.evaluate.io import read_jsonl
from newsdesk.model import Article, RawDocument
from tests.conftest import EVAL

from .pages import clean_page


def test_offsets_index_the_clean_text(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        assert [s.i for s in article.sentences] == list(range(len(article.sentences)))
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_seed_003_date_header_becomes_published(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["003"]
    assert article.published == date(2024, 8, 26)
    assert "date 2024-08-26" not in article.text


def test_seed_003_lead_appears_once(seed_articles: dict[str, Article]) -> None:
    text = seed_articles["003"].text
    lead = "Israeli and Hamas delegations failed to reach an agreement in the Gaza ceasefire talks in Cairo"
    assert text.count(lead) == 1
    assert text.startswith(lead)


def test_seed_003_also_read_links_removed(seed_articles: dict[str, Article]) -> None:
    assert "Also Read" not in seed_articles["003"].text


def test_seed_000_caption_and_credit_removed(seed_articles: dict[str, Article]) -> None:
    text = seed_articles["000"].text
    assert "Yossi Zeliger/TPS" not in text and "Mossad chief David Barnea" not in text
    assert text.startswith("The Israeli delegation to the negotiations")


def test_seed_001_disclaimer_removed_and_outlet_taken_from_it(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["001"]
    assert "Except for the headline" not in article.text
    assert article.source == "NDTV"


def test_date_header_variants() -> None:
    assert split_date_header("Published: Aug 26, 2024 The lead.")[0] == date(2024, 8, 26)
    assert split_date_header("Updated - 26 August 2024 10:15 IST\nThe lead.")[0] == date(2024, 8, 26)
    found, rest, _ = split_date_header("date 2024-08-26 Lead sentence here.")
    assert found == date(2024, 8, 26) and rest == "Lead sentence here."
    assert split_date_header("Dates were set for talks.")[0] is None


def test_headline_line_becomes_title_and_its_body_copy_is_dropped() -> None:
    raw = RawDocument(
        path="x.txt",
        text="Ceasefire talks fail in Cairo\n\nCeasefire talks fail in Cairo. Both sides left on Sunday.",
    )
    article = clean_document(raw)
    assert article.title == "Ceasefire talks fail in Cairo"
    assert article.text == "Both sides left on Sunday."


def test_a_repeated_sentence_keeps_the_copy_with_its_full_stop() -> None:
    """v17: a reader's comment printed above the text as a pull quote (glued to the next sentence, then cut off it by
    ``glue``) and again in the text: the copy kept is the one with its full stop, the one a brief can state."""
    sentences = [s.text for s in clean_page("haiti_bbc", "726").sentences]
    quote = "The embassy in Haiti is overcrowded and they won't pay any attention to us"
    assert quote + "." in sentences and quote not in sentences
    assert sentences[sentences.index(quote + ".") + 1] == "We don't know what to do."


def test_byline_is_lifted() -> None:
    article = clean_document(RawDocument(path="x.txt", text="By Jane Doe\nThe minister resigned on Friday."))
    assert article.author == "Jane Doe" and article.text == "The minister resigned on Friday."


def test_source_from_url() -> None:
    assert source_from_url("https://www.ndtv.com/world-news/x") == "ndtv.com"
    assert source_from_url(None) is None


def test_same_input_same_id_different_input_different_id() -> None:
    a = clean_document(RawDocument(path="a.txt", text="One sentence here."))
    b = clean_document(RawDocument(path="b.txt", text="One sentence here."))
    c = clean_document(RawDocument(path="a.txt", text="Another sentence here."))
    assert a.id == b.id != c.id


def _t17_text(topic: str, starts: str) -> str:
    articles = read_jsonl(EVAL / "timelines" / "t17" / "dev" / topic / "articles.jsonl.gz")
    return next(a["text"] for a in articles if a["text"].startswith(starts))


def test_wire_page_header_and_dateline_leave_the_body_and_name_the_agency() -> None:
    """A saved Reuters page runs caption, byline and filing stamp into the dateline on one line: all of it goes,
    the agency becomes the source and the stamp the date when the record has none."""
    text = _t17_text("H1N1_reuters", "By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009")
    article = clean_document(RawDocument(path="h1n1.jsonl", text=text))
    assert article.sentences[0].text.startswith("Virtually all cases of the most common strain of flu")
    assert article.source == "Reuters" and article.published == date(2009, 3, 2)
    removed = [r.text for r in article.removed if r.rule == "dateline"]
    assert removed == [
        "By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) -"
    ]
    # A network's highlights and editor's note before "Tripoli, Libya (CNN) --" are page furniture too.
    cnn = _t17_text("LibyaWar_cnn", "CNN photojournalist Khalil Abdallah, far left")
    agency, body, header, _ = split_dateline(cnn)
    assert agency == "CNN" and header and header.endswith("Tripoli, Libya (CNN) --")
    assert body.startswith("CNN photojournalist Khalil Abdallah was having breakfast Saturday")


def test_dateline_rule_keeps_other_lines_and_ignores_late_or_non_agency_parentheses() -> None:
    text = "Talks stall in Cairo\n\nCAIRO, Aug 26 (Reuters) - Talks stalled on Sunday, officials said."
    assert split_dateline(text)[:3] == (
        "Reuters",
        "Talks stall in Cairo\n\nTalks stalled on Sunday, officials said.",
        "CAIRO, Aug 26 (Reuters) -",
    )
    assert split_dateline("In the UK the Disasters Emergency Committee (DEC) - said it would appeal.")[0] is None
    late = "Body text. " * 80 + "LONDON (Reuters) - more"
    assert split_dateline(late) == (None, late, None, None)


def test_inline_byline_header_is_cut_and_its_credit_names_the_outlet() -> None:
    """Text-only records run a page's "date | By Name, Outlet" header into the lead: the header goes, the author
    and the outlet its credit names stay, and a headline before it becomes the title."""
    article = clean_document(
        RawDocument(path="egypt.jsonl", text=_t17_text("EgyptianProtest_cnn", "January 25, 2011 | By Amir"))
    )
    assert (article.source, article.author) == ("CNN", "Amir Ahmed")
    assert article.text.startswith("Demonstrators clash with Egyptian police in central Cairo")
    analysis = _t17_text("EgyptianProtest_cnn", "Analysis: U.S. stuck")
    article = clean_document(RawDocument(path="egypt.jsonl", text=analysis))
    assert (article.source, article.author) == ("CNN", "Elise Labott")
    assert article.title == "Analysis: U.S. stuck between support and concern in the Middle East"
    assert article.text.startswith("Two weeks ago in Qatar, Secretary of State Hillary Clinton")
    bbc = clean_document(RawDocument(path="syria.jsonl", text=_t17_text("SyrianCrisis_bbc", "By Owen Bennett")))
    assert (bbc.source, bbc.author) == ("BBC", "Owen Bennett-Jones")
    assert bbc.text.startswith("Refugees say the true number of Syrians")


def test_inline_byline_without_a_publisher_credit_names_no_outlet_and_keeps_the_lead() -> None:
    # No credit: the name is two words, the caption after it is not cut.
    text = _t17_text("EgyptianProtest_cnn", "January 28, 2011 | By Bryony")
    article = clean_document(RawDocument(path="egypt.jsonl", text=text))
    assert (article.source, article.author) == (None, "Bryony Jones")
    assert article.text.startswith("Members of the Muslim Brotherhood movement shout slogans")
    # The author's own affiliation is not the publisher.
    article = clean_document(RawDocument(path="syria.jsonl", text=_t17_text("SyrianCrisis_bbc", "By Fawaz Gerges")))
    assert (article.source, article.author) == (None, "Fawaz Gerges")
    assert article.text.startswith("Protests have been staged in front of Syrian embassies")
    # A blog's "Name | time, day" stamp: author and date, no outlet.
    header, rest = split_inline_header(_t17_text("H1N1_bbc", "Susan Watts |"))
    assert header and (header.author, header.outlet, header.published) == ("Susan Watts", None, date(2009, 4, 25))
    assert rest.startswith("Experts are clearly extremely concerned")
    for text in (
        "By the end of the day, Cairo was calm.",
        "By Sunday President Obama had spoken to Mubarak twice.",
        "Stand By Me was played.",
        "He ran. By Jane Doe, CNN Later",
    ):
        assert split_inline_header(text) == (None, text)


def test_photo_credit_and_sources_told_reuters_name_no_outlet(seed_articles: dict[str, Article]) -> None:
    """Seed 000's caption credit "Yossi Zeliger/TPS" and seed 003's "sources told Reuters" are not publishers."""
    assert seed_articles["000"].source is None and seed_articles["003"].source is None
    assert seed_articles["001"].source == "NDTV"


def test_bare_network_dateline_and_transcript_anchor_name_the_outlet() -> None:
    article = clean_document(RawDocument(path="e.jsonl", text=_t17_text("EgyptianProtest_cnn", "(CNN) - President")))
    assert article.source == "CNN" and article.text.startswith("President Barack Obama spoke to Egyptian president")
    lemon = clean_document(RawDocument(path="e.jsonl", text=_t17_text("EgyptianProtest_cnn", "DON LEMON, CNN ANCHOR")))
    assert lemon.source == "CNN" and lemon.text.startswith("DON LEMON, CNN ANCHOR: Hello")
    # Outside a transcript a network's label later in the text is someone quoted, not the publisher.
    assert outlet_from_transcript("The panel met on Monday. JOHN KING, CNN ANCHOR: Welcome back.") is None
