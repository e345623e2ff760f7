"""How article texts are parsed for the extractors: the whole spaCy pipeline, or only where a rule reads the parse.

``extract.parse.full.v2`` runs every kept pipe (tok2vec, tagger, parser, attribute_ruler, ner) over all text.

``extract.parse.selective.v2`` gives the extractors the same annotations where they read them, for less:
1. sentences are cut by a rule (after ``. ! ?`` and the punctuation that closes them, and at paragraph breaks,
   as spaCy's ``Sentencizer`` does, plus line breaks) — cheap, and only used where no parse is run;
2. ner runs over all text (mentions need every entity; en_core_web_sm's ner has its own tok2vec), seeing
   those sentence boundaries as the full pipeline's ner sees the parser's;
3. tok2vec, tagger and parser run only on the sentences a rule will read them in, and the attribute_ruler's
   POS/tag/label rules are applied there by ``pos_rules`` (same result, as array operations over all runs):
   - a quote cue (a reporting-verb form outside quotation marks, or "according"), as ``quote_spans`` needs,
     and the two sentences before it when it holds a personal pronoun and they name a person
     (``speakers`` looks there for the subject a "he said" refers to);
   - a PERSON entity next to a capitalized word or an apposition mark (``entities`` reads its title off the
     dependency tree; elsewhere it has none);
   - a numeral that may be a figure (``figures.candidate_numerals``: names, dates and years need no parse);
   consecutive chosen sentences are parsed together as one text, so the parser sees them as in the full
   pipeline, and its tags, heads and labels are copied back; other sentences keep flat trees (no labels).
On the seeds this gives the same quotes, entities and figures as the full parse (``tests/extract``); elsewhere a
sentence parsed without its neighbours can get another tree at its edges, so outputs are close, not identical
(PolNeAR quotes: content F1 0.7985 vs 0.7979, source exact F1 0.5517 vs 0.5545; docs/benchmarks.md).

v2 (both methods, over v1): the model multiplies with numpy's BLAS on one thread (``nlp``), and the selective
parse decodes ner and parser transitions from Python with the GIL held (``decode``); same algorithm, ~2x
less CPU, floats that can differ in the last bits, so an output can change on a near-tie.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.util import minibatch

from . import decode
from .cue_verbs import CUE_FORMS
from .figures import candidate_numerals
from .nlp import load_nlp, one_blas_thread
from .pos_rules import COLUMNS, PosRules
from .quote_marks import quote_mark_spans

FULL = "extract.parse.full.v2"
SELECTIVE = "extract.parse.selective.v2"
METHODS = (FULL, SELECTIVE)

# The pipes that produce what the extractors read besides entities: POS/tags, heads and labels.
PARSE_PIPES = ("tok2vec", "tagger", "parser")
_SENTENCE_END = frozenset([".", "!", "?", "...", "…", "!?", "?!"])
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers"])
# How many sentences before a pronoun's sentence the speaker resolver looks at (speakers.PRONOUN_SENTENCES - 1).
_PRONOUN_BACK = 2
_ARRAY = [TAG, POS, DEP, HEAD]
# ``pos_rules.COLUMNS`` then HEAD: the parsed runs' attributes, and where ``_ARRAY``'s columns are in it.
_RULE_ARRAY = [*COLUMNS, HEAD]
_FROM_RULE_ARRAY = [0, 1, 2, len(COLUMNS)]
# Sentence runs decoded together by the parser (``decode.pipe``): short docs, so one round for many.
_RUNS = 256
# Punctuation that sets off an apposition ("Blinken, the Secretary of State", "Blinken (Secretary of State)").
_APPOSITION = frozenset([",", "(", "[", "-", "–", "—", ":"])


def rule_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences: a new one starts at the first word after sentence-final punctuation
    (and the closing marks after it) or after a line break, like spaCy's ``Sentencizer``."""
    bounds = []
    start = 0
    seen_end = False
    for token in doc:
        text = token.text
        if seen_end and not token.is_punct and not token.is_space:
            bounds.append((start, token.i))
            start, seen_end = token.i, False
        elif text in _SENTENCE_END or (token.is_space and "\n" in text):
            seen_end = True
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


def _may_have_title(doc: Doc, start: int, end: int) -> bool:
    """Whether ``entities._title`` can find an office for a person named at tokens [start, end): only when a
    capitalized word comes right before the name ("Secretary of State Antony Blinken") or an apposition
    punctuation mark is next to it ("Antony Blinken, the US Secretary of State,")."""
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and (before.text[:1].isupper() or before.text in _APPOSITION)) or (
        after is not None and after.text in _APPOSITION
    )


def _needed(doc: Doc, text: str, sentences: list[tuple[int, int]]) -> list[bool]:
    """Which sentences a parse-reading rule will look at (see the module docstring)."""
    sent_of = numpy.zeros(len(doc), dtype=numpy.int64)
    for k, (s, e) in enumerate(sentences):
        sent_of[s:e] = k
    need = [False] * len(sentences)
    persons = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            k = int(sent_of[ent.start])
            persons.add(k)
            need[k] = need[k] or _may_have_title(doc, ent.start, ent.end)
    for start, _ in candidate_numerals(doc):
        need[int(sent_of[start])] = True
    marks = [(m.start, m.end) for m in quote_mark_spans(text)]
    for token in doc:
        low = token.lower_
        if low == "according" or (low in CUE_FORMS and not any(s < token.idx < e - 1 for s, e in marks)):
            k = int(sent_of[token.i])
            need[k] = True
            s, e = sentences[k]
            if any(t.lower_ in _PRONOUNS for t in doc[s:e]):
                for back in range(max(k - _PRONOUN_BACK, 0), k):
                    need[back] = need[back] or back in persons
    return need


