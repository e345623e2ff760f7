from __future__ import annotations

import time

import pytest

from newsdesk.clean import clean_document
from newsdesk.errors import InputError
from newsdesk.limits import TimeLimitExceeded, time_limit
from newsdesk.model import RawDocument


def test_time_limit_interrupts_a_slow_block() -> None:
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        time.sleep(5)
    assert time.perf_counter() - started < 2


def test_slow_html_parse_is_refused_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setenv("NEWSDESK_HTML_TIMEOUT_S", "0.2")
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: time.sleep(5))
    with pytest.raises(InputError, match=r"HTML parsing took longer than 0\.2 s") as info:
        clean_document(RawDocument(path="slow.html", html="<p>x</p>"))
    assert info.value.path == "slow.html"


def test_deeply_nested_html_is_handled() -> None:
    html = "<div>" * 100_000 + "<p>The minister resigned on Friday after a long dispute.</p>" + "</div>" * 100_000
    try:
        article = clean_document(RawDocument(path="deep.html", html=html))
    except InputError as exc:
        assert exc.path == "deep.html"
    else:
        assert article.text


def test_an_article_over_the_sentence_limit_is_rejected_with_the_reason() -> None:
    text = "\n".join(f"Line number {i} of a very long transcript goes here." for i in range(5000))
    with pytest.raises(InputError, match="5,000 sentences, over the limit of 2,000") as info:
        clean_document(RawDocument(path="long.txt", text=text))
    assert info.value.path == "long.txt"
    ok = clean_document(RawDocument(path="ok.txt", text=text.rsplit("\n", 3001)[0]))
    assert len(ok.sentences) == 1999
