"""Who "the official" is: a definite description with no name refers back to the nearest earlier mention of the
same kind of speaker in the article.

News copy introduces a source once, fully ("a senior U.S. official", "Izzat El-Reshiq, a senior Hamas
official", "Hamas official Osama Hamdan"), and then shortens it to a definite description with the same head
noun ("said the anonymous official", "the official added"). This is the strict head-match sieve of rule-based
coreference (Lee et al., *Deterministic Coreference Resolution Based on Entity-Centric, Precision-Ranked
Rules*, Computational Linguistics 2013: a definite nominal takes the closest earlier mention with the same
head word unless a modifier contradicts it), restricted to speaker mentions and to people introduced with a
role, so that it only merges two ways of naming one source. Of the sieve's modifier checks it keeps those
that separate referents in news ("the Israeli official" is not "a U.S. official", "the former president" is
not "President Obama"), not plain adjectives ("the anonymous official" is "a senior U.S. official"). An
indefinite description ("an official") is a new speaker; a definite one with no antecedent stays as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_NOUNS = ("NN", "NNS")
# A title before a name is one person's (singular); the small model tags "senior official Izzat …" an adjective.
_TITLE_TAGS = ("NN", "NNP", "JJ")
# Named-entity labels whose words in a description say whose source it is ("the Israeli official").
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"})
# Modifiers that make a role another person's: "the former president" is not the sitting one, "the next
# president" not the current one; they must agree between the description and its antecedent.
_STATUS = frozenset({"former", "ex", "late", "next", "future", "incoming", "outgoing", "previous", "then"})
# "the other official", "the remaining casinos": explicitly not the ones mentioned before.
_DISJOINT = frozenset({"other", "remaining"})
# The abbreviated titles news style puts before a name ("GOP Sen. John McCain" is "the senator").
_TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "adm.": "admiral",
    "col.": "colonel",
    "sgt.": "sergeant",
    "supt.": "superintendent",
}
# "spokesperson" is the neutral word a writer may use for a spokesman or spokeswoman introduced before.
_NEUTRAL = {"spokesperson": frozenset({"spokesman", "spokeswoman"})}


@dataclass(frozen=True, slots=True)
class Antecedent:
    """An earlier mention a definite description may refer back to."""

    start: int  # character offset, for "nearest earlier"
    head: str  # the head noun, lowercased ("official", "spokesman", "sources")
    names: frozenset[str]  # the proper-name words of the mention, lowercased, dots removed ("us", "hamas")
    status: frozenset[str]  # its words from _STATUS ("former")
    speaker: str  # what the speaker is called: a person's full name or the first, fullest description


def same_role(a: str, b: str) -> bool:
    return a == b or b in _NEUTRAL.get(a, ()) or a in _NEUTRAL.get(b, ())


def _words(doc: Doc, first: int, last: int) -> tuple[frozenset[str], frozenset[str]]:
    """The proper-name words and the status words of tokens ``first``..``last`` (inclusive)."""
    tokens = doc[max(first, 0) : last + 1]
    names = frozenset(
        t.lower_.replace(".", "")
        for t in tokens
        if (t.pos_ == "PROPN" or t.ent_type_ in _NAME_LABELS) and any(c.isalnum() for c in t.text)
    )
    return names, frozenset(t.lower_ for t in tokens if t.lower_ in _STATUS)


def description_head(span: Span) -> Token | None:
    """The head noun of a source that is a common-noun description ("a senior U.S. official", "the sources")."""
    root = span.root
    return root if root.tag_ in _NOUNS else None


def is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def description(head: Token, span: Span, speaker: str) -> Antecedent | None:
    """A source described by a common noun, as an antecedent for a later "the <noun>".

    A person named inside the description only as a modifier ("a fundraising email sent out by Sanders",
    "the Clinton campaign") is not what the noun denotes, so such a source is no antecedent; one in apposition
    ("a senior Hamas official, Izzat El-Reshiq") is."""
    persons = [t for t in span if t.ent_type_ == "PERSON"]
    appositive = any(
        (t.dep_ == "appos" and t.head.i == head.i) or (head.dep_ == "appos" and head.head.i == t.i) for t in persons
    )
    if persons and not appositive:
        return None
    names, status = _words(head.doc, head.left_edge.i, head.right_edge.i)
    return Antecedent(head.idx, head.lower_, names, status, speaker)


def _role_token(ent: Span) -> Token | None:
    """The role a person is introduced with: an appositive ("El-Reshiq, a senior Hamas official") or the noun
    right before the name and attached to it ("Hamas official Osama Hamdan", "senior official Izzat …")."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.tag_ == "NN":
            return child
    # "A senior Hamas official, Izzat El-Reshiq": not "The company and France's secretary of state, Pascale
    # Boistard", where the name is in apposition to a coordination
    head = root.head
    if root.dep_ == "appos" and head.tag_ == "NN" and not any(c.dep_ in ("cc", "conj") for c in head.children):
        return head
    if ent.start > 0:
        before = ent.doc[ent.start - 1]
        if (
            before.tag_ in _TITLE_TAGS
            and (before.is_alpha or before.lower_ in _TITLE_ABBREVIATIONS)
            and not before.ent_type_
            and ent.start <= before.head.i < ent.end
        ):
            return before
    return None


def person_roles(persons: Iterable[tuple[Span, str]], full_name: Callable[[str, int], str]) -> list[Antecedent]:
    """Antecedents for the article's named persons introduced with a role; ``persons`` pairs a PERSON entity
    with its name, ``full_name`` gives the fullest form the article uses for a name at a position."""
    found = []
    for ent, name in persons:
        role = _role_token(ent)
        if role is None:
            continue
        doc = ent.doc
        # the role's own words: "former UN Ambassador" of "former UN Ambassador John Bolton"
        first, last = (role.left_edge.i, role.right_edge.i) if role.i > ent.start else (role.left_edge.i, role.i)
        names, status = _words(doc, first, last)
        head = _TITLE_ABBREVIATIONS.get(role.lower_, role.lower_)
        names |= _words(doc, ent.start, ent.end - 1)[0]
        found.append(Antecedent(ent.start_char, head, names, status, full_name(name, ent.start_char)))
    return found


def refer_back(head: Token, antecedents: list[Antecedent]) -> Antecedent | None:
    """The nearest earlier antecedent with the same head noun that the definite description's modifiers do not
    contradict: its names must all be in the antecedent ("the Israeli official" needs one that names Israel)
    and the two must agree on status ("the former president")."""
    modifiers = [t for t in head.lefts if t.dep_ != "det"]
    if any(t.lower_ in _DISJOINT for t in modifiers):
        return None
    names, status = _words(head.doc, head.left_edge.i, head.i - 1)
    for antecedent in sorted(antecedents, key=lambda a: a.start, reverse=True):
        if (
            antecedent.start < head.idx
            and same_role(head.lower_, antecedent.head)
            and names <= antecedent.names
            and status == antecedent.status
        ):
            return antecedent
    return None
