"""Headlines and captions glued to the sentence after them.

A page flattened to text loses the line break between a related story's headline, a photo caption or a heading and
the article text, and a headline has no full stop, so the sentence splitter keeps both as one sentence: "Face masks are
handed out, while the head of the WHO voices concern A new flu virus suspected of killing as many as 81 people in
Mexico has the potential to become a pandemic, …", "Haiti devastated by massive quake Thousands of people are feared
dead." A brief then cites the glued pair as a fact, a summary line or a timeline entry.

English text almost never runs a lower-case content word into a capitalised clause opener ("concern A new …",
"quake Thousands of …", "room This morning …"), so ``split_glued`` cuts there. The opener must be a closed-class word
that opens sentences (an article, a demonstrative, a pronoun, a preposition) or a number word of a crowd ("Thousands
of"), followed by a lower-case word, so that titles and names stay whole: "told The Associated Press", "a film called
The Hurt Locker" (the word after "The" is capitalised), "the Hundreds to Thousands …" (after a function word). A
capital letter labelling a noun ("influenza A virus", "type A which", "Plan A") is not an opener.

A caption or headline also ends on a name or a quotation: "Eight cases of swine flu have emerged in the UK Two more
people in London have been diagnosed …", "WHO flu expert Dr Keiji Fukuda: 'The picture is evolving' The international
community is better prepared …". After a capitalised word or a closing quote the same opener followed by a lower-case
word is a cut too, with three guards for names that run on through an opener: a number or a letter after a word that
labels it ("World War One", "Air Force One", "Chapter Seven resolution", "Year Seven pupils", "Serie A"), "That" after
a capitalised word (the band Take That), and a quotation closed by a comma ("…,'' he added" typed with a capital). Two
guards hold for every cut: "An" opens only a word sounding a vowel ("Sok An would" is a name), and a preposition is
not followed by a verb ("CNN's news blog This Just In will feature …").

Headlines open leads with quantifiers and possessives too ("Swine flu cases close UK school Another nine UK cases of
swine flu have been confirmed …", "… killed in village in Hama province Another video showed …", "Aid is urgently needed
for victims of the Haiti quake Some online donations …", "… to help in the rescue effort His colleague …"), and with a
clause's opener ("Although", "Despite", "According to", "Earlier"; ``_LATER_OPENERS``). Over Timeline17 dev, such a
word after a lower-case content word or a capitalised one, followed by a lower-case word, opened article text or a
caption in all but two places, both a capitalised "His" for God in a verse a reader quoted: "He" and "His" are no cut
in a sentence naming God ("Allah is going to perfect His light"; the other, "He it is Who hath sent His apostle", names
none and is cut). "No" and "Its" are cut only after a lower-case word ("Dr No is …", "the Fix Its so they …" run on a
name).

A heading in capitals ends where capitals stop and a capitalised word before a lower-case one starts the text ("HOW
SWINE FLU OUTBREAK EMERGED Flu viruses mutate …", Reuters' subheads "GADDAFI IS TOPPLED, FLEES ABROAD Djebbar said …").

A heading also ends on a year, a date stamp or a number ("The influenza pandemic of 1918 The current swine flu outbreak
is …", "updated: Wed Jan 19 2011 12:57:00 The ouster of …", "… by telephoning 0370 60 60 900 He said …"): a number
runs into a capitalised opener followed by a lower-case word in running text hardly ever, so that is a cut too, unless
the opener is a number word ("the 1967 Six day war").

v8 reads four more shapes (Timeline17 and DUC 2004 dev, every new cut read). An opener before a capitalised compound
("… left thousands homeless A Cornwall-based disaster relief charity …": a title capitalises after its hyphen, "The
Cornwall-Based Charity"), and before any capitalised word after a quotation closed with no comma ("Rescue team 'can
not afford Haiti mission' The IRC are desperate …"). After a caption quoting its speaker, any capitalised word ("Ban
Ki-moon: 'We are facing a major humanitarian emergency' UN officials said …"); a quotation opening the sentence is no
such caption, its speaker often follows it ('"… an historic challenge" UN spokesman Elisabeth Byrs told the BBC.').
A lead opening with an ordinary word ("… are missing Officials in Bangladesh have made contact …") is cut with the
document's own words (``Vocabulary``): the word is one the document writes in lower case and does not capitalise inside
its sentences elsewhere (so "Brown", "Square" stay; a compass word, "Western", is always a name's), the word before it
is a lower-case content word and no modifier ("the former Ambassador", "from three Western powers"), and the head
restates the tail: a headline or caption shares a content word with the lead it runs into. And initials opening a
name before a verb ("Barack Obama makes Haiti earthquake statement US President Barack Obama has vowed …") are a cut
when the head shares two content words with the tail, as a headline does with its lead, and the head ends on no
reporting verb ("… said US President Barack Obama has …"); initials with no name after them ("… told CNN he had …",
"… a top WHO official said …") stay. The one wrong cut read on dev: a reader's "… to fill the empty Senate seat of
…", a page naming the Senate once.

v9: a caption or headline ending on a place, after a preposition, then a lead opening with "The", "A" or "An" and a
capitalised word ("BBC reporter on the ground in Port-au-Prince The US is mounting …", "… in Syria The West is also
wary …"), is a cut; the place's words are capitalised and none a function word or a possessive, so titles stay whole
("Automatic For The People", "Plato's The Ring of Gyges"). Timeline17 dev: 35 new cuts, all read, all right; DUC 2004
dev unchanged.

v10: a headline or caption ending on a place, after a preposition or a verb in the present, then a lead opening with
an ordinary word ("In pics: Powerful quake hits Haiti Large areas of …", "Fuel truck causes blasts in Tripoli Quiet
but not normal …"). The place is a name the page writes again and never in lower case, and no English word
(``lexicon``); the word after it is one the page writes in lower case or, never written so, one English has as an
adjective, adverb or participle ("Large", "Elsewhere", "Stated"), and not capitalised elsewhere in the page; the pair
is written nowhere else on the page ("Tripoli Street", "Arab League"), and head and lead share a content word.
Timeline17 dev: 29 new cuts, all read, all right; DUC 2004 dev, ECB+ dev, the PolNeAR and TempEval-3 dev texts: none.
A lead's first word the page never writes in lower case, after a lower-case word, was tried with the same word list
and left out: 4 of 5 new cuts on held-out text were wrong ("… tells Wired that …", "… throughout Central and South
Asia …"; docs/benchmarks.md).

v12: "of" after a word for a place ("town", "parts", "province") names a place as a preposition does ("… access the
town of Douma Activists in Syria say …", "… in many parts of Syria Part of the reason …"); after other words it runs
on a name ("the gates of Sanaa University"). Timeline17 dev: 2 new cuts, both right; the held-out sets: none.

v23: a head ending on a lower-case content word before "The", a name and a lower-case word ("Scary end to Nile cruise
The Kelleys had been isolated …"), not after a verb of saying or a word introducing a title (``named_leads``).

v24: a BBC pull quote's "End Quote" name and title before the sentence it was printed beside ("… and tortured" End Quote
William Hague British foreign secretary Riyadh certainly has …"), cut before the lead's first word (``pull_quotes``).
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import chain

from .captions import dated_lead_cuts, label_cut
from .clause_ends import ends_clause, particle_cuts
from .connectives import connective_cuts
from .head_words import EDGES, REPORTING_VERBS, content_words
from .kickers import kicker_cuts, name_lead_cut
from .lexicon import in_wordnet, is_english_word
from .named_leads import named_lead_cuts
from .pull_quotes import pull_quote_cuts
from .reader import FUNCTION_WORDS

# Words that open a sentence and, capitalised, hardly ever stand inside one after a lower-case word.
_OPENERS = (
    "A An The This These Those That There It He She They We In On At After Before During When While As If But And"
    " Thousands Hundreds Millions Dozens Scores One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve"
)
# Openers read on Timeline17 dev (module docstring): quantifiers, possessives, clause openers.
_LATER_OPENERS = (
    "Another Some Many Most Several All Both Each Every No His Her Its Their Our My Although Despite According Earlier"
)
# after a capitalised word these run on a name: "Take That will …", "Dr No is …", "reverse-engineer the Fix Its so they
# can …" (ECB+ 27_11ecbplus, Microsoft's "Fix It" tools)
_NOT_AFTER_NAME = frozenset({"That", "No", "Its"})
_NUMBERED = frozenset("A One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split())  # noqa: SIM905
# Number words opening a lead: "… on Wednesday Ninety-five new swine flu cases …", "… BBC News, Haiti Twenty-four hours
# after the earthquake …".
_TENS = "Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety"
_NUMBER_WORD = re.compile(rf"(?:{'|'.join(sorted(_NUMBERED - {'A'}))}|{_TENS})(?:-[\w-]+)?")
# A capitalised "He"/"His" names God in scripture and prayer: "Allah is going to perfect His light" (a post quoting
# a verse, EgyptianProtest_cnn).
_DEITY = re.compile(r"\b(?:God|Allah|Lord|Jesus|Christ)\b")
_DEITY_PRONOUNS = frozenset({"He", "His"})
_PREPOSITIONS = frozenset("In On At After Before During As".split())  # noqa: SIM905
# Words that follow a verb's subject, never a preposition: "This Just In will feature …".
_VERB_AFTER = frozenset(
    "is are was were be been has have had will would can could shall should may might must do does did".split()  # noqa: SIM905
)
# Nouns that a capital letter labels: "influenza A virus", "type A which".
_LETTER_LABEL_WORDS = (
    "type types influenza flu hepatitis group plan class category grade vitamin section part division league exhibit"
    " option level size route block gate terminal wing series model phase stage tier row column box"
)
# Capitalised, these too (with the letter labels) name a thing by a number or a letter after them: "World War One",
# "Air Force One", "Chapter Seven", "Year Seven pupils", "Patient A", "Serie A", "Channel Five news", "Marine One".
_NAME_LABEL_WORDS = (
    "patient serie war force chapter article year week day channel radio bbc formula apollo act book volume episode"
    " season round game match marine"
)
_LETTER_LABELS = frozenset(_LETTER_LABEL_WORDS.split())
_NAME_LABELS = _LETTER_LABELS | frozenset(_NAME_LABEL_WORDS.split())
_OPENER = "|".join([*f"{_OPENERS} {_LATER_OPENERS}".split(), _NUMBER_WORD.pattern])
# A capitalised compound whose second part is lower case is an adjective, not a title's word: "A Cornwall-based …".
_COMPOUND = r"[A-Z]\w*-[a-z][\w-]*"
# An age or a measure opening a lead: "A 23-year-old man has been pulled alive …", "The 20-minute long daily …".
_AGE = r"\d+-[a-z]+(?:-[a-z]+)*(?![\w'’-])"
_GLUE = re.compile(
    rf"(?<=[A-Za-z0-9'’\"”])(?P<gap>\s+)(?P<opener>{_OPENER})\s+(?P<next>[a-z][\w'’-]*|{_COMPOUND}(?![\w'’-])|{_AGE})"
)
# After a closing quote, an opener before any capitalised word: "… Haiti mission' The IRC are …" (checked below).
_GLUE_AFTER_QUOTE = re.compile(rf"(?<=['’\"”])(?P<gap>\s+)(?P<opener>{_OPENER})\s+(?P<next>[A-Z][\w'’-]*)")
_LAST_WORD = re.compile(r"([A-Za-z'’-]+)$")
_CLOSING_QUOTE = re.compile(r"(?P<before>.)(?:''|[\"”'’])$")
_OPENING_SINGLE = re.compile(r"(?:^|[\s:(])['‘]\w")
# A heading in capitals ending on two words in capitals, then a capitalised word and a lower-case one: "GADDAFI FIGHTS
# BACK, A STANDOFF WITH THE REBELS ENSUES With several thousand troops …", "HOW SWINE FLU OUTBREAK EMERGED Flu viruses
# mutate …". One of the two has four letters or more, so that a short name in capitals ("the USS GHW Bush arrived") is
# no heading; a transcript's speaker label ends on a colon ("CARL AZUZ, CNN STUDENT NEWS ANCHOR: Political protests in
# Egypt …") and stays with the words it attributes (``transcripts``), and a name in capitals before a comma runs on in
# its sentence ("Still to come on RELIABLE SOURCES, Salon fesses up to an error").
_CAPS_WORD = r"[A-Z][A-Z0-9'’&.-]*[A-Z0-9]"
_CAPS_HEADING = re.compile(
    rf"(?:^|(?<=[\s(\[\"“]))(?P<last2>{_CAPS_WORD},?\s+{_CAPS_WORD})(?P<gap>\s+)[A-Z][a-z][\w'’-]*\s+[a-z]"
)
_CAPS_LONG = re.compile(r"[A-Z]{4,}")
# the headline before the cut and the sentence after it must each be more than a fragment
MIN_HEAD_WORDS = 3
MIN_TAIL_WORDS = 4


def _inside_quotation(text: str) -> bool:
    """Whether ``text`` (what precedes a cut) leaves a quotation open: a cut inside it would split the speaker's
    words."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_quotation(head: str) -> bool:
    """Whether ``head`` ends by closing a quotation (not with a comma inside it: a reporting clause follows)."""
    quote = _CLOSING_QUOTE.search(head)
    if not quote or quote.group("before") in ", " or _inside_quotation(head):
        return False
    if head.endswith(('"', "”", "''")):
        return True
    return bool(_OPENING_SINGLE.search(head))  # a single quote closes one opened earlier, or is an apostrophe


