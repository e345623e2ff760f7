"""Attribution spans (source, cue, content) from quotation marks plus a dependency parse.

The method follows the rule-based attribution extractors that the PolNeAR and PARC papers compare against
(Pareti et al., *Automatically Detecting and Attributing Indirect Quotations*, EMNLP 2013; Newell et al.,
LREC 2018): a reporting verb from a closed lexicon is the cue, its grammatical subject is the source, and its
clausal complement (or the quotation it governs) is the content. Quotation marks give direct quotes; a quote
without a cue in its sentence continues the speaker of the quote just before it (news convention of running
quote paragraphs). Everything is a character offset into the text the parse was run on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.cue_verbs import COGNITION_FORMS, CUE_FORMS, SPEECH_FORMS
from newsdesk.extract.quote_marks import MARKS, QuoteMarkSpan, quote_mark_spans

# v4: a running quote after a reported thought continues the speaker of its sentence (``_speaker_of_thought``).
# v5: a running quote in the paragraph of the direct quote it continues ("“A,” Clark said. “B.”") is one attribution
# with it (``parts``), as PolNeAR annotates it; ``find_quotes`` still reads the parts one by one. A cue followed by a
# comma or colon takes a quotation after it only when no sentence ends between them.
# v6: a direct quote's record (``find_quotes``) ends where another attribution begins inside its text; the spans
# (``extract_quote_spans``, what the eval scores) are unchanged
# v7: a straight mark after a sentence's end and a short introduction with a colon ("… transmitting. He added: "…")
# re-opens a quote (``quote_marks``); an inverted tag closing a quote's words ("…, added Abu Arif al-Khalid,"
# Sana reported) cuts the record before it and names its speaker (``quotes._attribution_start``)
# v8: that inverted tag follows a comma or a dash, not a closing single mark ("…,' said Curry." is a nested quote's
# tag: the record ends before its sentence, as in v6)
ALGORITHM = "quotes.depcue.v8"

# Dependency labels (ClearNLP, as spaCy's English models emit them).
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSES = ("ccomp", "xcomp")
_NON_FINITE = ("VB", "VBG", "VBN")
_INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "pcomp")
_TRIM = set(" \t\n,;:—–-") | {"."}
# A quote with no cue in its sentence is taken as a running quote only when it reads as speech, not as a
# title or a scare-quoted term ("Saturday Night Live"): 4 words is the shortest sentence-like quote in news
# style guides' examples and keeps titles out (titles rarely exceed three words).
MIN_RUNNING_QUOTE_WORDS = 4
# A running quote continues the previous speaker only across this many paragraph breaks (the quote's own
# paragraph and the one before): beyond that news copy re-attributes.
MAX_RUNNING_PARAGRAPHS = 2
_BREAKS = re.compile(r"\n+")
# A sentence's end: ., ? or ! (and a closing mark) before white space and a capital or an opening quote mark.
_SENTENCE_END = re.compile(r"[.?!][”\"')\]]?\s+[A-Z“\"]")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One attribution as offsets into the parsed text.

    ``source`` is the mention as written ("he", "who", "a senior U.S. official"); ``source_head`` is the
    offset of the token the speaker is resolved from (a relative pronoun's antecedent, for instance). A running
    quote (no cue of its own) carries the source of the attribution it continues and no cue. One attribution whose
    quoted words stand on both sides of its cue ("“A,” Clark said. “B.”") has its quotations as ``parts`` (the
    first carries the cue, the others are running quotes) and their whole extent, attribution included, as
    ``content``.
    """

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_word: str | None
    direct: bool
    source_head: int | None = None
    parts: tuple[QuoteSpan, ...] = ()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation, but keep closing quote marks and the period inside them."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _char_span(tokens: Span | list[Token]) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last.text)


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, else the subject of the verb it is chained to ("..., adding that", "and said")."""
    seen = 0
    while seen < 4:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
        if verb.dep_ not in _INHERITS_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
        seen += 1
    return None


def _source_span(subject: Token, text: str) -> tuple[int, int]:
    """The subject's whole phrase (appositions and relative clauses included, as PolNeAR marks sources),
    cut at a paragraph break: the parser sometimes runs a dateline or heading into the next paragraph."""
    tokens = [t for t in subject.subtree]
    # "said the official to Reuters": a "to" phrase on the subject is the verb's addressee, misattached
    addressee = [c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "to"]
    if addressee:
        tokens = [t for t in tokens if t.i < addressee[0].i]
    start, end = _char_span(tokens)
    while end > start and text[end - 1] in ",;:—–-(":
        end -= 1
    newline = text.rfind("\n", start, subject.idx)
    if newline >= 0:
        start = newline + 1
    newline = text.find("\n", subject.idx, end)
    if newline >= 0:
        end = newline
    return _trim(text, start, end)


def _antecedent(subject: Token) -> int:
    """Where the speaker name lives: a relative pronoun points at the noun its clause modifies."""
    if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
        return subject.head.head.idx
    return subject.idx


def _overlapping(marks: Iterable[QuoteMarkSpan], start: int, end: int) -> list[QuoteMarkSpan]:
    return [m for m in marks if m.start < end and start < m.end]


def _inside(marks: Iterable[QuoteMarkSpan], pos: int) -> bool:
    return any(m.start < pos < m.end - 1 for m in marks)


def _content_of(verb: Token, text: str, sent: Span, marks: list[QuoteMarkSpan]) -> tuple[int, int] | None:
    """The reported clause or quotation a cue verb governs, as a character span (None when it has none)."""
    clauses = [c for c in verb.children if (c.dep_ in _CLAUSES and c.i > verb.i) or c.dep_ == "ccomp"]
    if not clauses and verb.text.lower() not in COGNITION_FORMS:
        # "accused Netanyahu of “sabotaging ...”", "urged Hamas to accept": the verb's right-hand phrase.
        rights = [c for c in verb.rights if c.dep_ in ("dobj", "prep", "oprd", "dative") and not c.is_punct]
        objects = [c for c in rights if c.dep_ in ("dobj", "oprd", "prep")]
        if objects:
            start, end = rights[0].left_edge.idx, _char_span([rights[-1].right_edge])[1]
            clauses = rights
    if clauses:
        start = min(c.left_edge.idx for c in clauses)
        end = max(_char_span([c.right_edge])[1] for c in clauses)
        if verb.idx < start:
            start = max(start, verb.idx + len(verb.text))
        # a parse can run over a paragraph break; only quotation marks may carry content across one
        start = max(start, text.rfind("\n", 0, verb.idx) + 1)
        stop = text.find("\n", verb.idx)
        end = min(end, stop if stop >= 0 else len(text))
        for mark in _overlapping(marks, start, end):
            start, end = min(start, mark.start), max(end, mark.end)
        start, end = _trim(text, start, end)
        return (start, end) if end > start else None
    if verb.dep_ == "parataxis" and verb.head.sent == sent:
        # "The deal, he said, is close": the content is the sentence around the parenthetical cue.
        near = [m for m in marks if sent.start_char <= m.start and m.end <= sent.end_char]
        if near:
            return near[0].start, near[-1].end
        left, right = verb.left_edge.idx, _char_span([verb.right_edge])[1]
        before, after = _trim(text, sent.start_char, left), _trim(text, right, sent.end_char)
        best = max((before, after), key=lambda s: s[1] - s[0])
        return best if best[1] > best[0] else None
    # "Cruz continued:" + a quotation that follows (in the sentence or the next paragraph).
    tail = text[verb.idx + len(verb.text) : sent.end_char + 3]
    if ":" in tail or "," in tail[:2]:
        # only the first quotation after the cue can be its content (a later one has that one in between)
        first = next((m for m in marks if m.start >= verb.idx), None)
        if first is None or _SENTENCE_END.search(text, verb.idx, first.start):
            # a sentence ends first: the parse ran two sentences together ("difficult to confirm, since … .
            # "He is worse than his father," the leader said.")
            return None
        if not text[sent.end_char : first.start].strip(" \n:") or first.start < sent.end_char:
            return first.start, first.end
    return None


def _according_to(token: Token, text: str) -> QuoteSpan | None:
    """ "according to X": X is the source and the clause the phrase is attached to is the content."""
    # The parser can attach a "to" written before "according" (garbled text): only the "to" after it counts.
    to = next((c for c in token.children if c.lower_ == "to" and c.i > token.i), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        to = token.nbor()
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = token if token.head.i != token.i and to.head == token else to
    sent = token.sent
    left = min(phrase.left_edge.idx, token.idx)
    right = max(_char_span([phrase.right_edge])[1], _char_span([pobj.right_edge])[1])
    before, after = _trim(text, sent.start_char, left), _trim(text, right, sent.end_char)
    content = max((before, after), key=lambda s: s[1] - s[0])
    if content[1] <= content[0]:
        return None
    cue = (token.idx, to.idx + len(to.text))
    return QuoteSpan(content, _source_span(pobj, text), cue, "according to", False, source_head=_antecedent(pobj))


def extract_quote_spans(text: str, doc: Doc) -> tuple[QuoteSpan, ...]:
    """All attributions of ``text`` (which ``doc`` must be the parse of), in order of their content."""
    marks = list(quote_mark_spans(text))
    found: list[QuoteSpan] = []
    for token in doc:
        low = token.lower_
        if low == "according":
            if (quote := _according_to(token, text)) is not None:
                found.append(quote)
            continue
        if low not in CUE_FORMS or token.pos_ not in ("VERB", "AUX") or _inside(marks, token.idx):
            continue
        content = _content_of(token, text, token.sent, marks)
        if content is None:
            continue
        subject = _subject(token)
        source = _source_span(subject, text) if subject is not None else None
        direct = bool(_overlapping(marks, *content)) and all(ch in MARKS for ch in _edge_chars(text, content))
        if source is None and not direct and token.tag_ in _NON_FINITE:
            continue  # "willing to agree to ...", "after reiterating its demand": nobody is reported
        if source is not None and content[0] <= source[0] < content[1]:
            continue  # the "subject" sits inside the content: a misparse, not a speaker
        cue = (token.idx, token.idx + len(token.text))
        head = _antecedent(subject) if subject is not None else None
        found.append(QuoteSpan(content, source, cue, low, direct, source_head=head))
    found = _drop_nested(found)
    found.extend(_running_quotes(text, marks, found, doc))
    found.sort(key=lambda q: (q.content, q.cue or (0, 0)))
    return tuple(_join_continued(text, found))


def _edge_chars(text: str, span: tuple[int, int]) -> tuple[str, str]:
    start, end = span
    return text[start], text[end - 1]


def _drop_nested(found: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep one attribution per content: the same content reached from two verbs keeps the first cue."""
    seen: dict[tuple[int, int], QuoteSpan] = {}
    for quote in found:
        seen.setdefault(quote.content, quote)
    return list(seen.values())


