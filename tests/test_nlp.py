from __future__ import annotations

import platform

import pytest

from newsdesk.extract.nlp import keep_freed_memory, load_nlp


def test_model_loads_offline_with_ner_and_parser() -> None:
    nlp = load_nlp()
    assert {"ner", "parser"} <= set(nlp.pipe_names)
    doc = nlp("US Secretary of State Antony Blinken met Benjamin Netanyahu in Jerusalem on Monday.")
    assert "Antony Blinken" in {e.text for e in doc.ents}


def test_unknown_model_names_are_all_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_SPACY_MODEL", "no_such_model_a,no_such_model_b")
    load_nlp.cache_clear()
    try:
        with pytest.raises(RuntimeError, match=r"no_such_model_a.*no_such_model_b"):
            load_nlp(("lemmatizer", "x"))
    finally:
        load_nlp.cache_clear()


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_malloc_is_told_to_keep_freed_memory_on_glibc() -> None:
    assert keep_freed_memory()
