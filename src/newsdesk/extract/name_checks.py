"""Whether a story's entity mention is a name at all, and which type its story's text gives it
(``extract.aliases.v10``).

spaCy's small model tags each mention on its own, and a story shows its errors side by side: a photographer's credit
("Christopher Furlong/Getty Images") read as a person, a capitalised common word at a sentence's start ("Fierce
battles raged …") or glued to a name ("Under the headline, Sick Mexico, …") read as a name, and one name typed three
ways ("Misrata" 166 times PERSON, 154 GPE, 67 ORG on LibyaWar_cnn). The story itself says better:

* a word is a common word when the story writes it in lower case more often than capitalised inside a sentence
  ("sick", "fierce"), which a name never is ("Misrata", "Pacitti" are never written in lower case);
* a name's context types it the way a reader does: "Mr"/"Dr" before it, an age after it ("Pacitti, 24,"), "said he",
  an office attached to it or a transcript's speaker label ("HILL:") name a person; "in"/"near"/"outside" before it
  (not an owner's "in Gadhafi's …") name a place. Where
  these cues outnumber the other side they override spaCy's plurality; elsewhere the plurality of the mentions holds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping

from newsdesk.clean.reader import FUNCTION_WORDS
from newsdesk.model import Article, Mention

from .timex.lexicon import MONTHS, WEEKDAYS

PERSON = "PERSON"
PLACE_LABELS = ("GPE", "LOC", "FAC")
# At least this many lower-case uses make a word common (one "sick" could be a typo's or a quote's).
COMMON_MIN_LOWER = 2
# v9: a person's name holds at most one common word (a first name that is also a word, "Will Smith"); two or more make
# it a headline's words glued to a name ("Qatari Plane Joins Air Patrols Nato": four).
HEADLINE_MIN_COMMON = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+$")
# After a person's name: an age ("Pacitti, 24, has been …"), "said he", "and his wife", "'s wife". Not "who" (British
# English writes "the Health Protection Agency, who are experts") nor "told … he" ("a source told CNN he …").
_TRAILING_HONORIFIC = re.compile(r"(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Mister|Prof|Professor|Sir)\.?)+$")
_PERSON_AFTER = re.compile(
    r"^(?:,\s*\d{1,3}\s*,|\s+(?:said|says|added)\s+(?:he|she)\b|\s+and\s+(?:his|her)\b"
    r"|['’]s\s+(?:wife|husband|son|daughter|mother|father|family|lawyer)\b)"
)
# Before a place: "in", "near", "outside", "inside" (not "around"/"into": "sat around Iain Askham").
_LOCATIVE = re.compile(r"\b(?:in|near|outside|inside)\s+(?:the\s+)?$")
_OWNER = re.compile(r"^['’]s?\b")
# v7: a settlement's or a region's noun naming it ("the city of Hama", "the central cities of Hama and Homs", "Idlib
# province"; not "Sunni region", where the name is an adjective): said of a place only, unlike "in", which also goes
# before an organisation ("in Congress", "in NATO").
# v10: and a home town's or an oil port's ("Gaddafi's hometown of Sirte", "his birthplace Sirte", "the oil port of Ras
# Lanuf", LibyaWar_reuters: Sirte a FAC, Ras Lanuf a PERSON by spaCy's plurality)
_TOWN_BEFORE = re.compile(
    r"\b(?:(?:city|cities|town|towns|village|villages|province|provinces|region|district|hometown|home\s+town|port|ports"
    r"|terminals?)\s+of|birthplace|hometown)\s+$"
)
_TOWN_AFTER = re.compile(r"^\s+(?:province|governorate)\b")
# At least this many such cues turn an organisation into a place (one could be a name's own "City of …").
TOWN_MIN_CUES = 2
# v8: a group's noun after the name, or a minority's or a majority's before it ("the minority Alawite sect", "Alawite
# community", "Assad's minority Alawites"): said of a people or a faith, never of a person or a place itself. As many
# cues as a town needs (``TOWN_MIN_CUES``) turn a name into a group (NORP).
_GROUP_BEFORE = re.compile(r"\b(?:minority|majority)\s+$")
_GROUP_AFTER = re.compile(r"^\s+(?:sect|sects|minority|majority|community|communities|clan|clans|tribe|tribes)\b")
# v8: a transcript's speaker label opens a line or a turn ("HILL: They may …"); after a lower-case word or a comma it is
# an object before a colon ("… told the BBC: \"I was driving …\"", 10 times on haiti_bbc, which typed the BBC a person)
_MID_SENTENCE = re.compile(r"[a-z,]\s*$")
# v9: what a name written before these nouns is a thing, no person and no place: a medium ("his Twitter account", "a
# Facebook page", "Twitter users"; spaCy's PERSON for all 106 mentions of Twitter on EgyptianProtest_cnn) is an
# organisation's service; a drug ("Tamiflu capsules", "drugs like Tamiflu", "packs of Tamiflu") a product.
_MEDIUM_AFTER = re.compile(r"^\s+(?:accounts?|pages?|users?|feeds?|posts?|postings?|messages?|websites?|sites?)\b")
# v10: an organisation's nouns around its name: its kind before it ("aid agency Oxfam", "the charity, Oxfam", "oil firm
# Vitol", "trading house Vitol"; not "major", an adjective: "13 major British-based charities"), a post held in it
# ("chief executive of Oxfam", "a spokesman for UK-based aid agency Oxfam", "working for Oxfam"), its staff, spokesman
# or shares after it ("Two Oxfam members of staff", "A Vitol spokesman", "Eni shares"), or a company's legal form
# ("Vitol SA"). spaCy read Oxfam a place (LOC, haiti_bbc) and Vitol one (GPE, LibyaWar_reuters). Counted with a
# medium's nouns: both make an organisation.
_COMPANY_FORMS = r"(?:Plc|PLC|plc|SpA|S\.p\.A\.|Inc|Corp|Ltd|LLC|AG|SA|S\.A\.|NV|N\.V\.|GmbH)"
_ORG_BEFORE = re.compile(
    r"\b(?:(?:aid\s+)?agency|charity|company|firm|group|trading\s+house|giant|trader|refiner|insurer|bank"
    r"|organi[sz]ation|(?:chief\s+executive|spokes(?:wo)?man|spokesperson|director|manager|member\s+of\s+staff)"
    r"\s+(?:of|for|at|with)|working\s+for)\s*,?\s+(?:the\s+)?$"
)
_ORG_AFTER = re.compile(
    r"^(?:\s+|['’]s\s+)(?:staff|members\s+of\s+staff|spokes(?:wo)?man|spokesperson|chief\s+executive|employees|shares"
    r"|warehouse)\b|^\s+" + _COMPANY_FORMS + r"\b"
)
# v10: a company's legal form ends its name ("GlaxoSmithKline Plc", "Eni SpA": spaCy's PERSON, H1N1_reuters and
# LibyaWar_reuters): an organisation's name, whatever the parse typed it
_COMPANY = re.compile(r"\s" + _COMPANY_FORMS + r"\.?$")
_PRODUCT_AFTER = re.compile(r"^\s+(?:capsules?|pills?|tablets?|doses?|resistance|prescriptions?)\b")
_PRODUCT_BEFORE = re.compile(
    r"\b(?:(?:drugs?|medicines?|antivirals?)\s+(?:like\s+|such\s+as\s+)?"
    r"|(?:doses?|packs?|courses?|boxes|box|stocks?|stockpiles?|supplies|supply|production|sales?)\s+of\s+)$"
)
# v8: a clock time before an acronym makes it a time zone ("(2153 GMT)", "10:30 ET", "9 a.m. EST"), no name
# v10: a letter's salutation before a title ("Dear President Obama", "My dear Prime Minister")
_SALUTATION = re.compile(r"^(?:[Mm]y\s+)?(?:Dear|DEAR|dear)\s+")
_CLOCK = re.compile(r"(?:\b\d{3,4}|\d{1,2}[:.]\d{2}|\b[ap]\.?m\.?)\s*$", re.IGNORECASE)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A name with a prefix of stance or time is an adjective made of it ("pro-Gadhafi forces", "anti-American"), naming
# neither the person nor a group (LibyaWar_cnn: "pro-Gadhafi (ORG)", 130 mentions).
_PREFIXED = re.compile(r"^(?:pro|anti|non|post|pre|neo)-", re.IGNORECASE)


class Casing:
    """How a story's kept sentences write each word: in lower case, and capitalised after a sentence's first word."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        for article in articles:
            for sentence in article.sentences:
                for n, match in enumerate(_WORD.finditer(sentence.text)):
                    word = match.group()
                    if word.islower():
                        self.lower[word] += 1
                    elif n and word[0].isupper():
                        self.capital[word.casefold()] += 1

    def common(self, word: str) -> bool:
        """``word`` is a common word of the story: written in lower case at least twice, and more often than
        capitalised inside a sentence."""
        low = self.lower[word.casefold()]
        return low >= COMMON_MIN_LOWER and low > self.capital[word.casefold()]


