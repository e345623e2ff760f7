from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.extract.quote_marks import quote_mark_spans


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_mark_spans(text)]


def test_curly_and_straight_quotes_in_one_paragraph() -> None:
    text = 'He called it a “decisive moment,” and said "maybe the last" chance.'
    assert spans(text) == ["“decisive moment,”", '"maybe the last"']


def test_quote_running_over_paragraphs_is_one_span() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph, and the end,” she said.\n\nAfter."
    [span] = quote_mark_spans(text)
    assert text[span.start : span.end] == "“First paragraph of the quote.\n\n“Second paragraph, and the end,”"
    assert span.closed


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nA new paragraph without quotes.\n\n“A real quote.”"
    found = quote_mark_spans(text)
    assert [text[s.start : s.end] for s in found] == ["“this never closes.", "“A real quote.”"]
    assert [s.closed for s in found] == [False, True]


def test_stray_closing_mark_and_inch_mark_are_ignored() -> None:
    assert spans("A stray ” mark here.") == []
    assert spans('He is 6" tall and said "yes."') == ['"yes."']


@given(st.text(alphabet=st.sampled_from(list('ab “”"\n.,')), max_size=200))
def test_spans_are_ordered_inside_the_text_and_start_on_a_mark(text: str) -> None:
    found = quote_mark_spans(text)
    for span in found:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start] in '“"'
    assert list(found) == sorted(found, key=lambda s: (s.start, s.end))
