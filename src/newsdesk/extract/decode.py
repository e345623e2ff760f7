"""spaCy's greedy transition decoding (ner, parser) driven from Python with the GIL held: the same loop, about a
third of the CPU time (ner over 40 seed articles: 0.96 → 0.32 CPU-s of decoding, docs/benchmarks.md).

``Parser.greedy_parse`` releases the GIL and runs its loop in C; but the transition checks it calls for every
state and every action (``Begin.is_valid``, ``StateC.B``, …), compiled by Cython 3 without ``noexcept``, take
the GIL back after each call to look for a Python exception (``PyGILState_Ensure``/``Release``). With 74
entity actions per token that is thousands of GIL round trips per sentence: in a ``perf`` profile of ner over
the seeds, lock, ``take_gil``/``drop_gil`` and thread-state calls were about a third of all samples. Holding
the GIL makes each of those checks a counter increment. So this module runs the loop of spaCy's own training
code instead: the step model scores the live states (``ParserStepModel.predict``: the same precomputed
features, bias, maxout and output layer), and ``Parser.transition_states`` takes the best valid action of
each (the same C ``c_transition_batch``). ``Parser.pipe``'s batching (docs sorted by length, quarter-batch
decoding rounds) is kept, so decoding sees the same batches.
Each step's scores are computed as ``step_forward`` computes them but without thinc's per-call machinery
(``_scorer``: bit-identical scores, ~40% less CPU per step: 33 → 18 µs for 8 ner states).

Scores differ from the C loop's only in the output layer's summation order (``ops.gemm`` instead of the C
loop's BLIS ``sgemm``), so an action can change only on a near-tie: ner over 40 whole seed and 40 ECB+
articles gave identical entities. Within the selective parse 2 of the 5 seeds changed (two entity labels, one
reported quote's speaker; spaCy's results also move with the composition of a decoding round) while PolNeAR
dev scores stayed the same to 4 digits (docs/benchmarks.md). A parser with a beam (``beam_width > 1``) keeps
spaCy's own ``predict``.

The token vectors of a decoding round are computed ``TOK2VEC_TOKENS`` tokens at a time (``chunked_tok2vec``):
thinc keeps every layer's activations until a ``chain`` returns, ~15 kB per token for the ner's own tok2vec, so
one call over a round of 8 long articles (~40,000 tokens) took ~600 MB for a moment (docs/benchmarks.md,
issue 7 "Memory"). Each doc's vectors depend only on its own tokens (windows are padded at doc edges, every
other layer works row by row), so the chunks give the same vectors up to float rounding: a BLAS kernel may block a
matrix product by its row count, so on some CPUs they are bit for bit the same and on others (an AMD EPYC with blis
1.3.4) they differ in the sixth digit (≤ 3.4e-6), and the entities and parses decoded from them are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import Model, set_dropout_rate

# Tokens per call of a parser's tok2vec while decoding: bounds the activations held at once (~60 MB for the
# ner's), and is large enough that the matrix products stay as fast per row.
TOK2VEC_TOKENS = 4_000


def token_chunks(docs: list[Doc], budget: int = TOK2VEC_TOKENS) -> list[list[Doc]]:
    """``docs`` in order, cut into runs of at most ``budget`` tokens (a longer doc is a run of its own); a new
    run starts only at a doc with tokens, so no run is all empty docs unless every doc is."""
    chunks: list[list[Doc]] = []
    size = 0
    for doc in docs:
        if chunks and len(doc) and size + len(doc) > budget:
            chunks.append([])
            size = 0
        if not chunks:
            chunks.append([])
        chunks[-1].append(doc)
        size += len(doc)
    return chunks


def chunked_tok2vec(tok2vec: Model, budget: int = TOK2VEC_TOKENS) -> Any:
    """A stand-in for a transition model's first layer (docs → one array of token vectors, in order) that
    runs ``tok2vec`` over ``token_chunks`` and keeps no backward pass."""

    def forward(docs: list[Doc], is_train: bool = False) -> tuple[Any, None]:
        parts = [tok2vec.predict(chunk) for chunk in token_chunks(docs, budget)]
        return (parts[0] if len(parts) == 1 else tok2vec.ops.xp.concatenate(parts)), None

    return forward


def greedy_parse(parser: Any, docs: list[Doc]) -> list[Any]:
    """The final parse states of ``docs``, as ``parser.predict(docs)`` returns them (greedy parsers)."""
    if parser.cfg.get("beam_width", 1) != 1:
        return list(parser.predict(docs))
    if not any(len(doc) for doc in docs):
        return list(parser.moves.init_batch(docs))
    parser._ensure_labels_are_added(docs)
    set_dropout_rate(parser.model, 0.0)
    batch = parser.moves.init_batch(docs)
    layers, attrs = parser.model.layers, parser.model.attrs
    model = ParserStepModel(
        docs,
        [chunked_tok2vec(layers[0], TOK2VEC_TOKENS), *layers[1:]],
        unseen_classes=attrs["unseen_classes"],
        train=False,
        has_upper=attrs["has_upper"],
    )
    scores = _scorer(model)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = parser.transition_states(states, scores(states))
    model.clear_memory()
    return list(batch)


def _scorer(model: Any) -> Callable[[list[Any]], numpy.ndarray]:
    """The action scores of live states, as ``model.predict(states)`` computes them (``ParserStepModel``'s
    ``step_forward`` at inference), without thinc's per-call machinery (``Model.predict``, the backprop
    closures, ``nanmin`` over every score when no class is unseen): the same Cython feature sum, bias and
    maxout (``state2vec.predict``), then the output layer's ``ops.gemm`` and bias as thinc's ``Linear`` does
    them, so the scores are bit for bit the same."""
    if not model.attrs["has_upper"]:
        return cast(Callable[[list[Any]], numpy.ndarray], model.predict)
    state2vec, get_token_ids = model.state2vec, model.get_token_ids
    upper = model.vec2scores
    gemm, weights, bias = upper.ops.gemm, upper.get_param("W"), upper.get_param("b")
    unseen = numpy.flatnonzero(model._class_mask == 0)

    def scores(states: list[Any]) -> numpy.ndarray:
        result = gemm(state2vec.predict(get_token_ids(states)), weights, trans2=True)
        result += bias
        if unseen.size:  # an unseen class gets the lowest score, as in ``step_forward``
            result[:, unseen] = numpy.nanmin(result)
        return cast(numpy.ndarray, result)

    return scores


def pipe(parser: Any, docs: Iterable[Doc], batch_size: int = 32, round_size: int | None = None) -> Iterator[Doc]:
    """``parser.pipe(docs, batch_size=batch_size)`` with ``greedy_parse`` for the decoding, ``round_size``
    docs at a time (spaCy's quarter batch by default). Each doc is decoded on its own, so the round size
    changes only the speed: every step of the loop costs some Python, so many short docs (the selective
    parse's sentence runs) are best decoded in one round (measured on the seeds' runs: rounds of 8 took
    3x the CPU time of rounds of 128)."""
    for batch in minibatch(docs, size=batch_size):
        in_order = list(batch)
        by_length = sorted(in_order, key=len)
        for round_ in minibatch(by_length, size=round_size or max(batch_size // 4, 2)):
            round_docs = list(round_)
            parser.set_annotations(round_docs, greedy_parse(parser, round_docs))
        yield from in_order
