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
# The person nouns whose plural is not the singular with -s: English's irregular plurals of people, and its
# collective nouns for a body of people ("15,000 riot police", "300 staff").
_IRREGULAR = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"}
_COLLECTIVE = frozenset({"police", "troop", "staff", "personnel", "crew"})
_PERSONS = PERSON_NOUNS | frozenset(_IRREGULAR.values()) | _COLLECTIVE
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


def person_noun(noun: str) -> bool:
    """Whether a noun, singular or plural ("scientists", "women", "staff"), names a person or a body of people.
    The pipeline runs no lemmatizer: a plural's singular is the word without its "s" or "es" (or "ies" → "y")."""
    word = noun.lower()
    singulars = {word, _IRREGULAR.get(word, word), word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    return bool(singulars & _PERSONS)


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


# Texts that carry someone's words ("a statement issued by his office", "His official proclamation", "a report from
# the CDC"), and the office that issues them: their speaker is who the text is by, when the source names them.
_TEXTS = frozenset(
    {
        "statement", "report", "release", "letter", "email", "e-mail", "message", "memo", "note", "post", "tweet",
        "blog", "website", "proclamation", "announcement", "communique", "communiqué", "declaration", "document",
        "guidance", "advice", "notice", "bulletin", "briefing", "transcript", "decree", "study", "survey",
        "article", "editorial", "paper", "findings", "office",
    }
)  # fmt: skip
# The agent of a text's issuing ("issued by", "posted by", "drawn up by") and the prepositions of its origin.
_BY = frozenset({"by", "from"})
_OWNER_NAMES = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _text_owner(head: Token) -> Token | None:
    """Who a text is by, from the text noun's own dependents: a possessive ("his office", "Obama's statement"), "by"
    or "from" on the noun or on the participle after it ("a statement issued by …", "on behalf of …"), or a name
    in front of it ("the HPA guidance")."""
    for child in head.children:
        if child.dep_ == "poss":
            # "his office", "Obama's statement"; "their statement", "its report" name no one the rules resolve
            return child if child.tag_ != "PRP$" or child.lower_ in ("his", "her") else None
    for child in head.children:
        verbs = [child] if child.dep_ == "acl" else []
        for phrase in [child, *(c for v in verbs for c in v.children)]:
            if phrase.dep_ in ("prep", "agent") and phrase.lower_ in _BY:
                pobj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
            if phrase.dep_ == "prep" and phrase.lower_ == "on":  # "on behalf of Ms Fleming's partner"
                behalf = next((c for c in phrase.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
                of = next((c for c in behalf.children if c.lower_ == "of"), None) if behalf is not None else None
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if pobj is not None:
                    return pobj
    for child in head.children:
        if child.dep_ == "compound" and child.ent_type_ in _OWNER_NAMES and child.i < head.i:
            return child
    return None


def text_noun(word: str) -> bool:
    """Whether a noun (singular or plural) names a text that carries someone's words ("statement", "reports")."""
    word = word.lower()
    return word in _TEXTS or word.removesuffix("s") in _TEXTS


def text_owner(head: Token) -> Token | None:
    """The head of who a source's text is by ("a statement issued by his office" → "his"), or None when the source
    is no text or names nobody it is by. A text from an office is from whoever the office is ("his office")."""
    owner = None
    seen = 0
    while head.lower_ in _TEXTS and head.tag_ in ("NN", "NNS") and seen < 3:
        found = _text_owner(head)
        if found is None:
            break
        owner = head = found
        seen += 1
    if owner is not None and owner.lower_ in _TEXTS:
        return None  # "the findings of the study": a text again, by nobody named
    return owner
