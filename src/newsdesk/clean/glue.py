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
"""

from __future__ import annotations

import re

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
_GLUE = re.compile(rf"(?<=[A-Za-z0-9'’\"”])(?P<gap>\s+)(?P<opener>{_OPENER})\s+(?P<next>[a-z][\w'’-]*)")
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
    if word.islower():  # "concern A new …", "quake Thousands of …"
        return word not in FUNCTION_WORDS and len(word) >= 3 and not (_is_number(opener) and word in _LETTER_LABELS)
    if not word[:1].isupper() or word.lower() in FUNCTION_WORDS:
        return False  # "the UK Two more …", "Mexico City A woman …"; not "And The …"
    return opener not in _NOT_AFTER_NAME and not (_is_number(opener) and word.lower() in _NAME_LABELS)


def _cut_points(sentence: str) -> list[int]:
    cuts = []
    for match in _GLUE.finditer(sentence):
        head = sentence[: match.start()]
        opener, following = match.group("opener"), match.group("next")
        if opener == "An" and following[0] not in "aeiouh":
            continue  # "Sok An would …": a name, not the article
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
    return sorted(set(cuts))


def split_glued(sentence: str) -> list[str]:
    """``sentence`` cut where a headline or caption runs into the next sentence; ``[sentence]`` when none does.

    Joining the pieces with single spaces gives the sentence back up to white space."""
    pieces, start = [], 0
    for cut in _cut_points(sentence):
        head, tail = sentence[start:cut].strip(), sentence[cut:].strip()
        if len(head.split()) < MIN_HEAD_WORDS or len(tail.split()) < MIN_TAIL_WORDS:
            continue
        pieces.append(head)
        start = cut
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]