def _is_number(opener: str) -> bool:
    """Whether ``opener`` counts or labels ("One", "Ninety-five", "A"): a word before it may name a thing by it."""
    return opener == "A" or _NUMBER_WORD.fullmatch(opener) is not None


def _after_word(word: str, opener: str) -> bool:
    """Whether the word before a capitalised ``opener`` lets it open a sentence."""
    if word.islower():  # "concern A new …", "quake Thousands of …"; v14: "declared over A 23-year-old …"
        if word in FUNCTION_WORDS or len(word) < 3:
            return ends_clause(word, opener)
        return not (_is_number(opener) and word in _LETTER_LABELS)
    if not word[:1].isupper() or word.lower() in FUNCTION_WORDS:
        return False  # "the UK Two more …", "Mexico City A woman …"; not "And The …"
    return opener not in _NOT_AFTER_NAME and not (_is_number(opener) and word.lower() in _NAME_LABELS)


_QUOTE_MARKS = ("'", "’", '"', "”")
# Closing a sentence or a quotation: a capitalised word after these may open a sentence, and is no name's.
_SENTENCE_END = (".", "!", "?", ":", ";", "'", "’", '"', "”", "--")
# A capitalised word opening a lead, after a lower-case one: "missing Officials in", "quake Large areas of".
_WORD_GLUE = re.compile(r"(?<=[a-z'’\"”])(?P<gap>\s+)(?P<word>[A-Z][a-z][\w'’-]*)\s+[a-z]")
# Words that modify the capitalised noun after them or take it as an object: "the former Ambassador to Egypt", "the
# new Media", "from three Western powers", "the US 4th Fleet", "recite unto them Thy revelations". A headline ends on
# its noun or verb, not on these.
_MODIFIER_WORDS = (
    "former new current recent same last next deputy main certain temporary founding first second third fourth fifth"
    " sixth seventh eighth ninth tenth our your my own them him us me"
)
_MODIFIERS = frozenset(_MODIFIER_WORDS.split()) | {w.lower() for w in _NUMBERED - {"A"}}
# Compass adjectives are capitalised inside a sentence: "Gaddafi accused Western powers of …".
_COMPASS = re.compile(r"(?:North|South|East|West)(?:ern|erners?)?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|'s|’s)$")
# A name opened by an agency's or a country's initials, then a verb: "US President Barack Obama has vowed …".
_INITIALS_GLUE = re.compile(
    r"(?<=[a-z'’\"”])(?P<gap>\s+)[A-Z]{2,5}(?:\s+[A-Z][\w.'’-]*){1,5}\s+"
    r"(?:said|says|has|have|had|is|was|will|would|vowed|warned|told|called|appealed)\b"
)
INITIALS_SHARED_WORDS = 2  # a headline names its lead's subject and more: two content words shared
# The share of words after a lower-case word that are capitalised: English news articles stay well under it (Timeline17
# and DUC 2004 dev: 95% under 0.16, the most 0.31, a list of titles); German capitalises every noun (0.42 on a dev
# HTML page).
NOUN_CAPITALS_SHARE = 1 / 3