def credit(surface: str) -> bool:
    """A photo credit, "Photographer Name/Agency" ("Christopher Furlong/Getty Images", "Eitan Abramovich/AFP/Getty"):
    names joined by a slash, one of them of several words. A name holds no slash; an acronym pair ("AC/DC") has no
    space in its parts."""
    parts = [p.strip() for p in surface.split("/")]
    return len(parts) > 1 and all(parts) and any(" " in p for p in parts)


def _sentence_initial(mention: Mention, article: Article) -> bool:
    """The mention opens its sentence or a clause after a colon, a bracket or an opening quote."""
    sentence = article.sentences[mention.sentence]
    before = article.text[sentence.start : mention.span.start].rstrip()
    return not before or before[-1] in ":(\"“‘'"


def not_a_name(mention: Mention, article: Article, casing: Casing) -> bool:
    """A mention that names nothing: a credit, a word in lower case, an adjective made of a name ("pro-Gadhafi"), a
    common word capitalised as a sentence's first word ("Fierce battles raged …"), or a person made of the story's
    common words only ("It Will Be a Piece of Cake": "Will Be")."""
    words = mention.text.split()
    if credit(mention.text) or not any(ch.isupper() for ch in mention.text) or _PREFIXED.match(mention.text):
        return True  # English writes a name with a capital ("creepy" is no group, "tripoli" a typo)
    if clock_zone(mention.text, article.text[: mention.span.start]):
        return True  # v8: a time zone after a clock time ("2153 GMT")
    if len(words) == 1:
        return _sentence_initial(mention, article) and casing.common(words[0])
    return mention.label == PERSON and all(casing.common(w) for w in words)


