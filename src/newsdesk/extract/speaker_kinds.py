"""What kind of speaker a description is, for the pronouns that may refer back to it: a person ("a resident of
Shubra", "the source") or not ("the system", "a translation"), and which of "he" or "she" fits it.

A "he said" after "A resident of Shubra … said" means the resident, not the last named person (Mubarak); after
"a translation of his remarks" it does not mean the translation. The small spaCy model has no word senses, so the
person nouns are a closed list of the common nouns news copy uses for a source it does not name (Muzny et al.,
*A Two-stage Sieve Approach for Quote Attribution*, EACL 2017, likewise match a mention against a list of
person-denoting nouns). Two kinds are kept apart: nouns for someone by circumstance ("resident", "witness",
"source", "woman"), which even with "the" usually stand for someone never named, and role and title nouns
("spokesman", "official", "president"), which with "the" often stand for a named person mentioned before, so only
an indefinite one ("a spokesman for CSI") is taken as a new person. Gender follows the noun ("spokeswoman",
"mother") or a title before a name ("Mr", "Baroness"); a pronoun never takes a candidate of the other gender.

People speak, and so do organisations ("the ministry said") and texts ("the statement said", "a UN report
says"), but events, states, pictures and counts do not: a source headed by such a noun ("The unrest … has left",
"a great big red headline says", "aerial reconnaissance showed") is a cue the rules misread, and names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

# Someone described by circumstance: with "the" as well as "a" a new, unnamed person.
_PEOPLE = frozenset(
    {
        "bystander", "caller", "citizen", "civilian", "demonstrator", "eyewitness", "man", "motorist", "onlooker",
        "passenger", "patient", "person", "protester", "protestor", "refugee", "resident", "shopkeeper", "source",
        "student", "survivor", "tourist", "traveler", "traveller", "vendor", "victim", "villager", "visitor",
        "witness", "woman", "youth", "boy", "girl", "teenager", "mother", "father", "wife", "husband", "son",
        "daughter", "brother", "sister", "neighbor", "neighbour", "friend", "relative", "soldier", "fighter",
        "rebel", "activist", "blogger", "tweeter", "user", "worker", "employee", "staffer", "volunteer",
        "doctor", "nurse", "medic", "surgeon", "physician", "teacher", "engineer", "farmer", "driver", "owner",
        "businessman", "businesswoman", "lawyer", "journalist", "reporter", "photographer", "defector", "mourner",
        "policeman", "policewoman", "guard", "pilot", "sailor", "officer", "insider", "observer",
    }
)  # fmt: skip
# Roles and titles: a new person only when indefinite ("an aide", not "the president").
_ROLES = frozenset(
    {
        "adviser", "advisor", "aide", "ambassador", "analyst", "chairman", "chairwoman", "chief", "colonel",
        "commander", "correspondent", "diplomat", "director", "envoy", "expert", "general", "governor", "head",
        "historian", "economist", "judge", "lawmaker", "leader", "manager", "mayor", "member", "minister",
        "official", "organizer", "organiser", "politician", "president", "professor", "representative",
        "researcher", "scientist", "secretary", "senator", "spokesman", "spokeswoman", "spokesperson",
        "cleric", "imam", "priest", "sheikh", "executive", "founder", "coordinator", "co-ordinator",
    }
)  # fmt: skip
# Every noun above names a person: ``brief.figure_kinds`` reads a count of one of them as a count of people.
PERSON_NOUNS = _PEOPLE | _ROLES
_FEMALE_NOUNS = frozenset(
    {
        "woman", "girl", "mother", "wife", "daughter", "sister", "businesswoman", "policewoman", "spokeswoman",
        "chairwoman", "grandmother", "aunt", "niece", "widow", "queen", "princess", "lady",
    }
)  # fmt: skip
_MALE_NOUNS = frozenset(
    {
        "man", "boy", "father", "husband", "son", "brother", "businessman", "policeman", "spokesman", "chairman",
        "grandfather", "uncle", "nephew", "widower", "king", "prince",
    }
)  # fmt: skip
# Titles written before a name ("Mr Brown", "Baroness Kinnock").
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "baroness", "lady", "dame", "queen", "princess"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "baron", "king", "prince", "sheikh"})
# Nouns for what happens or holds (events, states), for what is seen (pictures, headlines), for counts, and for
# things, none of which is anybody's words. Not "figure" ("an opposition figure" is a person).
_THINGS = frozenset(
    {
        "attack", "clash", "conflict", "crackdown", "crisis", "darkness", "death", "destruction", "disaster",
        "earthquake", "fear", "fighting", "flood", "persistence", "protest", "quake", "rain", "reconnaissance",
        "revolt", "revolution", "situation", "storm", "tension", "uprising", "unrest", "violence", "war",
        "compassion", "footage", "headline", "image", "photo", "photograph", "picture", "scene", "sign",
        "amount", "cost", "number", "rate", "toll", "total",
        "export", "import", "price", "system", "veto",
    }
)  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "one", "another"})

FEMALE = "she"
MALE = "he"
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE}


def person_description(head: Token) -> bool:
    """Whether a source's head noun describes one new, unnamed person a later "he"/"she" may refer to."""
    if head.tag_ != "NN":
        return False
    noun = head.lower_
    if noun in _PEOPLE:
        return True
    return noun in _ROLES and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)


_COUNTS = frozenset({"amount", "number", "total"})


def thing_description(head: Token) -> bool:
    """Whether a source's head noun names an event, a state, a picture, a count or a thing: nobody who speaks.
    A count of something is what it counts ("a total of 15 UN staff", "A large number of UN personnel")."""
    if head.lower_.rstrip("s") in _COUNTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    if head.tag_ == "NN":
        return head.lower_ in _THINGS
    # the pipeline runs no lemmatizer: a plural's singular is the word without its "s" or "es"
    word = head.lower_
    return head.tag_ == "NNS" and (word[:-1] in _THINGS or word[:-2] in _THINGS)


def role_noun(head: Token) -> bool:
    """Whether a singular head noun denotes a person at all (for a description that refers back to one)."""
    return head.tag_ == "NN" and (head.lower_ in _PEOPLE or head.lower_ in _ROLES)


def noun_gender(head: Token) -> str | None:
    noun = head.lower_
    return FEMALE if noun in _FEMALE_NOUNS else MALE if noun in _MALE_NOUNS else None


def title_gender(word: str) -> str | None:
    """The gender a title before a name gives ("Mr", "Mrs.", "Baroness"), if any."""
    key = word.lower().rstrip(".")
    return FEMALE if key in _FEMALE_TITLES else MALE if key in _MALE_TITLES else None
