"""Who a source mention names, within one article: "he" → the person last spoken of, "Blinken" → "Antony Blinken".

A light version of the rule cascades used for speaker attribution in news (Pouliquen, Steinberger & Best,
*Automatic Detection of Quotations in Multilingual News*, RANLP 2007; Muzny et al., *A Two-stage Sieve
Approach for Quote Attribution*, EACL 2017): a named person inside the source phrase wins; a personal pronoun
takes the closest preceding person who was the subject of a sentence's main verb (news sentences put the
speaker there; a subject inside a reported clause is someone else's claim), else the closest person; a
surname alone takes the fullest name used for it in the article; a definite description ("the official")
takes the speaker of the nearest earlier mention with the same head noun (``nominal_speakers``). A source
with no name ("a senior U.S. official") is kept as the speaker description. Story-wide canonical names
(across articles) are the entity stage's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsdesk.extract.nominal_speakers import (
    Antecedent,
    description,
    description_head,
    is_definite,
    person_roles,
    refer_back,
)

# v2: a definite description refers back to an earlier speaker (v1 kept it)
# v3: a source with no word outside dates, times and numbers, or with a colon in it, names nobody; a live page's
# clock stamp before a source is not part of it; a person or organisation inside a source names the speaker only
# as the source's head (or in apposition to it), not inside a modifier of another noun ("Libyan law")
ALGORITHM = "extract.speakers.v3"

_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers"])
# Mentions that name nobody on their own: first/second person (inside quotes), plural and neuter pronouns,
# relative pronouns whose antecedent is not a person.
_UNRESOLVED = frozenset(
    ["i", "me", "we", "us", "you", "they", "them", "it", "who", "whom", "which", "that", "this", "these", "those"]
)
_SUBJECTS = ("nsubj", "nsubjpass")
_NAMED = ("ORG", "GPE", "NORP")
# Entity types of words that say when or how much, never who.
_NOT_WHO = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# How far back a pronoun looks for its person: the sentence of the mention and the two before it, which is
# where news copy names a speaker before a "he said" (a larger window starts picking up other people).
PRONOUN_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class _Person:
    start: int
    end: int
    name: str
    subject: bool  # subject of its sentence's main verb (not of a clause reported inside it)
    sentence: int


def _clean_name(name: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _main_subject(token: Token) -> bool:
    """ "Blinken said that Netanyahu told him ...": Blinken is the main subject, Netanyahu only a reported one."""
    return token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT"


def _source_words(span: Span) -> Span | None:
    """The words of a source that may name someone, or None when it names nobody.

    A live page's clock stamp opens its entries ("1353 A senior White House advisor said …", "2346 Survivor
    Jackson tells …"): a number-only token right before a capitalized word is not part of the source's noun
    phrase (a count is followed by what it counts, in lower case). A source whose words are all dates, times
    or numbers ("January 28, 2011 11:04", "2033") names nobody, nor does one with a colon inside, which no
    noun phrase crosses (a headline or list line, "A roundup of today s CNNMoney news: 8 least evil banks")."""
    doc, start = span.doc, span.start
    while start + 1 < span.end and doc[start].is_digit and doc[start + 1].text[:1].isupper():
        start += 1
    words = doc[start : span.end]
    if any(t.text == ":" for t in words):
        return None
    if not any(t.is_alpha and t.ent_type_ not in _NOT_WHO for t in words):
        return None
    return words


class SpeakerResolver:
    """Resolves source mentions of one parsed article; build once per article, call for every quote."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        sent_of = {}
        for i, sent in enumerate(doc.sents):
            for token in sent:
                sent_of[token.i] = i
        ents = doc.ents
        self._person_ents = [e for e in ents if e.label_ == "PERSON" and e.text.strip()]
        self.persons = [
            _Person(
                e.start_char,
                e.end_char,
                _clean_name(e.text.strip()),
                _main_subject(e.root),
                sent_of.get(e.root.i, 0),
            )
            for e in self._person_ents
        ]
        self.named = [(e.start_char, e.end_char, e.text) for e in ents if e.label_ in _NAMED]
        self._sent_of = sent_of
        self._speakers: list[_Person] = []  # people already resolved as speakers, in the order resolved
        self._descriptions: list[Antecedent] = []  # sources described by a common noun, as resolved
        self._roles: list[Antecedent] | None = None  # people introduced with a role; built on first use

    def full_name(self, name: str, position: int) -> str:
        """The fullest name the article uses for a one-word name: the nearest earlier one, else the first later."""
        if " " in name:
            return name
        key = name.lower()
        longer = [p for p in self.persons if " " in p.name and p.name.split()[-1].lower() == key]
        before = [p for p in longer if p.start < position]
        if before:
            return before[-1].name
        return longer[0].name if longer else name

    def _sentence_at(self, position: int) -> int:
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return self._sent_of.get(token.start, 0) if token is not None and len(token) else 0

    def _pronoun(self, position: int) -> str | None:
        sentence = self._sentence_at(position)
        window = [p for p in self.persons if p.end <= position and sentence - p.sentence < PRONOUN_SENTENCES]
        subjects = [p for p in window if p.subject]
        # A run of attributions ("Blinken said: …" / "he added" / "he said") keeps its speaker: the last
        # speaker in the window, unless another person became a sentence's main subject since then.
        earlier = [p for p in self._speakers if p.end <= position and sentence - p.sentence < PRONOUN_SENTENCES]
        if earlier and not any(p.start > earlier[-1].end for p in subjects):
            return earlier[-1].name
        candidates = subjects or window or [p for p in self.persons if p.end <= position][-1:]
        if not candidates:
            return None
        return self.full_name(candidates[-1].name, candidates[-1].start)

    def resolve(self, text: str, source: tuple[int, int] | None, head: int | None = None) -> str | None:
        """The speaker a source span names (a person's fullest name, an organization, or a description).

        Call it for the article's quotes in text order: a later "he said" can take an earlier speaker."""
        speaker = self._resolve(text, source, head)
        if source is None or speaker is None:
            return speaker
        start, end = source
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return speaker
        noun = description_head(span)
        antecedent = description(noun, span, speaker) if noun is not None else None
        if antecedent is not None:
            self._descriptions.append(antecedent)
        # only the sentence's own speaker carries on ("Blinken said that Netanyahu told him …": Blinken)
        if any(p.name == speaker for p in self.persons) and _main_subject(span.root):
            self._speakers.append(_Person(start, end, speaker, True, self._sentence_at(start)))
        return speaker

    def _definite(self, start: int, end: int) -> str | None:
        """ "the anonymous official" → the speaker an earlier official mention resolved to, if there is one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        noun = description_head(span) if span is not None and len(span) else None
        if noun is None or not is_definite(noun):
            return None
        if self._roles is None:
            named = ((e, p.name) for e, p in zip(self._person_ents, self.persons, strict=True))
            self._roles = person_roles(named, self.full_name)
        antecedent = refer_back(noun, self._descriptions + self._roles)
        return antecedent.speaker if antecedent is not None else None

    def _heads(self, inside: list[_Person], start: int, end: int) -> list[_Person]:
        """The persons inside a source that name its speaker: the one that holds the source's head word, or one in
        apposition to it ("A senior Hamas official, Izzat El-Reshiq"). A person in a modifier of another head is
        someone else ("a spokesman for Obama", "Mohamed, a resident of rebel-held Misrata" when the tagger took
        Misrata for a person). Where the sentence has no parse, the first person inside is kept."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if not inside or span is None or not len(span) or not span.root.dep_:
            return inside
        root = span.root
        heads = []
        for person in inside:
            tokens = self.doc.char_span(person.start, person.end, alignment_mode="expand")
            if tokens is None:
                continue
            if any(
                t.i == root.i
                or (t.dep_ == "appos" and t.head.i == root.i)
                or (root.dep_ == "appos" and root.head.i == t.i)
                for t in tokens
            ):
                heads.append(person)
        return heads

    def _resolve(self, text: str, source: tuple[int, int] | None, head: int | None) -> str | None:
        if source is None:
            return None
        start, end = source
        head = start if head is None else head
        inside = [p for p in self.persons if p.start < end and start < p.end]
        if head < start or head >= end:
            # a relative pronoun: the speaker is the noun its clause hangs on
            at = [p for p in self.persons if p.start <= head < p.end]
            if at:
                return self.full_name(at[0].name, at[0].start)
            named = [n for n in self.named if n[0] <= head < n[1]]
            return named[0][2] if named else None
        inside = self._heads(inside, start, end)
        if inside:
            person = inside[0]
            return self.full_name(person.name, person.start)
        mention = text[start:end].strip()
        low = mention.lower()
        if low in _PRONOUNS:
            return self._pronoun(start)
        if low in _UNRESOLVED:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            words = _source_words(span)
            if words is None:
                return None
            start, end, mention = words.start_char, words.end_char, words.text
        earlier = self._definite(start, end)
        if earlier is not None:
            return earlier
        named = [n for n in self.named if n[0] < end and start < n[1]]
        # the mention is the organization's name itself, give or take a leading "the " (4 characters); not a
        # name that only modifies the mention's head ("Libyan law")
        if named and named[0][1] >= end and named[0][0] - start <= len("the "):
            return named[0][2]
        return self.full_name(mention, start) if mention[:1].isupper() and " " not in mention else mention
