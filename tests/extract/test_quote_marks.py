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


# CNN, 2011-01-28 (Timeline17 EgyptianProtest_cnn): the paragraph breaks of the page were collapsed to spaces,
# so Obama's two-paragraph quote is left open before "This moment" re-opens it.
CNN_OBAMA = (
    '"I just spoke to him after his speech," Obama said, "and told him he has a responsibility to give meaning '
    "to those words, to take concrete steps and actions that deliver on that promise. Violence will not address "
    "the grievances of the Egyptian people. Suppressing ideas never succeeds in making them go away. "
    '"This moment of volatility has to be turned into a moment of promise," Obama said. The U.S. president '
    "repeated his administration's call for the Egyptian government to restore access to the internet and cell "
    'phone service and urged "concrete steps that advance the rights of the Egyptian people." Obama\'s remarks, '
    'delivered from State Dining Room, were the strongest yet from the United States. "There must be reform," '
    "he said."
)


def test_collapsed_paragraph_break_ends_the_open_quote() -> None:
    found = quote_mark_spans(CNN_OBAMA)
    assert [CNN_OBAMA[s.start : s.end] for s in found] == [
        '"I just spoke to him after his speech,"',
        '"and told him he has a responsibility to give meaning to those words, to take concrete steps and actions '
        "that deliver on that promise. Violence will not address the grievances of the Egyptian people. "
        "Suppressing ideas never succeeds in making them go away.",
        '"This moment of volatility has to be turned into a moment of promise,"',
        '"concrete steps that advance the rights of the Egyptian people."',
        '"There must be reform,"',
    ]
    assert [s.closed for s in found] == [True, False, True, True, True]


def test_a_nested_quote_closing_the_paragraph_does_not_hide_the_break() -> None:
    # CNN, Timeline17 LibyaWar_cnn: the paragraph ends on a nested quote, the next re-opens the running quote
    text = (
        "\"You can't have a lot of faith and confidence in forces saying, 'I'm the commander, no I'm the commander.' "
        '"If this disarray does continue, this only benefits Gadhafi." There has been talk of settlements, '
        'Quarterman said. It is "fading," Quarterman said.'
    )
    assert spans(text) == [
        "\"You can't have a lot of faith and confidence in forces saying, 'I'm the commander, no I'm the commander.'",
        '"If this disarray does continue, this only benefits Gadhafi."',
        '"fading,"',
    ]


def test_a_colon_introduction_after_a_sentence_end_reopens_the_quote() -> None:
    # BBC, Timeline17 H1N1_bbc 357: a quote left open at a collapsed paragraph break, then "He added:" and the next
    # quote. Read as a closing mark (quotes.depcue.v6), the mark before "These" turned the paragraph inside out.
    text = (
        '"The difference is that the agency has learned a lot about how the disease is transmitting. He added: '
        '"These flu viruses can change their pattern of attack." There is concern, but no sign of that yet Scottish '
        'health secretary Nicola Sturgeon said the UK was at a "heightened state of readiness". But it could affect '
        "the speed."
    )
    assert spans(text) == [
        '"The difference is that the agency has learned a lot about how the disease is transmitting.',
        '"These flu viruses can change their pattern of attack."',
        '"heightened state of readiness"',
    ]
    # a colon after a longer sentence, or with no sentence end before it, still closes the quote
    assert spans('"We won. Here are the three things the party will do next week: "fight" and win.') == [
        '"We won. Here are the three things the party will do next week: "'
    ]
    assert spans('"We won, he added: "fight" and win.') == ['"We won, he added: "']


def test_marks_that_do_not_reopen_a_quote_still_close_it() -> None:
    # a mark glued to the full stop, one after a comma (a typo'd close), and one before a space all close
    assert spans('He said "we will win." "Then" is a word.') == ['"we will win."', '"Then"']
    assert spans('"It is over, "he said.') == ['"It is over, "']
    assert spans('"It is over. " He left.') == ['"It is over. "']


@given(st.text(alphabet=st.sampled_from(list('ab “”"\n.,')), max_size=200))
def test_spans_are_ordered_inside_the_text_and_start_on_a_mark(text: str) -> None:
    found = quote_mark_spans(text)
    for span in found:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start] in '“"'
    assert list(found) == sorted(found, key=lambda s: (s.start, s.end))
