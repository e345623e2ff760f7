"""Site tickers: a line a site prints at the top or foot of a few unrelated pages, about none of them.

A news site's pages carry furniture that recurs too rarely to be a template (``clean.templates`` wants it on at least
three pages and a share of the site's): the ticker headline of the hour ("2 men charged in death of Chicago teen who
performed in inauguration event." atop 3 of the 12 unnamed pages of a 60-page LibyaWar_cnn export), a promo ("A
French bistro and the British pub How microbreweries run by women …"), a page's timestamp ("12 February 12 15:38
GMT"), a column's disclaimer. Taken as a sentence of news it titles a story and is a fact "(3 sources)".

Repetition alone does not tell it from news: a wire's update reprints its lead, two reports quote one sentence. What
does is that the line is *about nothing on its pages* (the cohesion that TextTiling, Hearst 1997, measures between
blocks by shared words, here between a line and the rest of its page). A page's own lead shares its page's words; a
ticker shares no more of them than some other page's lead would. ``clean.tickers.v1``: a sentence is a ticker when

1. **Repeated**: it is printed (normalized as ``clean.templates`` does) on at least two independent pages of one site
   (copies, ``duplicate_of``, do not count);
2. **at the edge**: it is the first or last sentence of every page that prints it (where a site's furniture sits),
   once the tickers already found are set aside;
3. **on unrelated pages**: no two of those pages share more than ``MAX_SHARED`` other sentence (an update of an
   article, which reprints its lead, shares several; two unrelated pages at most one more line of furniture);
4. **about nothing there**: on its pages, the share of its content words that the rest of the page uses is
   exceeded or matched by the leads of at least half (``ALIEN_RANK``, the median) of the run's other pages, on
   average over its pages. The baseline is the run's own leads, so a long page (which shares some word with
   anything) and a single-story run (whose every lead fits every page) are measured against themselves.

Measured on every repeated line of the nine Timeline17 dev folders and the eleven exports briefed in development
(docs/benchmarks.md, "Site tickers"): the lines this withholds are tickers, promos, timestamps, disclaimers and
show notices; the news lines at a page's edge on unrelated pages rank at most 0.23, the lowest furniture withheld
0.55, the CNN ticker 0.9.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article
from newsdesk.text.porter import porter_stem

from .sites import Templates, line_key, site_of

ALGORITHM = "clean.tickers.v1"
MIN_PAGES = 2
# Two unrelated pages may share one more line of furniture (a disclaimer, a show's notice, "The opinions expressed
# are his own."); on the dev material the edge lines whose pages shared two or more were updates of one report.
MAX_SHARED = 1
# The median: the line fits its pages no better than the typical other page's lead does.
ALIEN_RANK = 0.5
MIN_LEADS = 5  # fewer other pages than this are no baseline
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def content_words(text: str) -> frozenset[str]:
    """Stemmed words that are not stop words (a line's topic, as TextTiling compares blocks by)."""
    return frozenset(
        porter_stem(w.lower().strip("'’-"))
        for w in _WORD.findall(text)
        if len(w) > 2 and w.lower() not in ENGLISH_STOP_WORDS
    )


def _fit(line: frozenset[str], page: frozenset[str]) -> float:
    """The share of a line's content words that a page uses."""
    return len(line & page) / len(line)


def ticker_sentences(articles: Sequence[Article]) -> Templates:
    """``(article id, sentence index)`` of every sentence (on any page, copies too) that is its site's ticker.

    Found in rounds: once a page's edge line is a ticker, the line under it is the page's edge (a radio show's
    "PLEASE NOTE: We are unable to offer transcripts …" over "Today is broadcast live and the running order …")."""
    originals = [a for a in articles if a.duplicate_of is None]
    keys = {a.id: [line_key(s.text) for s in a.sentences] for a in articles}
    found: set[tuple[str, str]] = set()
    while new := _round(originals, keys, found):
        found |= new
    return frozenset(
        (a.id, s.i)
        for a in articles
        if (outlet := site_of(a)) is not None
        for s, key in zip(a.sentences, keys[a.id], strict=True)
        if (outlet, key) in found
    )


def _round(
    originals: Sequence[Article], keys: dict[str, list[str]], found: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """The tickers among the lines at the edge of pages once the ``found`` ones are set aside."""
    # each page's sentence keys without its empty lines and found tickers
    kept = {a.id: [k for k in keys[a.id] if k and (site_of(a), k) not in found] for a in originals}
    holders: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for article in originals:
        if (outlet := site_of(article)) is None:
            continue
        for key in dict.fromkeys(kept[article.id]):
            holders[(outlet, key)].append(article)
    candidates = {
        site_key: pages
        for site_key, pages in holders.items()
        if len(pages) >= MIN_PAGES
        and all(_at_edge(kept[a.id], site_key[1]) for a in pages)
        and _unrelated(pages, kept, site_key[1])
    }
    if not candidates:
        return set()
    # content words of the candidates' pages, and of every page's lead (its first sentence that has some)
    words = {a.id: [content_words(s.text) for s in a.sentences] for pages in candidates.values() for a in pages}
    leads = {a.id: next((w for s in a.sentences if (w := content_words(s.text))), frozenset()) for a in originals}
    new: set[tuple[str, str]] = set()
    for (outlet, key), pages in candidates.items():
        line = next(words[pages[0].id][i] for i, k in enumerate(keys[pages[0].id]) if k == key)
        ids = {a.id for a in pages}
        others = [w for i, w in leads.items() if w and i not in ids]
        if line and len(others) >= MIN_LEADS and _alien(line, pages, words, keys, key, others):
            new.add((outlet, key))
    return new


def _at_edge(keys: list[str], key: str) -> bool:
    """Whether the page prints ``key`` as its first or last sentence (and nowhere else)."""
    return keys.count(key) == 1 and key in (keys[0], keys[-1])


def _unrelated(pages: Sequence[Article], keys: dict[str, list[str]], key: str) -> bool:
    """No two of the pages share more than ``MAX_SHARED`` sentences besides ``key``."""
    sets = [set(keys[a.id]) - {key} for a in pages]
    return all(len(a & b) <= MAX_SHARED for a, b in combinations(sets, 2))


def _alien(
    line: frozenset[str],
    pages: Sequence[Article],
    words: dict[str, list[frozenset[str]]],
    keys: dict[str, list[str]],
    key: str,
    others: list[frozenset[str]],
) -> bool:
    """Whether, on average over its pages, at least ``ALIEN_RANK`` of the other pages' leads fit the page as well as
    the line does or better."""
    ranks = []
    for page in pages:
        rest = frozenset().union(*(w for w, k in zip(words[page.id], keys[page.id], strict=True) if k != key))
        fit = _fit(line, rest)
        ranks.append(sum(_fit(lead, rest) >= fit for lead in others) / len(others))
    return sum(ranks) / len(ranks) >= ALIEN_RANK