class Vocabulary:
    """A document's own words: those it writes in lower case, and the capitalised words it writes inside a
    sentence more than once (names: "Brown", "Square"). English has no word list here, so the document tells whether
    a capitalised word is an ordinary one opening a sentence. ``english_case`` is false for a page that capitalises
    its nouns (German: "… das Erheben, Verarbeiten und Nutzen von Daten …"), where a capital tells nothing. Read
    only when a sentence has a candidate cut that passes the cheaper tests: most documents never need it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @property
    def lower(self) -> frozenset[str]:
        return self._words[0]

    @property
    def named(self) -> frozenset[str]:
        return self._words[1]

    @property
    def english_case(self) -> bool:
        return self._words[2]

    @cached_property
    def flat_text(self) -> str:
        """The text with every run of white space one space."""
        return " ".join(self.text.split())

    def ordinary(self, word: str) -> bool:
        """Whether capitalised ``word`` is an ordinary word opening a sentence, not a name: the page writes it in
        lower case, or never capitalises it inside a sentence but here and English has it as an adjective, adverb or
        participle (``lexicon``, v10: "Large areas of …" on a page that never writes "large")."""
        if not self.english_case or word in self.named:
            return False
        return word.lower() in self.lower or is_english_word(word)

    @cached_property
    def _words(self) -> tuple[frozenset[str], frozenset[str], bool]:
        lower: set[str] = set()
        inside: dict[str, int] = {}
        after_lower = capitals_after_lower = 0
        running_on = previous_lower = False  # the text opens a sentence
        for token in self.text.split():
            word = token.strip(EDGES)
            is_lower = word.islower()
            if running_on and previous_lower and word[:1].isalpha():
                after_lower += 1
                capitals_after_lower += word[0].isupper()
            if is_lower:
                lower.add(word)
            elif running_on and word[:1].isupper():
                inside[word] = inside.get(word, 0) + 1
            running_on, previous_lower = not token.endswith(_SENTENCE_END), is_lower
        named = frozenset(w for w, n in inside.items() if n > 1)
        return frozenset(lower), named, capitals_after_lower <= after_lower * NOUN_CAPITALS_SHARE


# A caption quoting a speaker: "Ban Ki-moon: 'We are facing a major humanitarian emergency'". A quotation opening the
# sentence is often followed by its speaker ('"… an historic challenge" UN spokesman Elisabeth Byrs told the BBC.').
_QUOTED_HEAD = re.compile(r"^(?:[^\s:]+\s+){0,5}[^\s:]+:\s*['\"“‘]")
_ANY_CAPITAL_GLUE = re.compile(r"(?<=['’\"”])(?P<gap>\s+)[A-Z][\w'’-]*\s+\S")


def _quoted_head_cuts(sentence: str) -> list[int]:
    """Cuts after a caption's quotation before any capitalised word: "… emergency' UN officials said …"."""
    cuts = []
    for match in _ANY_CAPITAL_GLUE.finditer(sentence):
        head = sentence[: match.start()]
        if _QUOTED_HEAD.match(head) and _closes_quotation(head):
            cuts.append(match.start())
    return cuts


