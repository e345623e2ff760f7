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

import re
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
from newsdesk.extract.speaker_kinds import (
    PRONOUN_GENDER,
    noun_gender,
    person_description,
    role_noun,
    text_owner,
    thing_description,
    title_gender,
)

# v2: a definite description refers back to an earlier speaker (v1 kept it)
# v3: a source with no word outside dates, times and numbers, or with a colon in it, names nobody; a live page's
# clock stamp before a source is not part of it; a person or organisation inside a source names the speaker only
# as the source's head (or in apposition to it), not inside a modifier of another noun ("Libyan law")
# v4: a "he"/"she" may refer to an earlier source described as a person ("A resident of Shubra … said"), not only
# to a named one, and never to a candidate of the other gender; a source headed by an event, picture, count or
# thing ("The unrest", "a great big red headline") names nobody (``speaker_kinds``); on a live page, a source
# separated from its quote by an entry's clock stamp is another entry's: the quote takes its own entry's speaker
# v5: a "he"/"she" with no person in its window continues a source that is a definite role kept as written ("“He
# is worse than his father,” the leader said. … “…,” he continued."), before the last person named further back
# (v4 took the father's son, whose speech the leader was criticising)
# v6: a source that is a text names who it is by, when it says so ("a statement issued by his office" → the person
# "his" refers to, "A statement from NHS Greater Glasgow" → NHS Greater Glasgow; ``speaker_kinds.text_owner``)
ALGORITHM = "extract.speakers.v6"

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
# A live page's entry stamp ("… at a Port-au-Prince hospital 1210 David Darg … tells the BBC: …"): four digits
# that read as a 24-hour time before a capitalized word, not a year after a word that governs one ("the 2004
# Asian tsunami", "in 1750 …") or a count ("about 1500 Americans"). Cleaning cuts the stamps that open a sentence
# (``clean.boilerplate.entry_stamps``); these are the ones left after a caption with no full stop. Looked for only
# between a source and its quote, where a number before a capitalized word is no part of an attribution.
_STAMP = re.compile(r"(?<![\w$£#.,:/-])(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z])")
_YEAR_BEFORE = frozenset(
    {
        "the",
        "in",
        "of",
        "since",
        "by",
        "from",
        "until",
        "to",
        "and",
        "before",
        "after",
        "around",
        "early",
        "late",
        "at",
        "about",
        "some",
        "nearly",
        "over",
        "than",
        "almost",
    }
)