def _regions(sentences: list[tuple[int, int]], need: list[bool]) -> list[tuple[int, int]]:
    """Runs of consecutive needed sentences as token ranges."""
    regions: list[tuple[int, int]] = []
    for (s, e), wanted in zip(sentences, need, strict=True):
        if not wanted:
            continue
        if regions and regions[-1][1] == s:
            regions[-1] = (regions[-1][0], e)
        else:
            regions.append((s, e))
    return regions


def _set_sentences(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    flags = numpy.full((len(doc), 1), -1, dtype=numpy.int64)
    flags[[s for s, _ in sentences], 0] = 1
    doc.from_array([SENT_START], cast(Any, flags.astype(numpy.uint64)))


class SelectiveParser:
    """``extract.parse.selective.v2`` over one loaded pipeline (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.ner = cast(TrainablePipe, nlp.get_pipe("ner"))
        self.parse_pipes = [
            (name, cast(TrainablePipe, nlp.get_pipe(name))) for name in PARSE_PIPES if name in nlp.pipe_names
        ]
        self.pos_rules = PosRules(nlp) if "attribute_ruler" in nlp.pipe_names else None

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._batch(batch, batch_size)

    def _batch(self, texts: list[str], batch_size: int) -> list[Doc]:
        with one_blas_thread():
            return self._parse(texts, batch_size)

    def _arrays(self, subdocs: list[Doc]) -> list[numpy.ndarray]:
        """``_ARRAY`` of each parsed sentence run, after the attribute_ruler's POS/tag/label rules: applied to
        all runs' attributes at once (``PosRules.apply``), or run by run where the arrays cannot express them."""
        if self.pos_rules is None or self.pos_rules.rules is None:
            if self.pos_rules is not None:
                subdocs = [self.pos_rules(sub) for sub in subdocs]
            return [sub.to_array(_ARRAY) for sub in subdocs]
        if not subdocs:
            return []
        ends = numpy.cumsum([len(sub) for sub in subdocs])
        array = numpy.concatenate([sub.to_array(_RULE_ARRAY) for sub in subdocs]).astype(numpy.uint64)
        self.pos_rules.apply(array, [0, *ends[:-1].tolist()])
        return numpy.split(array[:, _FROM_RULE_ARRAY], ends[:-1])

    def _parse(self, texts: list[str], batch_size: int) -> list[Doc]:
        docs = [self.nlp.make_doc(text) for text in texts]
        sentences = [rule_sentences(doc) for doc in docs]
        for doc, sents in zip(docs, sentences, strict=True):
            _set_sentences(doc, sents)
        docs = list(decode.pipe(self.ner, docs, batch_size=batch_size))
        regions = [
            _regions(sents, _needed(doc, text, sents)) for doc, text, sents in zip(docs, texts, sentences, strict=True)
        ]
        subdocs = [
            Doc(self.nlp.vocab, words=[t.text for t in doc[s:e]], spaces=[bool(t.whitespace_) for t in doc[s:e]])
            for doc, spans in zip(docs, regions, strict=True)
            for s, e in spans
        ]
        for name, proc in self.parse_pipes:
            if name == "parser":
                subdocs = list(decode.pipe(proc, subdocs, batch_size=_RUNS, round_size=_RUNS))
            else:
                subdocs = list(proc.pipe(subdocs, batch_size=batch_size))
        parsed = iter(self._arrays(subdocs))
        for doc, sents, spans in zip(docs, sentences, regions, strict=True):
            array = numpy.zeros((len(doc), len(_ARRAY)), dtype=numpy.uint64)
            covered = numpy.zeros(len(doc), dtype=bool)
            for s, e in spans:
                array[s:e] = next(parsed)
                covered[s:e] = True
            for s, e in sents:
                if not covered[s]:
                    # a flat tree: every token of the sentence hangs off its first token, without a label
                    array[s + 1 : e, 3] = (s - numpy.arange(s + 1, e)).astype(numpy.uint64)
            doc.from_array(_ARRAY, cast(Any, array))
        return docs


def iter_docs(texts: Iterable[str], batch_size: int = 32, method: str = SELECTIVE) -> Iterator[Doc]:
    """One ``Doc`` per text, in order, parsed by ``method`` (one of ``METHODS``)."""
    nlp = load_nlp()
    if method == FULL:
        for batch in minibatch(texts, size=batch_size):
            with one_blas_thread():
                docs = list(nlp.pipe(batch, batch_size=batch_size))
            yield from docs
    elif method == SELECTIVE:
        yield from SelectiveParser(nlp).pipe(texts, batch_size=batch_size)
    else:
        raise ValueError(f"unknown parse method {method!r}; known: {', '.join(METHODS)}")