def _ends_a_head(head: str) -> bool:
    """Whether ``head`` can end a headline or caption before a capitalised word: on a lower-case content word that
    modifies nothing, or on a quotation it closes."""
    if head.endswith(_QUOTE_MARKS):
        return _closes_quotation(head)
    last = head.rsplit(None, 1)[-1].lstrip("\"'“‘(")
    return (
        last.islower()
        and len(last) >= 3
        and last not in FUNCTION_WORDS
        and last not in _MODIFIERS
        and not _ORDINAL.search(last)
        and not last.endswith(("'s", "’s", "s'"))
    )


def _word_cuts(sentence: str, words: Vocabulary) -> list[int]:
    """Cuts before an ordinary word the document writes in lower case, capitalised to open a lead the head restates."""
    cuts = []
    for match in _WORD_GLUE.finditer(sentence):
        word, head = match.group("word"), sentence[: match.start()]
        if word.lower() in FUNCTION_WORDS or _COMPASS.fullmatch(word) or not _ends_a_head(head):
            continue
        if not words.english_case or word.lower() not in words.lower or word in words.named:
            continue
        tail = sentence[match.end("gap") :]
        if not _inside_quotation(head) and content_words(head) & content_words(tail):
            cuts.append(match.start())
    return cuts


# A headline or caption ending on a one-word name after a lower-case word, then a lead opening with an ordinary word
# and a lower-case one: "Powerful quake hits Haiti Large areas of …", "… fighters to Mogadishu Heavy fighting …".
_NAME_GLUE = re.compile(
    r"(?<=\s)(?P<before>[a-z][\w'’-]*)\s+(?P<name>[A-Z][\w'’-]*)(?P<gap>\s+)(?P<word>[A-Z][a-z][\w'’-]*)\s+[a-z]"
)
# A headline's place follows a preposition or a verb in the present ("… in Tripoli", "… hits Haiti"); after other words
# the two capitalised words are mostly one name ("the gates of Sanaa University", "Hope for Haiti Now", "AT&T and
# Verizon Wireless", "the official China Daily", "led its website with Europe Warned on U.S. Travel").
_PLACE_PREPOSITIONS = frozenset("in into to at from near outside inside across on over".split())  # noqa: SIM905
_HEADLINE_VERB = re.compile(r"[a-z]{2,}[^s]s")
# v12: "of" names a place after a word for a place ("the town of Douma", "parts of Syria"), not after others ("the
# gates of Sanaa University"). "and" was tried after a place ("in Damascus and Hama") and left out: on Timeline17 dev it
# cut "commercials from AT&T and Verizon | Wireless" (docs/benchmarks.md, session 16).
_PLACE_NOUN_WORDS = (
    "town towns city cities village villages province provinces region district districts suburb suburbs outskirts"
    " part parts area areas capital neighbourhood neighborhood governorate"
)
_PLACE_NOUNS = frozenset(_PLACE_NOUN_WORDS.split())