@dataclass(frozen=True, slots=True)
class _Person:
    start: int
    end: int
    name: str
    subject: bool  # subject of its sentence's main verb (not of a clause reported inside it)
    sentence: int
    root: int = -1  # the token index of the mention's head word (-1: not known)


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
                e.root.i,
            )
            for e in self._person_ents
        ]
        # "Last week, Aujali said …" where the tagger missed the surname it tagged in "Ali Aujali" before
        surnames = {p.name.split()[-1] for p in self.persons if " " in p.name}
        self._surnames = [
            _Person(t.idx, t.idx + len(t), t.text, True, sent_of.get(t.i, 0), t.i)
            for t in doc
            if t.text in surnames and t.pos_ == "PROPN" and not t.ent_type_ and _main_subject(t)
        ]
        self.named = [(e.start_char, e.end_char, e.text) for e in ents if e.label_ in _NAMED]
        self._sent_of = sent_of
        self._speakers: list[_Person] = []  # people already resolved as speakers, in the order resolved
        self._descriptions: list[Antecedent] = []  # sources described by a common noun, as resolved
        self._roles: list[Antecedent] | None = None  # people introduced with a role; built on first use
        self._named_speakers: set[str] = set()  # speakers resolved to a named person
        self._referred = False  # whether the last source resolved was a definite description referring back
        # the last source resolved, when it is a definite role with nothing to refer back to ("the leader said"),
        # kept as written; a later source naming someone else ends its run
        self._role_run: _Person | None = None
        # "he" or "she" for a speaker: from a title before the name ("Mr Ban"), a gendered noun ("one woman"), or
        # a pronoun already resolved to it
        self._gender: dict[str, str] = {}
        for ent, person in zip(self._person_ents, self.persons, strict=True):
            before = doc[ent.start - 1].text if ent.start > 0 else ""
            gender = title_gender(ent[0].text) if len(ent) > 1 else None
            gender = gender or title_gender(before)
            if gender is not None:
                self._gender.setdefault(self.full_name(person.name, person.start), gender)
        # a described subject with a name in it ("Lincolnshire's chief fire officer, Mike Thomas") is that person
        self._described = [
            self._described_subject(t)
            for t in doc
            if _main_subject(t)
            and person_description(t)
            and not any(w.ent_type_ == "PERSON" for w in doc[t.left_edge.i : t.right_edge.i + 1])
        ]

    def _described_subject(self, head: Token) -> _Person:
        """A sentence's main subject described as a person ("One woman, identified only as Nahla, … disagreed"):
        a later "she" may refer to her though she is no quote's source."""
        words = self.doc[head.left_edge.i : head.right_edge.i + 1]
        while len(words) > 1 and (words[-1].is_punct or words[-1].is_space):
            words = words[:-1]
        gender = noun_gender(head)
        if gender is not None:
            self._gender.setdefault(words.text, gender)
        return _Person(words.start_char, words.end_char, words.text, True, self._sent_of.get(head.i, 0), head.i)

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

    def _stamp_between(self, text: str, start: int, end: int) -> int | None:
        """Where the last entry stamp between two offsets ends, if there is one."""
        found = None
        for m in _STAMP.finditer(text, start, end):
            before = text[max(start, m.start() - 12) : m.start()].split()
            if not before or before[-1].lower() not in _YEAR_BEFORE:
                found = m.end()
        return found

    def _entry_speaker(self, start: int, end: int) -> str | None:
        """The person an entry opens with as a clause's subject ("1210 David Darg, an aid worker …, tells the BBC
        …: "), else nobody: the quote is not the previous entry's."""
        for p in self.persons:
            if start <= p.start and p.end <= end and p.root >= 0 and self.doc[p.root].dep_ in _SUBJECTS:
                return self.full_name(p.name, p.start)
        return None

    def _fits(self, name: str, gender: str | None) -> bool:
        return gender is None or self._gender.get(name, gender) == gender

    def _candidates(self, position: int, gender: str | None) -> tuple[int, list[_Person], list[_Person]]:
        """The pronoun's sentence, the people of its gender before it, and those in its window."""
        sentence = self._sentence_at(position)
        people = sorted(self.persons + self._surnames + self._described, key=lambda p: p.start)
        before = [p for p in people if p.end <= position and self._fits(self.full_name(p.name, p.start), gender)]
        return sentence, before, [p for p in before if sentence - p.sentence < PRONOUN_SENTENCES]

    def _possessor(self, position: int, pronoun: str) -> str | None:
        """Whose a text is by its "his"/"her" ("His official proclamation", "a statement issued by his office"): the
        person named last before it in the pronoun's window. A text's owner is the person just spoken of, not the main
        subject a "he said" continues ("… Calderon announced …. … and California Governor Arnold Schwarzenegger
        announced a … state of emergency …. His official proclamation mentions …")."""
        window = self._candidates(position, PRONOUN_GENDER.get(pronoun))[2]
        return self._name_of(window[-1]) if window else None

    def _pronoun(self, position: int, pronoun: str) -> str | None:
        gender = PRONOUN_GENDER.get(pronoun)
        sentence, before, window = self._candidates(position, gender)
        # "President Hosni Mubarak announced Friday that he had asked …": the subject of the verb the pronoun's
        # clause is reported by
        governing = [p for p in window if p.sentence == sentence and self._governs(p, position)]
        if governing:
            return self._name_of(governing[-1])
        subjects = [p for p in window if p.subject]
        # A run of attributions ("Blinken said: …" / "he added" / "he said") keeps its speaker: the last
        # speaker in the window, unless another person became a sentence's main subject since then.
        earlier = [
            p
            for p in self._speakers
            if p.end <= position and sentence - p.sentence < PRONOUN_SENTENCES and self._fits(p.name, gender)
        ]
        # a described speaker gives way to a named person who is the subject of any clause since ("Witnesses said
        # … after Gadhafi defended his regime. He vowed …"); a named speaker only to a sentence's main subject
        last = max(earlier, key=lambda p: p.start) if earlier else None
        if last is not None:
            named = last.name in self._named_speakers
            blockers = subjects if named else [p for p in window if p.root >= 0 and self.doc[p.root].dep_ in _SUBJECTS]
            if not any(p.start > last.end for p in blockers):
                return last.name
        candidates = subjects or window
        if not candidates:
            # nobody named nearby: a run of attributions by a role kept as written ("the leader said") goes on
            role = self._role_run
            near = role is not None and role.end <= position and sentence - role.sentence < PRONOUN_SENTENCES
            if role is not None and near and self._fits(role.name, gender):
                return role.name
            candidates = before[-1:]
        if not candidates:
            return None
        return self._name_of(candidates[-1])

    def _governs(self, person: _Person, position: int) -> bool:
        """Whether the person is the subject of a verb whose clause holds the character ``position``."""
        if person.root < 0:
            return False
        subject = self.doc[person.root]
        pronoun = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if subject.dep_ not in _SUBJECTS or pronoun is None or not len(pronoun):
            return False
        verb = subject.head
        return verb.left_edge.i <= pronoun.start <= verb.right_edge.i and verb.i < pronoun.start

    def _name_of(self, person: _Person) -> str:
        """What a pronoun's candidate is called: a named person's fullest name; a described one's description, or
        the speaker an earlier mention resolved to when the description is definite ("the soldier")."""
        if any(p is person for p in self._described):
            return self._definite(person.start, person.end) or person.name
        return self.full_name(person.name, person.start)

    def resolve(
        self,
        text: str,
        source: tuple[int, int] | None,
        head: int | None = None,
        content: tuple[int, int] | None = None,
    ) -> str | None:
        """The speaker a source span names (a person's fullest name, an organization, or a description).

        Call it for the article's quotes in text order: a later "he said" can take an earlier speaker. With the
        quote's ``content`` span, a source in an earlier entry of a live page gives way to the quote's own entry."""
        if source is not None and content is not None and source[1] <= content[0]:
            stamp = self._stamp_between(text, source[1], content[0])
            if stamp is not None:
                return self._entry_speaker(stamp, content[0])
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
        mention = span.text.strip().lower()
        if (
            noun is not None
            and is_definite(noun)
            and role_noun(noun)
            and not self._referred
            and _main_subject(span.root)
        ):
            self._role_run = _Person(start, end, speaker, True, self._sentence_at(start))
        elif self._role_run is not None and speaker != self._role_run.name:
            self._role_run = None
        gender = PRONOUN_GENDER.get(mention)
        if gender is not None:
            self._gender.setdefault(speaker, gender)
        elif noun is not None and (person_description(noun) or (self._referred and role_noun(noun))):
            gender = noun_gender(noun)
            if gender is not None:
                self._gender.setdefault(speaker, gender)
        else:
            noun = None
        # only the sentence's own speaker carries on ("Blinken said that Netanyahu told him …": Blinken), be it a
        # named person or one described ("A resident of Shubra"); a "he said" keeps a described one going
        named = any(p.name == speaker for p in self.persons)
        if named:
            self._named_speakers.add(speaker)
        described = noun is not None or any(p.name == speaker for p in self._speakers)
        if (named or described) and _main_subject(span.root):
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

    def _owner(self, start: int, end: int) -> tuple[int, int] | None:
        """Who a source that is a text is by, as a span inside it ("a statement issued by his office": "his"), the
        possessive's "'s" left out; None when the source is no text or does not say."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        owner = text_owner(span.root) if span is not None and len(span) else None
        if owner is None or not start <= owner.idx < end:
            return None
        words = [t for t in owner.subtree if t.dep_ != "case" and start <= t.idx < end]
        return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None

    def _resolve(self, text: str, source: tuple[int, int] | None, head: int | None) -> str | None:
        self._referred = False
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
        owner = self._owner(start, end)
        # a text's owner named as a pronoun is whose the text is; a coordination ("the school and the HPA") is
        # the group as written; an owner that names nobody ("Today's study") leaves the source as it is
        if owner is not None:
            owned = text[owner[0] : owner[1]]
            if owned.lower() in _PRONOUNS:
                speaker = self._possessor(owner[0], owned.lower())
            elif any(t.dep_ == "conj" for t in self.doc.char_span(*owner, alignment_mode="expand") or ()):
                speaker = owned
            else:
                speaker = self._resolve(text, owner, None)
            if speaker is not None:
                return speaker
        mention = text[start:end].strip()
        low = mention.lower()
        if low in _PRONOUNS:
            return self._pronoun(start, low)
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
            self._referred = True
            return earlier
        named = [n for n in self.named if n[0] < end and start < n[1]]
        described = self.doc.char_span(start, end, alignment_mode="expand")
        noun = description_head(described) if described is not None and len(described) else None
        if noun is not None and thing_description(noun) and not (named and named[0][0] <= noun.idx < named[0][1]):
            return None
        # the mention is the organization's name itself, give or take a leading "the " (4 characters); not a
        # name that only modifies the mention's head ("Libyan law")
        if named and named[0][1] >= end and named[0][0] - start <= len("the "):
            return named[0][2]
        return self.full_name(mention, start) if mention[:1].isupper() and " " not in mention else mention
