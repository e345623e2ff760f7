"""Entity mentions of one article: spaCy's named entities, trimmed to the name, with the title the text gives.

Titles are read off the dependency parse, not from a list of people: the capitalized pre-modifiers of a
person's name ("US Secretary of State Antony Blinken" → "Secretary of State", "Prime Minister Benjamin
Netanyahu") or a capitalized apposition ("Antony Blinken, the US Secretary of State,"). The nationality or
organisation in front ("US", "Israeli") is not part of the office. Words inside an office name that spaCy
tagged as an entity ("State" in "Secretary of State") are not mentions of an organisation and are dropped.
Story-level merging (aliases, titles as aliases, salience) is in ``newsdesk.extract.aliases``.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsdesk.model import Article, Mention
from newsdesk.model import Span as TextSpan

from .spans import sentence_at, sentence_starts

# v3: a name starts with no clock time, numeral or web address and ends with no dash ("6:07 Cairo" → "Cairo",
# "IAfrica.com Haiti" → "Haiti", "Port-au-Prince -"); a PERSON written all in lower case is a comment handle;
# one word with an acronym glued to a word is a brand ("CNNMoney": ORG)
ALGORITHM = "extract.entities.v3"

# People, organisations, places (countries/cities, other locations, facilities) and groups (nationalities,
# religious and political groups). Other spaCy labels (dates, numbers, works) belong to other extractors.
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Words that may sit inside a title without being capitalized: "Secretary of State", "Minister for Health".
TITLE_JOINERS = frozenset({"of", "for", "the", "and", "-", "'s"})
# Leading tokens of these types name who the office belongs to ("US", "Israeli"), not the office.
AFFILIATION_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC"})
_TRIM_LEFT = frozenset({"the", "a", "an"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Common nouns that make the name right after them an organisation ("the Qatari channel Al Arabi", "the
# militant group Hezbollah"): the small model tags such names PERSON when it has not seen them.
ORGANISATION_NOUNS = frozenset(
    {
        "agency", "bank", "broadcaster", "channel", "company", "daily", "firm", "group", "magazine", "militia",
        "network", "newspaper", "outlet", "party", "radio", "station", "television", "tv", "website",
    }
)  # fmt: skip
_COORDINATORS = frozenset({"and", "or", ","})
# Two capitals and a lower-case letter inside one word: an acronym glued to a word, as brands are written
# ("CNNMoney"); a person's name has one capital per part ("McCain", "LeBron", "DeMint").
_BRAND = re.compile(r"[A-Z]{2,}[a-z]")
_TRIM_RIGHT = frozenset({"'s", "’s", "'", "’", ".", ",", ";", ":", '"', "“", "”", "-", "–", "—"})
# Labels of names that never begin with a figure: a person, a place or a group. A leading numeral or clock time
# is a live page's time stamp or a count the tagger took in ("6:07 Cairo", "1353 Haiti"); organisations and
# facilities may ("3M", "10 Downing Street").
_NO_LEADING_FIGURE = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _title_words(tokens: list[Token]) -> list[Token]:
    """The office in a run of tokens before/around a name: the longest capitalized tail, affiliation dropped."""
    cut = max((k + 1 for k, t in enumerate(tokens) if t.is_punct and t.text != "-"), default=0)
    tokens = tokens[cut:]
    tail: list[Token] = []
    for token in reversed(tokens):
        if token.text[:1].isupper() or (tail and token.lower_ in TITLE_JOINERS):
            tail.insert(0, token)
        else:
            break
    while tail and (tail[0].lower_ in TITLE_JOINERS or tail[0].ent_type_ in AFFILIATION_TYPES):
        tail.pop(0)
    while tail and tail[-1].lower_ in TITLE_JOINERS:
        tail.pop()
    return tail if tail and not any(t.ent_type_ == "PERSON" for t in tail) else []


def _title(ent: Span) -> list[Token]:
    doc = ent.doc
    root = ent.root
    words = _title_words(list(doc[root.left_edge.i : ent.start]))
    if words:
        return words
    for child in root.rights:
        if child.dep_ == "appos":
            return _title_words(list(doc[child.left_edge.i : child.right_edge.i + 1]))
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and not head.ent_type_:
        return _title_words(list(doc[head.left_edge.i : head.i + 1]))
    return []


def _office_tokens(title: list[Token]) -> set[int]:
    """Token indices after the first "of"/"for" of a title: the office's object ("State"), not a mention."""
    for k, token in enumerate(title):
        if token.lower_ in {"of", "for"}:
            return {t.i for t in title[k + 1 :]}
    return set()


