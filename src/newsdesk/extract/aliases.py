"""Canonical entities of a story: every way the outlets wrote a name, merged into one entity with aliases.

Within one story a name means one thing, so merging is done per story, by rules that are sound there:
1. the same name up to case, a leading "the", a possessive and the dots of an acronym ("U.S." = "US",
   "Philadelphi Corridor" = "Philadelphi corridor"); "Palestinian" = "Palestinians" for groups; long names
   with equal initials spelled up to two letters apart ("World Health Organization"/"Organisation"), joining words
   aside ("Disasters (and) Emergency Committee"); two person names side by side, one name the parse split ("Zine El
   Abidine" + "Ben Ali");
2. an acronym = the one longer name whose capitalized words it abbreviates ("US" = "United States");
3. a part of a person's full name ("Blinken", "Antony") = the one full name that contains it, whatever label
   spaCy gave the short form (it tags a bare surname as a place now and then); a surname that several full
   names share = the one that bears it in nearly all the story's full mentions ("Mubarak" = "Hosni Mubarak"
   when "Gamal Mubarak" is named once against 79 times: writers give a relative's first name when they mean
   the relative);
4. a name that spaCy cut short before a lowercased word ("Philadelphi" + " corridor") = the longer name there:
   that mention counts for the longer name, the short form elsewhere stays itself ("Egyptian" + " army" is the
   army there, while "Egyptian" alone stays the nationality);
5. a title the story itself attaches to exactly one person ("Secretary of State" from "US Secretary of State
   Antony Blinken") = that person; each "the Secretary of State" in the text counts as a mention.
A short form that fits several candidates stays on its own rather than being merged by a guess.

Salience follows the features of Dunietz & Gillick, *A New Entity Salience Task with Millions of Training
Examples* (EACL 2014) — frequency and position of first mention — plus spread across the story's articles
(how many outlets mention it), combined as an unweighted mean of three scores in [0, 1] (nothing is fitted).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsdesk.model import Article, Entity, Mention

from .name_checks import Casing, company, company_base, cues, glued_rest, not_a_name, story_kind
from .name_merges import (
    DOMINANT_SHARE,
    NameUnion,
    acronym_only,
    content_form,
    introduced_by,
    merge_names,
    merge_spellings,
    name_key,
    split_names,
    surname,
    without_article,
)
from .spans import sentence_at, sentence_starts
from .story_titles import story_titles

# v2: a cut-short name is the longer name where it is cut short, not everywhere (rule 4); a speaker
# description is an entity's alias only if it ends in the name as its head, written as a name ("Man in Tahrir
# Square" is no alias of Tahrir Square)
# v3: a shared surname goes to its dominant bearer (rule 3)
# v5: else to the full name its articles introduced before it, when nearly all its mentions follow that one
# v6: only the sentences the brief keeps; no credits or common words as names ("Fierce", "Sick Mexico" → "Mexico");
# one type per name, its mentions' plurality or its context's cues (``name_checks``); a title stands alone for its
# person only when it is an office; a place named more often than a full name containing it stays a place (rule 3);
# an acronym is spelled out by a name of its type that does not contain it (rule 2); salience's position score is a
# mean over all the story's articles
# v7: the duplicates of one referent joined: a surname and its full name with or without the Arabic article ("Assad",
# "Bashar al-Assad", "Bashar Assad"), a dotted acronym inside a name spelling out no other ("U.K. News" is not "UN"),
# a short country name (``SAME_COUNTRY``: "Britain" = "United Kingdom"); a spelling merge not of two names differing in
# a word both of which the story names alone ("North African"/"North America"); an organisation named with a town's
# noun ("the city of Hama") a place; a parse's title without its closing honorific, and none with a day or month in it
# v8: the names of one referent the parse or the writers split: a person's name in two parts side by side ("Zine El
# Abidine" + "Ben Ali"), a long form with and without a joining word ("Disasters (and) Emergency Committee"), "America"
# = "United States"; an acronym glued to a byline's name no part of it ("Doug Coates UN"); a title without the
# modifiers that open it ("Embattled President"); types read off the story: a speaker label only at a turn's start
# (not "told the BBC:"), a group's nouns ("minority Alawite sect") a NORP, an organisation with an acronym no person
# ("Medecins Sans Frontieres (MSF)"), a time zone after a clock time no name ("2153 GMT")
# v9: titles with the place or nationality before them ("U.S. President", ``story_titles``), a title for its dominant
# holder; a letter's "Dear" and a schedule's joined line no title; a medium ("Twitter users") an organisation, a drug
# ("flu drug Tamiflu") a product; a headline glued to a name no person ("QATARI PLANE JOINS AIR PATROLS NATO"); a
# surname after the Arabic article apart ("al Abidi"); an acronym of a long name without its country or its last "and"
# word ("CDC"), and the dominant one of several long names of its type
# v10: a company's legal form makes an organisation ("Eni SpA"), as do an organisation's nouns around a name ("aid
# agency Oxfam", "A Vitol spokesman"); a town's nouns a place of a person ("the oil port of Ras Lanuf") and a GPE of a
# facility ("hometown of Sirte"); a letter's salutation no part of a title ("Dear President"); a company's name with
# its legal form the name without it ("Eni SpA" = "Eni")
# v11: a place with the Arabic article the place without it ("El Brega" = "Brega", a GPE); a surname with the article
# joined to it its full name's ("Al-Sanussi"); no part of a compound given name a surname ("Islam" of "Saif al-Islam
# Gadhafi"); a company's name with its legal form an organisation whatever its other names' type ("Roche AG" with
# "Roche", a PRODUCT by "made by Roche")
ALGORITHM = "extract.aliases.v11"

_PLACE = frozenset({"GPE", "LOC", "FAC"})


def _continuations(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]], keys: set[str]
) -> dict[tuple[str, int], tuple[str, str]]:
    """Rule 4: a mention followed in the text by the rest of a longer known name → (longer key, full surface)."""
    text = {a.id: a.text for a in articles}
    found = {}
    for article_id, items in mentions.items():
        for m in items:
            following = text.get(article_id, "")[m.span.end : m.span.end + 40].split()
            if following:
                surface = f"{m.text} {following[0].strip('.,;:')}"
                longer = name_key(surface)
                if longer in keys and longer != name_key(m.text):
                    found[(article_id, m.span.start)] = (longer, surface)
    return found


def _acronym_roots(
    labels: Mapping[str, Counter[str]], surfaces: Mapping[str, Counter[str]], union: NameUnion
) -> set[str]:
    """v8: the roots holding a name written only as an acronym and typed no person's ("MSF", "UN"): an organisation's
    names, none of them a person's; v10: and those holding a company's name with its legal form ("Eni SpA")."""
    return {
        union.find(k)
        for k in labels
        if (acronym_only(surfaces[k]) and labels[k].most_common(1)[0][0] != "PERSON") or any(map(company, surfaces[k]))
    }


def _article_places(labels: dict[str, Counter[str]], union: NameUnion) -> None:
    """v11: a place written with the Arabic article ("al-Brega", "El Brega", "Al Brega") is the place the story names
    without it ("Brega"), with the place's type whatever the parse typed the longer form (one "El Brega" PERSON, left
    apart by v10 on LibyaWar_reuters; "al-Brega" and "Brega", two GPEs of LibyaWar_cnn)."""
    for key in list(labels):
        bare = without_article(key)
        kind = labels[bare].most_common(1)[0][0] if bare in labels else None
        if bare and kind in _PLACE:
            labels[key] = Counter({kind: labels[key].total()})
            union.union(bare, key)


def _held_by_person(key: str, labels: Mapping[str, Counter[str]], union: NameUnion) -> bool:
    """v10: whether another name of ``key``'s root is a person's: rule 3 made the short name part of a full one
    ("GlaxoSmithKline" of a parse's "Stephen Rae of GlaxoSmithKline", H1N1_guardian), which its company is not."""
    root = union.find(key)
    return any(k != key and union.find(k) == root and labels[k].most_common(1)[0][0] == "PERSON" for k in labels)


def _salience(articles: int, size: Mapping[str, int], top: int, firsts: dict[str, int], mentions: int) -> float:
    """Of a root with ``mentions`` first mentioned at ``firsts`` (article → sentence), in a story of ``articles``
    whose ``size`` is each article's sentences (at least 1), where the most mentioned root has ``top``.

    v6: the position score is the mean over the story's articles, one that never names the root scoring 0 (v5 took
    the mean over the articles naming it: a name met once, in one headline of 98 pages, scored a full third and
    outranked a country named 33 times, H1N1_guardian). In a one-article story the two are the same."""
    frequency = mentions / top
    spread = len(firsts) / articles
    position = sum(1 - s / size[a] for a, s in firsts.items()) / articles
    return round((frequency + spread + position) / 3, 4)


def _shouted(surface: str) -> bool:
    """A name written in capitals ("KATHLEEN PARKER", "E.D. HILL"), as transcripts label their speakers; an
    acronym ("CNN") is one word and is written so."""
    words = surface.split()
    return len(words) > 1 and any(len(w) > 1 for w in words) and not re.search(r"[a-z]", surface)


def display_name(surface: str) -> str:
    """A name in capitals as a brief prints it: "KATHLEEN PARKER" → "Kathleen Parker", "E.D. HILL" → "E.D. Hill",
    "MCCAIN" → "McCain", "O'BRIEN" → "O'Brien"; initials and any name written in mixed case stay as they are."""
    if not _shouted(surface):
        return surface

    def word(w: str) -> str:
        if "." in w or len(w) == 1:
            return w
        parts = re.split(r"(['’-])", w)
        out = "".join(p.capitalize() for p in parts)
        return "Mc" + out[2:].capitalize() if out.startswith("Mc") and len(out) > 3 else out

    return " ".join(word(w) for w in surface.split())


def _canonical(surfaces: Counter[str]) -> str:
    """The fullest form (most words, v7: an Arabic article apart is none: "Bashar al-Assad" 133 times, not "Bashar al
    Assad" once; v8: nor a joining word, nor a word said twice: "Disasters Emergency Committee" 24 times, not
    "Disasters and Emergency Committee" 5, "Zine El Abidine Ben Ali", not a writer's "Ben Zine el-Abidine Ben Ali"),
    then one not written in capitals, then the most frequent, then the most capitalized, then alphabetical."""
    return min(
        surfaces,
        key=lambda s: (
            -len(set(content_form(name_key(s)).split())),
            _shouted(s),
            -surfaces[s],
            -sum(w[:1].isupper() for w in s.split()),
            s,
        ),
    )


def _names(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]], casing: Casing
) -> dict[str, list[Mention]]:
    """v6: the mentions of ``articles`` in the sentences they keep (a withheld sentence is emptied: a template, a
    credit, a question), less those that name nothing (``name_checks.not_a_name``), a common word glued in front
    of a name cut off ("Sick Mexico" → "Mexico")."""
    found: dict[str, list[Mention]] = {}
    for article in articles:
        found[article.id] = [
            m
            for m in mentions.get(article.id, ())
            if m.sentence < len(article.sentences)
            and article.sentences[m.sentence].text
            and not not_a_name(m, article, casing)
        ]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for items in found.values():
        for m in items:
            votes[name_key(m.text)][m.label] += 1
    plural = {key: min(v, key=lambda k: (-v[k], k)) for key, v in votes.items()}
    for items in found.values():
        for n, m in enumerate(items):
            rest = glued_rest(m, casing, plural, name_key)
            if rest is not None:
                start = m.span.end - len(rest)
                items[n] = replace(m, text=rest, span=replace(m.span, start=start), label=plural[name_key(rest)])
    return found


