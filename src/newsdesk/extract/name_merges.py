"""When two written names in a story are one name: the comparison form (rule 1 of ``extract.aliases``), spellings
of one long name (1b), acronyms (2) and the parts of a person's full name (3). The merges are made on a union-find
over the names' keys; ``extract.aliases`` builds the story's entities on it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from newsdesk.model import Mention

# British/American spellings and transliterations of one long name differ in one or two letters
# ("Organisation"/"Organization", "Mohammed"/"Mohamed"); distinct names with equal initials that long
# ("East Jerusalem"/"West Jerusalem" have different initials) differ in more.
SPELLING_MAX_EDITS = 2
SPELLING_MIN_CHARS = 12
# A surname is its dominant bearer's when that full name has this share of the candidates' full mentions, at
# least this many times (one mention of a second person against four of the first is not dominance).
DOMINANT_SHARE = 0.8
DOMINANT_MIN_MENTIONS = 3
# v7: one country's names that neither an acronym nor a spelling joins (keys). A curated table, kept short on purpose:
# the installed packages ship no such list (spaCy's small model has no lookups; the CLDR data in Babel, installed with
# trafilatura, gives one English name per country, "United Kingdom", and no "Britain").
# v8: "America" alone is the United States in news English; "Latin America", "North America", "Voice of America" are
# other keys and stay apart ("the Americas" too).
SAME_COUNTRY: tuple[tuple[str, ...], ...] = (
    ("united kingdom", "britain", "great britain", "uk"),
    ("united states", "america"),
)
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "al"})
# v7: the Arabic article, hyphenated to the name ("al-Assad") or apart ("Bashar al Assad")
_PARTICLE = re.compile(r"^(?:al|el)-(?=[a-z])", re.IGNORECASE)
_PARTICLES = frozenset({"al", "el"})
# v9: the last word after "and" of a long name, which its acronym may skip ("Disease Control and Prevention")
_TRAILING_AND = re.compile(r"\s+and\s+\S+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def name_form(surface: str) -> str:
    """``name_key`` before case folding: the words of both line up."""
    s = " ".join(surface.translate(_APOSTROPHES).split())
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = re.sub(r"'s?$", "", s)
    if re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", s):
        s = s.replace(".", "")
    return s


@lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str:
    """The comparison form of a name: case, a leading article, a possessive and acronym dots removed.

    Memoised: a story's few thousand name forms are keyed millions of times (quote speakers against every
    person, ``brief.quotes``; 5.6M calls on LibyaWar_reuters, cProfile)."""
    return name_form(surface).casefold()


def _acronym(surface: str) -> str | None:
    letters = surface.replace(".", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


def acronym_only(forms: Counter[str]) -> bool:
    """Whether a name is only ever written as an acronym ("MSF", "BBC", "U.N.")."""
    return all(_acronym(form) for form in forms)


def glued_acronyms(form: str) -> frozenset[str]:
    """v8: the words of a person's full name written as acronyms in a name otherwise in mixed case ("UN" of a parse's
    "Doug Coates UN", a byline glued to the headline "UN HQ …"): no one's first name or surname is an acronym, so
    rule 3 gives such a word to nobody ("UN" stays the United Nations)."""
    if not any(c.islower() for c in form):
        return frozenset()
    return frozenset(w.casefold() for w in form.split() if _acronym(w))


def _initials(surface: str) -> str:
    """The capitals a name's words begin with; an acronym among them gives all its letters (v7: "U.K. News" is "UKN",
    not a spelling-out of "UN"; "UN Security Council" and "U.N. Security Council" are both "UNSC"). In a name
    written all in capitals ("KATHLEEN PARKER") no word is an acronym."""
    words = [w for w in re.split(r"[\s\-]+", surface) if w and w.casefold() not in _ACRONYM_SKIP]
    if not all(w[0].isupper() for w in words):
        return ""
    mixed = any(c.islower() for c in surface)
    return "".join(w.replace(".", "") if mixed and _acronym(w) else w[0] for w in words)


def _spellings(surface: str, keys: Mapping[str, Counter[str]]) -> set[str]:
    """v9: the acronyms a long name may be written as: its initials (``_initials``), and those without the country
    named before it or the last word after "and" ("CDC" of "U.S. Centers for Disease Control and Prevention", whose
    initials are "USCDCP", 108 times apart from it on H1N1_reuters)."""
    forms = {surface}
    first, _, rest = surface.partition(" ")
    place = keys.get(name_key(first))
    if " " in rest and place and place.most_common(1)[0][0] == "GPE":
        forms.add(rest)
    forms |= {_TRAILING_AND.sub("", f) for f in forms}
    return {i for f in forms if (i := _initials(f))}


def _initials_only(key: str) -> bool:
    """A key made of single letters ("u. n", a spaced "U. N"): an acronym written apart, which spells out nothing."""
    return all(len(w.strip(".")) == 1 for w in key.split())


def surname(word: str) -> str:
    """A name word without the Arabic article transliterated before it ("al-Assad", "el-Sisi" → "assad", "sisi"):
    writers give the same surname with and without it ("Bashar al-Assad", "Bashar Assad", then "Assad")."""
    return _PARTICLE.sub("", word)


def bare_form(key: str) -> str:
    """A key with its Arabic articles dropped, the words a spelling comparison lines up."""
    return " ".join(surname(w) for w in key.split() if w not in _PARTICLES)


def content_form(key: str) -> str:
    """v8: ``bare_form`` without the function words an acronym skips too ("and", "of", "the"): "Disasters and
    Emergency Committee" and "Disasters Emergency Committee" are one name written two ways (both spell "DEC"; haiti_bbc
    wrote a third, "Disaster Emergency Committee", one letter from the second)."""
    return " ".join(w for w in bare_form(key).split() if w not in _ACRONYM_SKIP)


class NameUnion:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_names(
    keys: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
    union: NameUnion,
    mentions: Mapping[str, Sequence[Mention]],
) -> None:
    """Rules 2 and 3: acronyms onto the one long form, name parts onto the one full person name."""
    persons = [k for k, labels in keys.items() if labels.most_common(1)[0][0] == "PERSON" and " " in k]
    introduced = introduced_by(mentions, set(persons))
    initials: dict[str, frozenset[str]] = {}  # key → its surfaces' initials, read once when an acronym asks
    bearing: dict[str, list[str]] = {}  # word → the full person names with it, in their order
    inner = given_name_parts(persons)
    for person in persons:
        glued = glued_acronyms(surfaces[person].most_common(1)[0][0])
        for word in dict.fromkeys(surname(w) for w in person.split() if w not in _PARTICLES and w not in glued):
            if word not in inner:
                bearing.setdefault(word, []).append(person)
    for key, labels in keys.items():
        words = key.split()
        # v9: a surname after the Arabic article apart is one word ("al Abidi" of "Abdul Fattah Younis al Abidi");
        # v11: and joined to it ("Al-Sanussi" of "Abdullah al-Sanussi")
        word = words[-1] if len(words) == 2 and words[0] in _PARTICLES else surname(key)
        if len(words) == 1 or word != key:
            full = [f for f in bearing.get(word, ()) if f != key]
            # v6: not a place named more often alone than the full name is ("Mexico" and a parse's "Sick Mexico")
            kind = labels.most_common(1)[0][0]
            outweighs = kind in PLACE_LABELS and labels[kind] > sum(sum(keys[f].values()) for f in full)
            # v11: a surname with the article joined to it is the full name's last word, not its first ("al-Juma")
            last = surname(full[0].split()[-1]) == word if full else False
            if len(full) == 1 and (labels["PERSON"] or last) and (last or word == key) and not outweighs:
                union.union(key, full[0])
            elif len(full) > 1 and (
                bearer := _surname_bearer(word, full, keys, union) or _introducer(key, keys, introduced, union)
            ):
                union.union(key, bearer)
        acronym = next((_acronym(s) for s in surfaces[key] if _acronym(s)), None)
        if acronym:
            # v6: a name holding the acronym as a word does not spell it out ("US Senate"), and of several that spell
            # it, those of the acronym's own type do ("United States", not "Ulla Schmidt" nor "USS Stout")
            if not initials:
                initials.update((k, frozenset(i for s in surfaces[k] for i in _spellings(s, keys))) for k in keys)
            # v7: nor does an acronym written apart ("U. N" is "U.N.", no second spelling-out)
            spelled = [
                k
                for k in keys
                if k != key and acronym.casefold() not in k.split() and acronym in initials[k] and not _initials_only(k)
            ]
            kind = labels.most_common(1)[0][0]
            typed = [k for k in spelled if keys[k].most_common(1)[0][0] == kind]
            long: Counter[str] = Counter()
            for k in typed or spelled:
                long[union.find(k)] += sum(keys[k].values())
            # v9: or the one of its type nearly all their mentions name (``DOMINANT_SHARE``): "U.S. Centers for Disease
            # Control and Prevention" 40 times, against "Centers for … and Prevention" 7 and two broken forms once
            root, top = min(long.items(), key=lambda item: (-item[1], item[0]), default=("", 0))
            if len(long) == 1 or (typed and top >= DOMINANT_MIN_MENTIONS and top >= DOMINANT_SHARE * long.total()):
                union.union(key, root)


def given_name_parts(persons: Collection[str]) -> frozenset[str]:
    """v11: the words after the Arabic article that a person's name continues past ("islam" of "Saif al-Islam Gadhafi"
    and "Saif al Islam Gadhafi"): a compound given name's part, not a surname, so no word alone is that person
    ("Islam" is the religion; "Assad" of "Bashar al-Assad" ends the name and stays his)."""
    inner = set()
    for person in persons:
        words = person.split()
        for n, word in enumerate(words[:-1]):
            if _PARTICLE.match(word):
                inner.add(surname(word))
            elif word in _PARTICLES and n + 2 < len(words):
                inner.add(words[n + 1])
    return frozenset(inner)


def without_article(key: str) -> str | None:
    """v11: a name key without the Arabic article that opens it ("al-brega", "el brega" → "brega"), or None."""
    words = key.split()
    if len(words) > 1 and words[0] in _PARTICLES:
        return " ".join(words[1:])
    bare = surname(words[0]) if words else ""
    return " ".join([bare, *words[1:]]) if bare and bare != words[0] else None


def _surname_bearer(key: str, full: list[str], keys: dict[str, Counter[str]], union: NameUnion) -> str | None:
    """The full name (its root) that bears surname ``key`` in nearly all full mentions, if there is one."""
    mentions: Counter[str] = Counter()
    for name in full:
        mentions[union.find(name)] += sum(keys[name].values())
    root, top = mentions.most_common(1)[0]
    bears = all(surname(name.split()[-1]) == key for name in full if union.find(name) == root)
    if bears and top >= DOMINANT_MIN_MENTIONS and top >= DOMINANT_SHARE * sum(mentions.values()):
        return root
    return None


def introduced_by(mentions: Mapping[str, Sequence[Mention]], persons: set[str]) -> dict[str, Counter[str]]:
    """Per bare surname, how often each full person name bearing it was the last one its article named before it: a
    news article names a person in full, then by surname ("Libyan leader Moammar Gadhafi …", then "Gadhafi said …"),
    so a surname several relatives share (Saif al-Islam Gadhafi is named in full too) is resolved article by article."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for items in mentions.values():
        last: dict[str, str] = {}
        for m in sorted(items, key=lambda m: m.span.start):
            key = name_key(m.text)
            words = key.split()
            if key in persons:
                last[surname(words[-1])] = key
            elif len(words) == 1 and key in last:
                found[key][last[key]] += 1
    return found


