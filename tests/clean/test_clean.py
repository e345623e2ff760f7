from __future__ import annotations

from datetime import date

from newsdesk.clean import clean_document
from newsdesk.clean.metadata import source_from_url, split_date_header
from newsdesk.model import Article, RawDocument


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