def _kinds(
    articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]
) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Per name key, its one type (``name_checks.story_kind``) holding all its mentions, with spaCy's PERSON votes kept
    beside another type (rule 3 reads them: a surname tagged a place now and then), and its surfaces. A full name
    that introduces nearly all the mentions of its last word alone, when that word is a person's, is a person's
    ("Graeme Pacitti, a clerical worker …", then "Pacitti said he was really disappointed"; not "Capitol Hill" for a
    transcript's "HILL:")."""
    text = {a.id: a.text for a in articles}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    evidence: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for article_id, items in mentions.items():
        for m in items:
            key = name_key(m.text)
            if key:
                votes[key][m.label] += 1
                surfaces[key][" ".join(m.text.split())] += 1
                for n, cue in enumerate(cues(m, text[article_id])):
                    evidence[key][n] += cue
    kinds = {key: story_kind(v, *evidence[key]) for key, v in votes.items()}
    # v10: a name ending in a company's legal form is an organisation's, its PERSON votes none ("Eni SpA")
    companies = {key for key in kinds if any(company(s) for s in surfaces[key])}
    for key in companies:
        kinds[key] = "ORG"
        votes[key] = Counter({"ORG": votes[key].total()})
    full = {key for key in kinds if " " in key and kinds.get(surname(key.split()[-1])) == "PERSON"}
    for before in introduced_by(mentions, full).values():
        key, top = min(before.items(), key=lambda item: (-item[1], item[0]))
        if top >= DOMINANT_SHARE * sum(before.values()) and (votes[key]["PERSON"] or kinds[key] not in _PLACE):
            kinds[key] = "PERSON"
    labels: dict[str, Counter[str]] = {}
    for key, v in votes.items():
        labels[key] = Counter({kinds[key]: sum(v.values())})
        if kinds[key] != "PERSON" and v["PERSON"]:
            labels[key]["PERSON"] = v["PERSON"]
    return labels, surfaces


def story_entities(articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]) -> tuple[Entity, ...]:
    """The canonical entities of one story, most salient first; ``mentions`` is keyed by article id.

    Mentions of articles outside ``articles`` are ignored, so a caller may pass a whole batch's mentions.
    """
    casing = Casing(articles)
    mentions = _names(articles, mentions, casing)
    labels, surfaces = _kinds(articles, mentions)
    union = NameUnion()
    for key in labels:
        union.find(key)
        if labels[key].most_common(1)[0][0] == "NORP" and key.endswith("s") and key[:-1] in labels:
            union.union(key, key[:-1])
    merge_spellings(surfaces, union)
    _article_places(labels, union)
    merge_names(labels, surfaces, union, mentions)
    for key in labels:  # v10: "Eni SpA" = "Eni", unless another person's name holds the short one
        base = name_key(company_base(surfaces[key].most_common(1)[0][0]))
        if base != key and base in labels and not _held_by_person(base, labels, union):
            union.union(base, key)
    text = {a.id: a.text for a in articles}
    # v8: no organisation's name (one written as an acronym too) is a person's part, whatever spaCy typed it: "the
    # United Nations Susan Rice" (typed PERSON on LibyaWar_reuters) is two names
    held = _acronym_roots(labels, surfaces, union)
    persons = {k for k, v in labels.items() if v.most_common(1)[0][0] == "PERSON" and union.find(k) not in held}
    split = split_names(text, mentions, persons)
    joined: dict[str, Counter[str]] = defaultdict(Counter)  # the whole names of split ones, per first key
    for first, second, whole in split.values():
        union.union(first, second)
        joined[first][whole] += 1
    extended = _continuations(articles, mentions, set(labels))

    title_spans, holder = story_titles(articles, mentions, labels, union, casing)

    counts: Counter[str] = Counter()
    firsts: dict[str, dict[str, int]] = defaultdict(dict)
    members: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    order = {a.id: n for n, a in enumerate(articles)}
    covered: dict[str, set[tuple[int, int]]] = defaultdict(set)  # per article: a mention's check reads its own
    for spans in title_spans.values():
        for a, s, e in spans:
            covered[a].add((s, e))
    for article_id, items in mentions.items():
        for m in items:
            key = name_key(m.text)
            if not key or any(s <= m.span.start < e for s, e in covered.get(article_id, ())):
                continue
            if (article_id, m.span.start) in split:  # v8: the second part of a split name counts with its first
                aliases[union.find(key)].add(split[(article_id, m.span.start)][2])
                continue
            label = labels[key].most_common(1)[0][0]  # v6: the name's one type, not this mention's
            if (article_id, m.span.start) in extended:
                key, surface = extended[(article_id, m.span.start)]
                label = labels[key].most_common(1)[0][0]
            else:
                surface = " ".join(m.text.split())
            root = union.find(key)
            counts[root] += 1
            members[root][label] += 1
            aliases[root].add(surface)
            firsts[root][article_id] = min(firsts[root].get(article_id, m.sentence), m.sentence)
    starts = {a.id: sentence_starts(a) for a in articles}
    for title, spans in title_spans.items():
        root = holder[title]
        if counts[root] == 0:
            continue
        aliases[root].add(title)
        for article_id, start, end in spans:
            counts[root] += 1
            sentence = sentence_at(starts[article_id], start)
            firsts[root][article_id] = min(firsts[root].get(article_id, sentence), sentence)
            aliases[root].add(" ".join(text[article_id][start:end].split()))

    size = {a.id: max(len(a.sentences), 1) for a in articles}
    top = max(counts.values(), default=0)
    keys_of: dict[str, list[str]] = defaultdict(list)  # each root's keys, in the story's order of keys
    for key in labels:
        keys_of[union.find(key)].append(key)
    entities = []
    held = _acronym_roots(labels, surfaces, union)
    for root, n in counts.items():
        names: Counter[str] = Counter()
        for key in keys_of[root]:
            names.update(surfaces[key])
        # v8: an organisation's acronym among the names makes no person of it ("Medecins Sans Frontieres (MSF)", a
        # spelling spaCy read as a person; "United Nations", typed so by one "the United Nations said he lost")
        kinds = Counter({k: v for k, v in members[root].items() if k != "PERSON"}) if root in held else members[root]
        kinds = kinds or members[root]
        label = kinds.most_common(1)[0][0] if kinds else "MISC"
        if (
            members[root]["PERSON"]
            and any(" " in s for s in names if labels[name_key(s)]["PERSON"])
            and root not in held
        ):
            label = "PERSON"
        if any(map(company, names)):  # v11: a company's legal form names an organisation ("Roche AG", not PRODUCT)
            label = "ORG"
        for key in keys_of[root]:
            names.update(joined.get(key, {}))
        name = _canonical(names)
        entities.append(
            Entity(
                name=display_name(name) if label == "PERSON" else name,  # a transcript's "E.D. HILL" is "E.D. Hill"
                type=label,
                aliases=tuple(sorted(aliases[root])),
                articles=tuple(sorted(firsts[root], key=order.__getitem__)),
                mentions=n,
                salience=_salience(len(articles), size, top, firsts[root], n),
            )
        )
    return tuple(sorted(entities, key=lambda e: (-e.salience, e.name)))