def _names_a_place(before: str, preceding: list[str]) -> bool:
    """Whether ``before``, the word before a headline's last name (``preceding`` the word before it), makes that name
    a place or a headline's object."""
    if before in _PLACE_PREPOSITIONS or _HEADLINE_VERB.fullmatch(before):
        return True
    return before == "of" and bool(preceding) and preceding[-1] in _PLACE_NOUNS


def _name_cuts(sentence: str, words: Vocabulary) -> list[int]:
    """Cuts after a name ending a headline, before an ordinary word opening the lead the head restates (v10)."""
    cuts = []
    for match in _NAME_GLUE.finditer(sentence):
        before, name, word = match.group("before", "name", "word")
        if not _names_a_place(before, sentence[: match.start()].split()[-1:]) or name.lower() in FUNCTION_WORDS:
            continue
        if name not in words.named or name.lower() in words.lower or in_wordnet(name):
            continue  # the page's place or person, no word of a name: "Public Safety", "European Union"
        if name.endswith(("'s", "’s", "s'")) or _COMPASS.fullmatch(name):
            continue
        if not _opens_lead(word, words):
            continue
        head, tail = sentence[: match.start("gap")], sentence[match.end("gap") :]
        if words.flat_text.count(f"{name} {word}") > 1 or _inside_quotation(head):
            continue  # the pair written elsewhere is a name: "Tripoli Street", "Arab League"
        if content_words(head) & content_words(tail):
            cuts.append(match.start("gap"))
    return cuts


