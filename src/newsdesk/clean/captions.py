"""Two more shapes of a head glued to the text it stands over (v20): a label in capitals, and a caption before a lead
opening with its day.

A BBC page of accounts or survivors' stories heads each one with its teller's label in capitals, a name and what they
are, and the page flattened to text runs the label into the account's first sentence: "ISABELLE JEANSON, MEDECINS SANS
FRONTIERES I had the scare of my life this morning.", "MENDJI BAHINA SANON, 11-YEAR-OLD GIRL Mendji Bahina Sanon was
pulled out …", "KHOLOOD - A PROTESTING MOTHER "You have to cover my face …"". ``glue``'s heading in capitals needs a
capitalised word and a lower-case one after it ("HOW SWINE FLU OUTBREAK EMERGED Flu viruses mutate …"), so "… HAITI I
am …", "… FRONTIERES Yesterday I visited …" and "… GIRL Mendji Bahina Sanon …" stayed whole, and the brief cited the
label as part of the account. A label is known by its shape, not by what follows it: the sentence opens with words in
capitals (names, titles, ages: "LOZAMA HOTTELINE, 25, SUPERMARKET"), its parts parted by a comma or a dash, and the
first word with a lower-case letter, a capitalised "I" or "A" before a lower-case word, or an opening quote starts the
text. A label with no part ("FULL POST Kelley …", "I BELIEVE THE cooporate …") is no label; a dateline ("NEW YORK, Jan
5 …") ends on its comma; a transcript's speaker label ends on a colon and stays with its words (``transcripts``).

A caption opening with the name its lead opens with ("Darlene Etienne was found when neighbors heard her weakly calling
Darlene Etienne was pulled, barely alive, …") was tried as a third shape and left out: right on 9 of 10 dev cuts, it
was wrong on 4 of 8 held-out ones (SyrianCrisis_bbc: a name after a verb or a title, "… try to get Kofi Annan's
six-point plan …", "The Chinese foreign ministry said Bouthaina Shaaban would meet …"; docs/benchmarks.md, session 22).

A caption or a pull quote also runs into a lead that opens with its day: "The moment six-year-old Nazer Erne emerged in
the arms of a rescuer On Sunday, five days after the quake hit, …", "Tarmo Joveer was given water via a rubber tube On
Thursday US Secretary-General Ban Ki-moon told …", "… without a scratch on him Also on Sunday, crews rescued …". A
preposition of time in capitals between a word and a day's or a month's name opens a sentence; running text writes
"on Sunday", and a title that capitalises it ("Born On The Fourth of July") puts no day's name after it. ``glue``'s
openers need a lower-case word after them, so these stayed whole.
"""

from __future__ import annotations

import re

from .reader import FUNCTION_WORDS

_TOKEN = re.compile(r"\S+")
_LOWER = re.compile(r"[a-z]")
_CAPS_RUN = re.compile(r"[A-Z]{4}")
_SEPARATORS = frozenset({"-", "–", "—"})  # the dashes a label's parts are parted by
_OPENING_QUOTE = re.compile(r"[\"“‘']\S")
_LABEL_COLON_WORDS = 3  # a colon this close after the label's end makes it a speaker's label with a show's name


def _is_label_word(token: str) -> bool:
    """A word of a label in capitals: no lower-case letter ("HOTTELINE,", "11-YEAR-OLD", "25,", "-")."""
    return not _LOWER.search(token)


def label_cut(sentence: str) -> int | None:
    """Where a label in capitals opening ``sentence`` ends and its text starts; None when it opens with none."""
    tokens = list(_TOKEN.finditer(sentence))
    count = 0
    while (
        count < len(tokens)
        and _is_label_word(tokens[count].group())
        and not _OPENING_QUOTE.match(tokens[count].group())
    ):
        count += 1
    if count >= len(tokens):
        return None
    first = tokens[count].group()
    if count >= 1 and tokens[count - 1].group() in {"I", "A"} and first[0].islower():
        count -= 1  # "… PORT AU PRINCE, HAITI I am a paediatric nurse …": the pronoun opens the text
    elif not (first[0].isupper() or _OPENING_QUOTE.match(first)):
        return None  # "I BELIEVE THE cooporate effort …": a shout in the text, not a label over it
    label = [t.group() for t in tokens[:count]]
    if len(label) < 2 or not _CAPS_RUN.search(" ".join(label)):
        return None
    if label[-1][-1] in ",:-" or label[-1] in _SEPARATORS:
        return None  # a dateline ("NEW YORK, Jan 5 …"), a speaker's label ("ANDERSON: …")
    parted = any(word.endswith(",") for word in label[:-1]) or any(word in _SEPARATORS for word in label[1:-1])
    if not parted or ":" in " ".join(t.group() for t in tokens[count : count + _LABEL_COLON_WORDS]):
        return None  # 'A.J. HAMMER, HOST "SHOWBIZ TONIGHT": You know …': a speaker's label ends on a colon
    return tokens[count].start()


_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)"
)
# A word ending on a letter (no end mark, no comma), then "On"/"Since"/"By"/"Until"/"Earlier"/"Later"/"Also on" and a
# day's or a month's name.
_DATED_LEAD = re.compile(
    rf"(?<=[A-Za-z])(?P<gap>\s+)(?P<opener>On|Since|By|Until|Earlier|Later|Also on|Then on)\s+{_DAY}(?![\w'’-])"
)
_LAST_TOKEN = re.compile(r"(\S+)$")


def dated_lead_cuts(sentence: str) -> list[int]:
    """Cuts before a lead opening with its day ("… of a rescuer On Sunday, five days after …"); not after a function
    word ("… said that On Monday …" is a typo's capital, not a lead)."""
    cuts = []
    for match in _DATED_LEAD.finditer(sentence):
        last = _LAST_TOKEN.search(sentence[: match.start()])
        if last and last.group(1).lower() not in FUNCTION_WORDS:
            cuts.append(match.start("gap"))
    return cuts
