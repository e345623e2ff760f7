"""Rule 5 of ``extract.aliases``: a title the story gives one person stands for that person alone ("the Secretary of
State" after "US Secretary of State Antony Blinken"); each use of it alone in the text counts as a mention.

v9: a title counts with the place or nationality written before it ("U.S. President Barack Obama" → "U.S. President"),
since the parse's title is the bare office ("President", Hosni Mubarak's, Barack Obama's and 20 others' on
EgyptianProtest_cnn) and a description reads "the U.S. president"; and a title stands for its dominant holder, as a
shared surname does (rule 3)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from newsdesk.model import Article, Mention

from .name_checks import Casing, clock_zone, office, office_title
from .name_merges import DOMINANT_MIN_MENTIONS, DOMINANT_SHARE, NameUnion, name_key
from .spans import sentence_at, sentence_starts

# v6: a one-word title ("President") stands for its person alone when the story gives it to the person this often:
# a parse attaches a stray capitalised word once ("Daughter", "Absent" before Gadhafi on LibyaWar_cnn).
OFFICE_MIN_ATTACHED = 2

# v9: the types of a name before a title that make the title a qualified office ("U.S. President", "Egyptian President")
_QUALIFIERS = frozenset({"GPE", "NORP"})


def _title_references(articles: Sequence[Article], title: str) -> list[tuple[str, int, int]]:
    """Occurrences of a title used alone ("the Secretary of State"), not before a name or as part of a name."""
    pattern = re.compile(rf"\b(?:[Tt]he\s+)?{re.escape(title)}\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])")
    # the title is in the pattern as written: an article without it as a substring has no match to search for;
    # v6: a sentence the brief withholds (emptied) refers to no one
    found = []
    for a in articles:
        if title in a.text:
            starts = sentence_starts(a)
            for m in pattern.finditer(a.text):
                if a.sentences and a.sentences[sentence_at(starts, m.start())].text:
                    found.append((a.id, m.start(), m.end()))
    return found


def _holder(roots: Counter[str]) -> str | None:
    """The one person a title stands for: its only holder, or v9 its dominant one, given the title in nearly all
    (``DOMINANT_SHARE``) and at least ``DOMINANT_MIN_MENTIONS`` of its uses, as a shared surname is (rule 3): "U.S.
    President" is Barack Obama's 40 times on EgyptianProtest_cnn and Jimmy Carter's once, in a line of history."""
    root, top = min(roots.items(), key=lambda item: (-item[1], item[0]))
    if len(roots) == 1 or (top >= DOMINANT_MIN_MENTIONS and top >= DOMINANT_SHARE * roots.total()):
        return root
    return None


def _opens_sentence(mention: Mention, article: Article) -> bool:
    """Whether the title a parse attached to ``mention`` opens its sentence, or a clause after a colon, a bracket or
    an opening quote ("Egyptian president dissolves government: Embattled President Hosni Mubarak …")."""
    sentence = article.sentences[mention.sentence]
    before = article.text[sentence.start : mention.span.start]
    at = before.rfind(mention.title or " ")
    preceding = before[:at].rstrip()
    return at >= 0 and (not preceding or preceding[-1] in ":(\"“‘'")


def _qualifier(mention: Mention, article: Article, ends: Mapping[int, Mention], kinds: Mapping[str, str]) -> str | None:
    """v9: the place or nationality written just before the title of ``mention`` ("U.S." of "U.S. President Barack
    Obama"), as the story names it; ``ends`` maps the article's mentions' ends to them."""
    sentence = article.sentences[mention.sentence]
    at = article.text.rfind(mention.title or " ", sentence.start, mention.span.start)
    before = ends.get(at - 1) if at > 0 and article.text[at - 1] == " " else None
    if before is None or kinds.get(name_key(before.text)) not in _QUALIFIERS:
        return None
    if clock_zone(before.text.split()[0], article.text[: before.span.start]):
        return None  # a page's clock glued to the nationality ("18:37 GMT Syrian President"): no place of the title
    return " ".join(before.text.split())


def story_titles(
    articles: Sequence[Article],
    mentions: Mapping[str, Sequence[Mention]],
    labels: Mapping[str, Counter[str]],
    union: NameUnion,
    casing: Casing,
) -> tuple[dict[str, list[tuple[str, int, int]]], dict[str, str]]:
    """The titles that stand for one person, each with its uses alone in the text (article id, start, end), and each
    such title's holder (a root of ``union``)."""
    by_id = {a.id: a for a in articles}
    kinds = {key: v.most_common(1)[0][0] for key, v in labels.items()}
    titled: dict[str, Counter[str]] = defaultdict(Counter)  # title → its holders' roots, how often each
    offices: dict[str, str] = {}  # a title → the office it names (v9: "U.S. President" → "President")
    for article_id, items in mentions.items():
        ends = {m.span.end: m for m in items}
        for m in items:
            # v8: a title that opens its sentence may open with a modifier capitalised there ("Embattled President")
            title = office_title(m.title, casing if _opens_sentence(m, by_id[article_id]) else None) if m.title else ""
            if title and name_key(m.text) in labels:
                root = union.find(name_key(m.text))
                titled[title][root] += 1
                offices[title] = title
                place = _qualifier(m, by_id[article_id], ends, kinds) if title == m.title else None
                if place:
                    titled[f"{place} {title}"][root] += 1
                    offices[f"{place} {title}"] = title
    holder = {title: _holder(roots) for title, roots in titled.items()}
    title_spans: dict[str, list[tuple[str, int, int]]] = {}
    for title, roots in sorted(titled.items()):
        # v6: an office, not a parse's accident ("Monday", "It", "H1N1"); one word given the person at least twice
        if not office(offices[title], labels.keys()) or (" " not in title and roots.total() < OFFICE_MIN_ATTACHED):
            continue
        if holder[title] and not any(t != title and title in t and holder[t] != holder[title] for t in titled):
            title_spans[title] = _title_references(articles, title)
    return title_spans, {title: owner for title in title_spans if (owner := holder[title])}