def _opens_lead(word: str, words: Vocabulary) -> bool:
    """Whether capitalised ``word`` is an ordinary word of the page opening a lead: no function word, no compass."""
    return word.lower() not in FUNCTION_WORDS and not _COMPASS.fullmatch(word) and words.ordinary(word)


def _initials_cuts(sentence: str) -> list[int]:
    """Cuts before a name opened by initials, then a verb, when the head restates the tail as a headline does."""
    cuts = []
    for match in _INITIALS_GLUE.finditer(sentence):
        head, tail = sentence[: match.start()], sentence[match.end("gap") :]
        if not _ends_a_head(head) or _inside_quotation(head) or head.rsplit(None, 1)[-1] in REPORTING_VERBS:
            continue
        if len(content_words(head) & content_words(tail)) >= INITIALS_SHARED_WORDS:
            cuts.append(match.start())
    return cuts


# A caption or headline ending on a place, then a lead opening with an article and a name: "BBC reporter on the ground
# in Port-au-Prince The US is mounting …", "… in Syria The West is also wary …", "… Resident of Tal Kalakh The Syrian
# leader told …". The place's words are capitalised and none a function word or a possessive, so that titles stay
# whole ("Automatic For The People", "Plato's The Ring of Gyges", "in The Way of The God").
_PLACE_GLUE = re.compile(
    r"(?<=\s)(?:in|at|from|near|of|to)\s+(?P<place>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)(?P<gap>\s+)"
    r"(?P<opener>The|An?)\s+(?P<next>[A-Z][\w'’-]*)\s+\S"
)


