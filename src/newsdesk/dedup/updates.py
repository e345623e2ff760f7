"""What a copy adds: a wire story re-filed with new paragraphs is one source with its first filing, but news.

``find_duplicates`` links an article to an earlier one when most of the smaller text is contained in the
larger (containment ≥ 0.6), so a Reuters story re-filed the next day with a new lead and ten new paragraphs, or
a factbox re-run with a month of new entries, is a copy: it adds no *source*. It does add *sentences*. Sections
that read copies as one source (facts, the sources table) keep doing so; sections that pick statements (the
summary, the timeline) read a copy's new sentences as the original's are read, and skip the ones its group
already printed, so the latest filing's news is not lost with its repeats.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from newsdesk.model import Article

ALGORITHM = "dedup.updates.v1"
# A copy's sentence repeats its group when this share of its words is in one sentence the group printed, with the
# same numbers: an editor's re-edit ("Feb. 24 - …" → "February 24 - …", "authorise" → "authorize", a clause cut)
# repeats, a toll raised in the same words ("at least 30 killed" → "at least 34 killed") is news.
REPEAT = 0.7
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Words:
    words: frozenset[str]
    numbers: frozenset[str]


def _words(text: str) -> _Words:
    words = frozenset(_WORD.findall(text.lower()))
    return _Words(words, frozenset(w for w in words if any(map(str.isdigit, w))))


def repeats(sentence: _Words, printed: Iterable[_Words]) -> bool:
    """Whether a sentence says again, in its words and with its numbers, one the group printed."""
    for other in printed:
        if (
            sentence.words
            and other.numbers == sentence.numbers
            and len(sentence.words & other.words) >= REPEAT * len(sentence.words)
        ):
            return True
    return False


def independent_sources(articles: Sequence[Article]) -> dict[str, str]:
    """Article id → the id of the story article it is a copy of (itself when it is an original).

    A chain of copies resolves to its first member inside the story; a copy whose original is not in the
    story stands for itself, so it still counts once.
    """
    ids = {a.id for a in articles}
    parent = {a.id: a.duplicate_of for a in articles}
    roots = {}
    for article in articles:
        node, seen = article.id, {article.id}
        while parent.get(node) in ids and parent[node] not in seen:
            node = parent[node]  # type: ignore[assignment]
            seen.add(node)
        roots[article.id] = node
    return roots


def added_by_copies(articles: Sequence[Article]) -> list[Article]:
    """The originals, then each copy that adds a sentence, with the sentences its group printed before emptied.

    A copy's group is its original and the group's copies filed before it (by publication day, then input
    order); a sentence is new when no earlier member holds it. Emptied sentences keep their offsets (as
    ``clean.templates.withhold_templates`` leaves them), so nothing downstream selects or dates them and a
    citation to a new sentence still points into the copy. A copy whose original is not among ``articles``
    stands for itself (``independent_sources``).
    """
    roots = independent_sources(articles)
    originals = [a for a in articles if roots[a.id] == a.id]
    copies = [a for a in articles if roots[a.id] != a.id]
    if not copies:
        return originals
    seen: defaultdict[str, list[_Words]] = defaultdict(list)
    grouped = {roots[copy.id] for copy in copies}  # only these groups' words are read (the others have no copy)
    for article in originals:
        if article.id in grouped:
            seen[article.id].extend(_words(s.text) for s in article.sentences if s.text)
    position = {a.id: n for n, a in enumerate(articles)}
    updates = []
    for copy in sorted(copies, key=lambda a: (a.published or date.max, position[a.id])):
        group = seen[roots[copy.id]]
        new = {s.i: _words(s.text) for s in copy.sentences if s.text}
        new = {i: words for i, words in new.items() if not repeats(words, group)}
        if not new:
            continue
        group.extend(new.values())
        sentences = tuple(s if s.i in new else dataclasses.replace(s, text="") for s in copy.sentences)
        updates.append(dataclasses.replace(copy, sentences=sentences))
    return originals + updates