def _speaker_of_thought(thought: QuoteSpan, doc: Doc) -> tuple[tuple[int, int], int | None] | None:
    """The speaker (source span, head offset) of the sentence a reported thought stands in, when a verb of saying
    before the thought has a subject. A thought is not quoted: in "It's clear, the official said -- … -- that
    Mubarak believes he can ride this out, “and this time, we're not so sure …”" the quotation after the thought
    continues the official, not Mubarak. The parse may give that "said" no content of its own, so the verb is read
    from the sentence, not from the attributions found."""
    if thought.cue_word not in COGNITION_FORMS or thought.cue is None:
        return None
    span = doc.char_span(*thought.cue, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(list(span.sent[: span.start - span.sent.start])):
        if token.lower_ in SPEECH_FORMS and token.pos_ in ("VERB", "AUX"):
            subject = _subject(token)
            if subject is not None and subject.dep_ == "nsubj":  # "Permission was denied" names no speaker
                return _source_span(subject, doc.text), _antecedent(subject)
    return None


def _running_quotes(text: str, marks: list[QuoteMarkSpan], found: list[QuoteSpan], doc: Doc) -> list[QuoteSpan]:
    """Quotations no cue claimed: each continues the speaker of the attribution just before it, if close."""
    claimed = [q.content for q in found]
    ordered = sorted(range(len(found)), key=lambda i: found[i].content[0])
    extra: list[QuoteSpan] = []
    for mark in marks:
        if any(s < mark.end and mark.start < e for s, e in claimed):
            continue
        if len(text[mark.start : mark.end].split()) < MIN_RUNNING_QUOTE_WORDS:
            continue
        previous = [i for i in ordered if found[i].content[1] <= mark.start and found[i].source is not None]
        source, head = None, None
        if previous:
            last = found[previous[-1]]
            if len(_BREAKS.findall(text, last.content[1], mark.start)) < MAX_RUNNING_PARAGRAPHS:
                # The speaker of a running quote is the mention that named them for the quote before (PolNeAR
                # marks the same earlier mention as the source of both), or who says the thought before it.
                source, head = _speaker_of_thought(last, doc) or (last.source, last.source_head)
        extra.append(QuoteSpan((mark.start, mark.end), source, None, None, True, head))
    return extra


def _join_continued(text: str, found: list[QuoteSpan]) -> list[QuoteSpan]:
    """Join each running quote to the direct quote it continues when no paragraph break stands between them: news
    copy splits one statement around its attribution ("“That's their right,” Clark said. “It's our obligation …”"),
    and PolNeAR annotates it as one attribution whose content is both quotations. A running quote in the next
    paragraph stays an attribution of its own (there annotators start a new one). ``found`` is in content order."""
    joined: list[QuoteSpan] = []
    for quote in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and quote.cue is None
            and quote.direct
            and last.direct
            and quote.source is not None
            and quote.source == last.source
            and last.content[1] <= quote.content[0]
            and "\n" not in text[last.content[1] : quote.content[0]]
        ):
            parts = last.parts or (last,)
            joined[-1] = replace(last, content=(last.content[0], quote.content[1]), parts=(*parts, quote))
            continue
        joined.append(quote)
    return joined