def _introducer(
    key: str, keys: dict[str, Counter[str]], introduced: dict[str, Counter[str]], union: NameUnion
) -> str | None:
    """The full name (its root) after which nearly all (``DOMINANT_SHARE``) of ``key``'s resolved mentions come, when
    ``key`` is read as a person at times and as no place ("Egypt" after "Upper Egypt" stays the country), and that
    full name is written out ``DOMINANT_MIN_MENTIONS`` times (a parse's one-off "Luckily Edgar" introduces no one)."""
    labels = keys[key]
    if not labels["PERSON"] or labels.most_common(1)[0][0] in PLACE_LABELS:
        return None
    roots: Counter[str] = Counter()
    for name, n in introduced.get(key, Counter()).items():
        roots[union.find(name)] += n
    if not roots:
        return None
    root, top = roots.most_common(1)[0]
    written = sum(sum(keys[name].values()) for name in introduced[key] if union.find(name) == root)
    if (
        top >= DOMINANT_MIN_MENTIONS
        and top >= DOMINANT_SHARE * sum(roots.values())
        and written >= DOMINANT_MIN_MENTIONS
    ):
        return root
    return None


def merge_spellings(surfaces: dict[str, Counter[str]], union: NameUnion) -> None:
    """Rule 1b: long names with the same initials that differ in at most two letters ("World Health
    Organization" / "Organisation", "Mohammed" / "Mohamed" spellings of one full name, "Untied States"), the Arabic
    article aside ("Bashar Assad" / "Bashar al-Assad", v7); the short names of one country (``SAME_COUNTRY``).

    v7: not two names whose differing words are each a name the story uses on its own: "North African" and "North
    America" are two edits apart, but "African" and "America" are two names, not two spellings of one (LibyaWar_cnn).
    A misspelling ("Untied") or a transliteration ("Mousa" for "Moussa") is rarely written alone as well."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key, forms in surfaces.items():
        initials = _initials(forms.most_common(1)[0][0])
        if " " in key and len(key) >= SPELLING_MIN_CHARS and initials:
            groups[initials].append(key)
    bare = {key: content_form(key) for keys in groups.values() for key in keys}
    for keys in groups.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                bare_a, bare_b = bare[a], bare[b]
                if Levenshtein.distance(
                    bare_a, bare_b, score_cutoff=SPELLING_MAX_EDITS
                ) <= SPELLING_MAX_EDITS and not _two_names(bare_a, bare_b, surfaces):
                    union.union(a, b)
    for names in SAME_COUNTRY:
        present = [key for key in names if key in surfaces]
        for key in present[1:]:
            union.union(present[0], key)


def _two_names(a: str, b: str, names: Mapping[str, object]) -> bool:
    """Whether ``a`` and ``b`` differ in a word each of which is a one-word name of the story itself."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and any(x != y and x in names and y in names for x, y in zip(wa, wb, strict=True))


def split_names(
    text: Mapping[str, str], mentions: Mapping[str, Sequence[Mention]], persons: Collection[str]
) -> dict[tuple[str, int], tuple[str, str, str]]:
    """v8: one person's name that the parse split in two ("Zine El Abidine" + "Ben Ali" of "Zine El Abidine Ben Ali",
    EgyptianProtest_cnn, which then listed a first name apart from a surname given alone): two person names with
    nothing but a space between them are one name, as English never writes two people's names side by side without a
    comma or a conjunction. Per (article id, start of the second part): (first key, second key, the whole name)."""
    found = {}
    for article_id, items in mentions.items():
        ordered = sorted(items, key=lambda m: m.span.start)
        for first, second in pairwise(ordered):
            a, b = name_key(first.text), name_key(second.text)
            if a in persons and b in persons and text.get(article_id, "")[first.span.end : second.span.start] == " ":
                found[(article_id, second.span.start)] = (a, b, " ".join(f"{first.text} {second.text}".split()))
    return found