def clock_zone(word: str, before: str) -> bool:
    """Whether ``word`` is a time zone after a clock time ("2153 GMT", "10:30 ET"): an acronym right after one."""
    return word.isupper() and len(word) <= 4 and bool(_CLOCK.search(before[-12:]))


def glued_rest(mention: Mention, casing: Casing, kinds: Mapping[str, str], key: Callable[[str], str]) -> str | None:
    """The name after a common word glued in front of it ("Sick Mexico" → "Mexico"), when that rest is a name of the
    story that is no person's (a first name that is also a word, "Will Smith", stays: "Smith" is a person's); v9: the
    longest such name ending a headline the parse read as a person, two of its words common ("Qatari Plane Joins Air
    Patrols Nato" → "Nato")."""
    words = list(re.finditer(r"\S+", mention.text))
    if len(words) < 2:
        return None
    common = [n for n, w in enumerate(words) if casing.common(w.group())]
    if common[:1] == [0]:
        rest = mention.text[words[0].end() :].strip()
        kind = kinds.get(key(rest))
        if kind is not None and kind != PERSON:
            return rest
    # v9: a headline in capitals or title case glued to the name that opens the sentence after it ("QATARI PLANE JOINS
    # AIR PATROLS NATO said on Thursday", LibyaWar_reuters): a person's name holds no two common words of the story
    if len(common) < HEADLINE_MIN_COMMON or kinds.get(key(mention.text)) != PERSON:
        return None
    rests = (mention.text[w.start() :] for w in words[1:])
    return next((rest for rest in rests if kinds.get(key(rest)) not in (None, PERSON)), None)


def cues(mention: Mention, text: str) -> tuple[int, int, int, int, int, int]:
    """(person, place, town, group, medium, product) evidence of the mention's context: an honorific, an age or an
    office; a locative preposition; v7: a settlement's or a region's noun ("the city of", "province"); v8: a group's
    noun ("sect"); v9: a medium's noun ("account", "users"), a drug's ("capsules", "drugs like"); v10: an
    organisation's, counted with the medium's ("aid agency", "spokesman for", "staff", "SA")."""
    before, after = text[max(mention.span.start - 12, 0) : mention.span.start], text[mention.span.end :][:24]
    wider = text[max(mention.span.start - 24, 0) : mention.span.start]
    town = bool(_TOWN_BEFORE.search(wider) or _TOWN_AFTER.match(after))
    group = bool(_GROUP_BEFORE.search(wider) or _GROUP_AFTER.match(after))
    # a transcript labels a speaker's turn with the name in capitals and a colon ("HILL: They may have …")
    label = mention.text.isupper() and after.startswith(":") and not _MID_SENTENCE.search(before)
    person = bool(mention.title or label or _HONORIFIC.search(before) or _PERSON_AFTER.match(after))
    place = bool(_LOCATIVE.search(before)) and not _OWNER.match(after)
    medium = bool(_MEDIUM_AFTER.match(after) or _ORG_AFTER.match(after) or _ORG_BEFORE.search(wider))
    product = bool(_PRODUCT_AFTER.match(after) or _PRODUCT_BEFORE.search(wider))
    return int(person), int(place), int(town), int(group), int(medium), int(product)


