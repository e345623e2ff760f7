"""Decoding with the token vectors computed in chunks gives what one call gives, with less memory held."""

from __future__ import annotations

import numpy
import pytest
from spacy.tokens import Doc

from newsdesk.extract import decode
from newsdesk.extract.nlp import load_nlp, one_blas_thread
from newsdesk.model import Article


def _docs(seed_articles: dict[str, Article]) -> list[Doc]:
    nlp = load_nlp()
    return [nlp.make_doc(a.text) for a in seed_articles.values()]


def test_token_chunks_keep_order_and_budget() -> None:
    vocab = load_nlp().vocab
    docs = [Doc(vocab, words=["w"] * n) for n in (0, 3, 4, 0, 9, 2, 0)]
    chunks = decode.token_chunks(docs, budget=7)
    assert [d for c in chunks for d in c] == docs
    assert [[len(d) for d in c] for c in chunks] == [[0, 3, 4, 0], [9], [2, 0]]
    assert decode.token_chunks([], budget=7) == []


@pytest.mark.parametrize("pipe", ["ner", "parser"])
def test_chunked_token_vectors_equal_one_call(seed_articles: dict[str, Article], pipe: str) -> None:
    """Equal to float32 rounding, not bit for bit: the BLAS kernel may block a product by its row count (on an AMD
    EPYC with blis 1.3.4 chunked and whole vectors differ by ≤ 3.4e-6; a chunk that mixed two docs' windows would differ
    by far more). That the decoded entities do not move is the next test."""
    nlp = load_nlp()
    docs = list(nlp.get_pipe("tok2vec").pipe(_docs(seed_articles)))  # the parser's listener reads doc.tensor
    tok2vec = nlp.get_pipe(pipe).model.layers[0]
    with one_blas_thread():
        whole = tok2vec.predict(docs)
        chunked, _ = decode.chunked_tok2vec(tok2vec, budget=300)(docs)
    assert len(decode.token_chunks(docs, 300)) > len(docs) // 2  # really cut
    assert chunked.shape == whole.shape
    numpy.testing.assert_allclose(chunked, whole, rtol=0, atol=1e-4)


def test_ner_decoding_does_not_depend_on_the_chunk_size(
    seed_articles: dict[str, Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    ner = load_nlp().get_pipe("ner")

    def entities(budget: int) -> list[list[tuple[int, int, str]]]:
        monkeypatch.setattr(decode, "TOK2VEC_TOKENS", budget)
        docs = list(decode.pipe(ner, _docs(seed_articles), batch_size=8))
        return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]

    with one_blas_thread():
        small, large = entities(200), entities(1_000_000)
    assert any(small)
    assert small == large