def _not_name_start(token: Token, label: str) -> bool:
    """An article, a web address glued before a place by a page's markup ("IAfrica.com Haiti"), or, for a
    person, place or group, a token with a digit in it."""
    if token.lower_ in _TRIM_LEFT or token.like_url:
        return True
    return label in _NO_LEADING_FIGURE and any(ch.isdigit() for ch in token.text)


def _strip(doc: Doc, start: int, end: int, label: str) -> Span | None:
    while start < end and _not_name_start(doc[start], label):
        start += 1
    while end > start and doc[end - 1].text in _TRIM_RIGHT:
        end -= 1
    return doc[start:end] if end > start else None


def _parts(ent: Span, label: str) -> list[Span]:
    """The name without a leading article or trailing punctuation; "World Health Organization (WHO)" is
    two mentions, the name and its bracketed acronym (spaCy often keeps the bracket, closed or not)."""
    doc = ent.doc
    opened = next((t.i for t in ent if t.text in {"(", "["} and t.i > ent.start), None)
    if opened is None:
        name = _strip(doc, ent.start, ent.end, label)
        return [name] if name is not None else []
    closed = next((t.i for t in doc[opened : ent.end] if t.text in {")", "]"}), ent.end)
    parts = [_strip(doc, ent.start, opened, label)]
    inner = doc[opened + 1 : closed]
    if len(inner) == 1 and inner[0].is_upper and inner[0].is_alpha:
        parts.append(inner)
    return [p for p in parts if p is not None]


def _repaired_label(ent: Span, titled: set[int], person_surnames: Counter[str]) -> str:
    """spaCy's label, or a better one for a name tagged PERSON that is not a person's: one word that opens with
    an acronym glued to a word ("CNNMoney") is a brand; an organisation noun right before it ("the Qatari
    channel Al Arabi"), or a one-word name coordinated with a place ("the Philadelphi Corridor and Rafah"), say
    the name is no person's unless the article uses it for a person elsewhere."""
    if ent.label_ != "PERSON":
        return ent.label_
    if len(ent) == 1 and _BRAND.search(ent.text):
        return "ORG"
    # an office here, or another PERSON mention sharing its last word (the count includes this mention)
    if ent.start in titled or person_surnames[ent.text.split()[-1]] > 1:
        return ent.label_
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ORGANISATION_NOUNS:
        return "ORG"
    if len(ent) > 1 or (ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"}):
        return ent.label_  # a full name ("Randy Wittman of Minnesota") or an owner is a person in any list
    sides = ((ent.start - 2, ent.start - 1), (ent.end + 1, ent.end))  # (neighbour, coordinator) token indices
    for neighbour, coordinator in sides:
        coordinated = 0 <= neighbour < len(doc) and doc[coordinator].lower_ in _COORDINATORS
        if coordinated and doc[neighbour].ent_type_ in PLACE_LABELS:
            return doc[neighbour].ent_type_
    return ent.label_


def entity_mentions(article: Article, doc: Doc) -> tuple[Mention, ...]:
    """Named-entity mentions of ``article`` (``doc`` is the spaCy parse of ``article.text``), in text order."""
    starts = sentence_starts(article)
    titles: dict[int, str] = {}
    inside_titles: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = _title(ent)
            if words:
                titles[ent.start] = " ".join(t.text for t in words).replace(" - ", "-")
                inside_titles |= _office_tokens(words)
    # The same office used alone later in the article ("the Secretary of State's ninth visit").
    offices = [
        (m.start(), m.end()) for t in set(titles.values()) if " " in t for m in re.finditer(re.escape(t), article.text)
    ]
    titled = set(titles)
    person_surnames = Counter(e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON" and e.text.split())
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS or ent.start in inside_titles:
            continue
        label = _repaired_label(ent, titled, person_surnames)
        if label != "PERSON" and any(s <= ent.start_char and ent.end_char <= e for s, e in offices):
            continue
        for n, span in enumerate(_parts(ent, label)):
            if not any(ch.isalpha() for ch in span.text):
                continue
            # English writes a person's name capitalized; a PERSON in lower case is a reader's handle ("chuck")
            if label == "PERSON" and not any(ch.isupper() for ch in span.text):
                continue
            start, end = span.start_char, span.end_char
            mentions.append(
                Mention(
                    span=TextSpan(article.id, start, end),
                    sentence=sentence_at(starts, start),
                    text=article.text[start:end],
                    label=label,
                    title=None if n else titles.get(ent.start),
                )
            )
    return tuple(mentions)