def story_kind(
    votes: Counter[str], person: int, place: int, town: int = 0, group: int = 0, medium: int = 0, product: int = 0
) -> str:
    """One type for a name: spaCy's plurality over its mentions (ties: alphabetical), unless the context's cues say
    otherwise: more place cues than person cues turn a PERSON into its most voted place type (GPE if none), and v7:
    ``TOWN_MIN_CUES`` settlement cues, more than the person cues, an organisation too ("Hama": 69 ORG,
    "in the city of Hama" 11 times, SyrianCrisis_reuters); more person cues than place cues turn an organisation or
    a group into PERSON, and a place when there are two. v8: as many group cues, more than the person and the place
    cues, make any name a group ("Alawite": 66 PERSON, "the minority Alawite sect", was a GPE by one "in"). v9: as many
    medium cues, or product cues, more than the person and the place cues, make a name an organisation ("Twitter") or
    a product ("Tamiflu", ORG by spaCy's plurality on H1N1_reuters). v10: the medium's count holds an organisation's
    nouns too ("aid agency Oxfam", "A Vitol spokesman"); a town's nouns count as place cues against a person ("the oil
    port of Ras Lanuf") and turn a facility into a GPE ("Gaddafi's hometown of Sirte")."""
    if group >= TOWN_MIN_CUES and group > person and group > place:
        return "NORP"
    label = min(votes, key=lambda k: (-votes[k], k))
    for kind, count in (("PRODUCT", product), ("ORG", medium)):
        if count >= TOWN_MIN_CUES and count > person and count > place and (kind == "PRODUCT" or label != "NORP"):
            return kind  # v10: a nationality's staff are people of it ("British staff"), no organisation
    if label == "FAC" and town >= TOWN_MIN_CUES and town > person:
        return "GPE"  # v10: a facility is no town ("Gaddafi's hometown of Sirte": FAC by spaCy's plurality)
    if (label == PERSON and place + town > person) or (label == "ORG" and town >= TOWN_MIN_CUES and town > person):
        places = [k for k in PLACE_LABELS if votes[k]]
        return max(places, key=lambda k: (votes[k], k)) if places else "GPE"
    if label != PERSON and person > place and person >= (2 if label in PLACE_LABELS else 1):
        return PERSON
    return label


def company(name: str) -> bool:
    """v10: whether ``name`` ends in a company's legal form ("GlaxoSmithKline Plc", "Eni SpA", "Vitol SA")."""
    return bool(_COMPANY.search(name))


def company_base(name: str) -> str:
    """v10: ``name`` without the company's legal form that ends it ("Eni SpA" → "Eni"), or as it is."""
    return _COMPANY.sub("", name)


def office(title: str, keys: Collection[str]) -> bool:
    """Whether a title a parse attached to a person can stand for the person alone in the story: words of letters
    (not "H1N1"), not a function word ("It"), no day or month in it ("Monday"; v7: nor "Later Monday", the parse's
    title of "Later Monday Assad said …"), nor a name the story tags itself; v9: nor a word glued by a dash to a part
    in capitals: a schedule's line the parse joined ("8:00 am ET - National Prayer Breakfast - President Obama" →
    "ET-National Prayer Breakfast-President"; an office joins words, "Director-General", "Ex-Interior Minister"), nor
    an honorific alone ("Sir" of "Sir Liam Donaldson": the name's, no office to stand for him)."""
    words = title.split()
    return (
        all(w.replace("-", "").isalpha() for w in words)
        and not any(len(p) > 1 and p.isupper() for w in words if "-" in w for p in w.split("-"))
        and not (len(words) == 1 and title.casefold() in FUNCTION_WORDS)
        and not _TRAILING_HONORIFIC.fullmatch(" " + title)
        and not any(w.casefold() in _CALENDAR for w in words)
        and title.casefold() not in keys
    )


def office_title(title: str, casing: Casing | None = None) -> str:
    """A parse's title without the honorific that ends it ("WHO Director General Dr" of "WHO Director General Dr
    Margaret Chan" → "WHO Director General"): the honorific goes with the name, the office is what stands alone.

    v8: and, given the story's ``casing`` (for a title that opens its sentence), without the words that open it and
    that the story writes in lower case ("Embattled President", "Former President", "Earlier US President" →
    "President", "US President"): capitalised only as a sentence's first word, a modifier
    says something of the person at one time, the office is the noun after it. Inside a sentence the parse's title is
    as written ("Press Secretary Robert Gibbs", while "press" is a common word).

    v10: nor a letter's salutation that opens it ("Dear President" of "Dear President Obama, …" → "President"), which
    addresses the person and is no part of an office; wherever it stands (v9's rule by case, dropped, also cut
    "Ex-Interior Minister")."""
    kept = _SALUTATION.sub("", _TRAILING_HONORIFIC.sub("", title))
    words = kept.split()
    cut = 0
    while casing is not None and cut < len(words) - 1 and casing.common(words[cut]):
        cut += 1
    return " ".join(words[cut:]) if cut else kept
