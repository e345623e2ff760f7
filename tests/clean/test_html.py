"""An HTML page's DOCTYPE internal subset (``<!DOCTYPE html [<!ENTITY …>]>``): HTML has none, so its declarations are
never expanded; before clean.document v22 the subset's "]>" and the references to what it declared ("&b;", "&xxe;")
reached the stored text."""

from __future__ import annotations

import time

import pytest

from newsdesk.clean import clean_document
from newsdesk.clean.html import drop_internal_subset
from newsdesk.model import RawDocument

SUBSET = (
    '<!DOCTYPE html [<!ENTITY a "aaaa]]>aaaa"><!ENTITY b "&a;&a;&a;&a;">'
    '<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % p "x"><!-- ]> -->]>'
)
BODY = (
    "The city council voted on Tuesday to approve the budget &b; for next year after a long debate among its"
    " members. Members said the plan would fund schools and roads &xxe; across the city for the coming decade, and"
    " the mayor said the vote was a relief &amp; a start."
)


@pytest.mark.parametrize("markup", ["{body}", "<html><body><article><p>{body}</p></article></body></html>"])
def test_a_doctypes_internal_subset_and_its_entities_leave_no_trace(markup: str) -> None:
    html = '<?xml version="1.0"?>\n' + SUBSET + markup.format(body=BODY)
    article = clean_document(RawDocument(path="subset.html", html=html))
    assert "]>" not in article.text and "&" not in article.text.replace("relief & a", "")
    assert "approve the budget for next year" in article.text
    assert "schools and roads across the city" in article.text
    assert "the vote was a relief & a start." in article.text  # an HTML character reference is still read


def test_the_subset_goes_and_the_doctype_stays() -> None:
    page, declared = drop_internal_subset(" " + SUBSET + "<p>x</p>")
    assert page == " <!DOCTYPE html><p>x</p>"
    assert declared == ["xxe", "a", "b"]  # longest first; the parameter entity "%p" is never referenced with "&"


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html><p>&b; stays: nothing declared it</p>",
        '<!DOCTYPE html [<!ENTITY a "unclosed>]><p>x</p>',  # no closing quote: not a subset
        '<p>text</p><!DOCTYPE html [<!ENTITY a "b">]>',  # not in the prolog
    ],
)
def test_a_page_without_a_closed_subset_in_its_prolog_is_left_as_it_is(html: str) -> None:
    assert drop_internal_subset(html) == (html, [])


def test_an_unclosed_subset_is_read_in_linear_time() -> None:
    start = time.perf_counter()
    for hostile in ("<!DOCTYPE html [" + "a" * 2_000_000, "<!DOCTYPE html [" + '<!ENTITY a "' * 100_000):
        assert drop_internal_subset(hostile) == (hostile, [])
    assert time.perf_counter() - start < 2.0