def _article_fits(opener: str, following: str) -> bool:
    """ "An" opens only a word sounding a vowel: "Sok An would …" is a name, not the article."""
    return opener != "An" or following[0].lower() in "aeiouh"


def _place_cuts(sentence: str) -> list[int]:
    """Cuts after a place ending a caption, before "The"/"A"/"An" and a capitalised word opening the lead (v9)."""
    cuts = []
    for match in _PLACE_GLUE.finditer(sentence):
        place = match.group("place").split()
        if any(w.lower() in FUNCTION_WORDS or w.endswith(("'s", "’s", "s'")) for w in place):
            continue
        if not _article_fits(match.group("opener"), match.group("next")):
            continue
        if not _inside_quotation(sentence[: match.start("gap")]):
            cuts.append(match.start("gap"))
    return cuts


def _ends_an_open_head(head: str) -> bool:
    """Whether ``head`` ends as a headline does (``_ends_a_head``) with no quotation left open."""
    return _ends_a_head(head) and not _inside_quotation(head)


def _cut_points(sentence: str, words: Vocabulary | None) -> list[int]:
    cuts = []
    for match in chain(_GLUE.finditer(sentence), _GLUE_AFTER_QUOTE.finditer(sentence)):
        head = sentence[: match.start()]
        opener, following = match.group("opener"), match.group("next")
        if not _article_fits(opener, following):
            continue
        if opener in _PREPOSITIONS and following in _VERB_AFTER:
            continue
        if opener in _DEITY_PRONOUNS and _DEITY.search(sentence):
            continue
        if head[-1] in "'’\"”":
            if not _closes_quotation(head):
                continue
        elif head[-1].isdigit():
            if (_is_number(opener) and opener != "A") or _inside_quotation(head):
                continue  # "the 1967 Six day war"
        else:
            last = _LAST_WORD.search(head)
            if not last or not _after_word(last.group(1), opener) or _inside_quotation(head):
                continue
        cuts.append(match.start())
    for match in _CAPS_HEADING.finditer(sentence):
        if _CAPS_LONG.search(match.group("last2")) and not _inside_quotation(sentence[: match.start("gap")]):
            cuts.append(match.start("gap"))
    cuts += _initials_cuts(sentence) + _quoted_head_cuts(sentence) + _place_cuts(sentence)
    cuts += dated_lead_cuts(sentence)  # v20
    if (label := label_cut(sentence)) is not None:
        cuts.append(label)
    cuts += kicker_cuts(sentence, _ends_an_open_head, _inside_quotation)
    cuts += connective_cuts(sentence, _inside_quotation)  # v22
    cuts += named_lead_cuts(sentence, _ends_an_open_head, words.flat_text if words is not None else None)  # v23
    cuts += pull_quote_cuts(sentence, _ends_a_head)  # v24
    if words is not None:
        cuts += _word_cuts(sentence, words) + _name_cuts(sentence, words)
        cuts += [
            c for c in particle_cuts(sentence, lambda w: _opens_lead(w, words)) if not _inside_quotation(sentence[:c])
        ]
        # v18: before a capitalised word that is no closed-class opener, as the two rules above, with the page's words
        headline_end = name_lead_cut(sentence, _ends_an_open_head)
        if headline_end is not None and all(headline_end < c for c in cuts):
            cuts.append(headline_end)
    return sorted(set(cuts))


def split_glued(sentence: str, words: Vocabulary | None = None) -> list[str]:
    """``sentence`` cut where a headline or caption runs into the next sentence; ``[sentence]`` when none does.
    ``words``, the document's vocabulary, lets a lead opening with an ordinary capitalised word be cut too.

    Joining the pieces with single spaces gives the sentence back up to white space."""
    pieces, start = [], 0
    for cut in _cut_points(sentence, words):
        head, tail = sentence[start:cut].strip(), sentence[cut:].strip()
        if len(head.split()) < MIN_HEAD_WORDS or len(tail.split()) < MIN_TAIL_WORDS:
            continue
        pieces.append(head)
        start = cut
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]
