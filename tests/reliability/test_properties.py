"""Property tests: readers and cleaning on arbitrary input either give valid records or a documented
rejection; never any other exception, and offsets always index the clean text."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.ingest import read_paths
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import clean_record

# CI runs a quick pass; bench/fuzz_campaign.py raises NEWSDESK_FUZZ_EXAMPLES for long campaigns.
FAST = settings(
    max_examples=int(os.environ.get("NEWSDESK_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

news_like = st.text(
    alphabet=st.sampled_from(list("abcdefghij KLMNOP.,;:!?\"'“”‘’()-–—\n\n\t0123456789/\u00a0\u200b\x00é")),
    max_size=600,
)


def check_article(article: Article) -> None:
    assert article.sentences
    assert [s.i for s in article.sentences] == list(range(len(article.sentences)))
    previous_end = 0
    for sentence in article.sentences:
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(article.text)
        assert article.text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end


@FAST
@given(st.one_of(news_like, st.text(max_size=400)))
def test_clean_text_gives_article_or_input_error(text: str) -> None:
    try:
        article = clean_document(RawDocument(path="fuzz.txt", text=text))
    except InputError as exc:
        assert exc.path == "fuzz.txt" and exc.reason
        return
    check_article(article)


html_fragments = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<body>",
            "<article>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href='javascript:alert(1)'>x</a>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "<title>T</title>",
            "<meta charset='bogus'>",
            "\x00",
            "The minister said on Monday that talks would resume. ",
            "<table><tr><td>",
            "</body></html>",
        ]
    ),
    max_size=60,
)


@FAST
@given(html_fragments)
def test_hostile_html_gives_article_or_rejection(parts: list[str]) -> None:
    result = clean_record(RawDocument(path="fuzz.html", html="".join(parts)))
    if isinstance(result, Rejection):
        assert result.path == "fuzz.html" and result.reason
    else:
        check_article(result)


@FAST
@given(st.binary(max_size=2000))
def test_text_reader_on_arbitrary_bytes(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "input.txt"
    path.write_bytes(data)
    for record in read_paths([path]):
        assert isinstance(record, RawDocument | Rejection)
        if isinstance(record, RawDocument):
            assert isinstance(clean_record(record), Article | Rejection)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
record_dicts = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(max_size=200), json_values),
        "html": st.one_of(st.text(max_size=200), json_values),
        "published": st.one_of(st.text(max_size=30), json_values),
        "id": json_values,
        "url": json_values,
    },
)


@FAST
@given(st.lists(st.one_of(record_dicts.map(json.dumps), st.text(max_size=80)), max_size=8))
def test_jsonl_reader_on_arbitrary_lines(tmp_path_factory, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "input.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8")
    for record in read_paths([path]):
        assert isinstance(record, RawDocument | Rejection)
        if isinstance(record, Rejection):
            assert record.path.startswith(str(path)) and record.reason
        else:
            assert isinstance(clean_record(record), Article | Rejection)
