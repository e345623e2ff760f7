"""Site templates: sentences an outlet prints around many of its articles ("We welcome comments on our articles…",
"Views expressed in the comments do not represent those of Reuters.", product plugs).

Line rules (``boilerplate``) cannot know every outlet's furniture, and scraped text often arrives as one line, so
templates are found the way web-corpus builders find them: by repetition across documents of one site (CCNet, Wenzek
et al. 2020, drops paragraphs whose normalized hash recurs across a shard; Bar-Yossef & Rajagopalan 2002 call such
shared page fragments templates). Here the scope is the articles being briefed: a sentence is a template of its
outlet when, normalized, it occurs in enough of the outlet's articles (``min_holders``: a share of them that falls
as the outlet's articles grow, never fewer than three). Copies (``duplicate_of``) do not count, or a syndicated
article would make its own text a template. Records of one multi-record file (a JSONL export) that name no outlet
are judged as one site: an export without source fields is one crawl, and its furniture ("The BBC may edit your
comments" on 12 of 60 pages) recurs the same way. A single-article file with no known outlet is never judged.

A page whose reader-comment thread cleaning cut (``clean.comments``) printed the form's furniture below it too: the
cut took it away with the thread. Counting only what is left would make the furniture rarest where the comment
system is most visible (CNN's "You agree that anything you post may be used …" is printed on 10 of the first 60
EgyptianProtest_cnn pages, 5 of them with a thread the cleaner cut), and the other pages, whose unstamped threads
could not be cut, kept it as corroborated text. So a page holds a sentence it printed inside its cut thread.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from newsdesk.model import Article

from .sites import Templates
from .sites import line_key as _key
from .sites import site_of as _outlet
from .tickers import ticker_sentences

# v1 counted a sentence's holders by whole sentences only; v2 also counts the articles that print it glued inside a
# longer sentence, so a template the splitter glues on most pages is found (brief caches are keyed by this name);
# v3 also counts the pages that printed it inside the comment thread cleaning cut; v4 counts a sentence printed
# inside a longer one only where the splitter glued it (a sentence boundary on each side), not inside a sentence of
# news that says the same thing ("Thousands of people are feared dead following the 7.0-magnitude tremor …");
# v5 adds the site's tickers (``clean.tickers``): lines on too few pages to be templates, printed at the edge of
# unrelated pages and about none of them.
ALGORITHM = "clean.templates.v5"
MIN_ARTICLES = 3  # two articles sharing a sentence is a quotation or a reused line, not a site template
# How many of an outlet's n articles must print a sentence: 35% of a handful, 5% (plus LARGE_BASE) of many.
# Read off Timeline17 dev (Reuters, BBC, CNN, Guardian pages): comment-policy, reader-contribution and product
# lines recur on 9-35% of 180 Reuters pages (75% of 308 BBC ones) and on 4-10 of 14, a story's background
# line or a quote reused in updates on at most 5 of 180 and 4 of 14.
SMALL_SHARE = 0.35
LARGE_SHARE = 0.05
LARGE_BASE = 4
GLUED_MIN_WORDS = 6  # shorter templates ("This discussion is now closed") also occur inside real sentences
# What cleaning cuts as one block with the site's furniture inside it (the removal rules of ``clean``).
CUT_WITH_FURNITURE = frozenset({"comment_thread"})
_WORD = re.compile(r"\w+")
# What ends a sentence inside a splitter's glued run: terminal punctuation, or a bracket ("(Editing by X) An
# ultra-low latency …", "… my own site now (required, but will not be displayed) CNN welcomes …").
_BOUNDARY_GAP = re.compile(r"[.!?()[\]]")


def min_holders(n: int) -> float:
    """How many of an outlet's ``n`` articles must share a sentence for it to be the outlet's template."""
    return max(MIN_ARTICLES, min(SMALL_SHARE * n, LARGE_BASE + LARGE_SHARE * n))


def template_sentences(articles: Sequence[Article]) -> Templates:
    """``(article id, sentence index)`` of every sentence that is its outlet's template text or ticker
    (``clean.tickers``)."""
    return _repeated_furniture(articles) | ticker_sentences(articles)


def _repeated_furniture(articles: Sequence[Article]) -> Templates:
    """The sentences an outlet prints on enough of its articles (``min_holders``)."""
    keys = {(a.id, s.i): _key(s.text) for a in articles for s in a.sentences}
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_outlet: dict[str, int] = defaultdict(int)
    for article in articles:
        outlet = _outlet(article)
        if outlet is None or article.duplicate_of is not None:
            continue
        per_outlet[outlet] += 1
        for sentence in article.sentences:
            if key := keys[(article.id, sentence.i)]:
                holders[(outlet, key)].add(article.id)
    # A sentence splitter glues a template to its neighbour now and then ("… editing by X) An ultra-low latency
    # infrastructure …", "Send us your comments using the form below: A selection of your comments may be
    # published …"): an article holding a sentence of GLUED_MIN_WORDS or more inside a longer one holds it too,
    # or a template glued on most of its pages is never found; and a sentence holding a whole such template is
    # furniture too. A page whose comment thread was cut holds what the thread's block printed.
    _add_glued_holders(articles, keys, holders)
    templates = {key for key, ids in holders.items() if len(ids) >= min_holders(per_outlet[key[0]])}
    glued: dict[str, list[str]] = defaultdict(list)
    for outlet, key in templates:
        if len(key.split()) >= GLUED_MIN_WORDS:
            glued[outlet].append(f" {key} ")
    return frozenset(
        (article.id, sentence.i)
        for article in articles
        if (outlet := _outlet(article)) is not None
        for sentence in article.sentences
        if _is_template(outlet, keys[(article.id, sentence.i)], sentence.text, templates, glued[outlet])
    )


def _add_glued_holders(
    articles: Sequence[Article], keys: dict[tuple[str, int], str], holders: dict[tuple[str, str], set[str]]
) -> None:
    """Add to each long sentence's holders the articles that print it glued inside a longer sentence, or inside
    the block cleaning cut with furniture in it (its comment thread): candidates are looked up by their first
    GLUED_MIN_WORDS words at every word of every sentence and cut block, so the cost is linear."""
    by_start: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for site, key in holders:
        if len(head := tuple(key.split())) >= GLUED_MIN_WORDS:
            by_start[(site, head[:GLUED_MIN_WORDS])].append(key)
    for article in articles:
        outlet = _outlet(article)
        if outlet is None or article.duplicate_of is not None:
            continue
        cut = [(_key(r.text), r.text) for r in article.removed if r.rule in CUT_WITH_FURNITURE]
        for key, text in [*((keys[(article.id, s.i)], s.text) for s in article.sentences), *cut]:
            words = key.split()
            gaps: list[tuple[str, bool]] | None = None
            for start in range(len(words) - GLUED_MIN_WORDS + 1):
                for candidate in by_start.get((outlet, tuple(words[start : start + GLUED_MIN_WORDS])), ()):
                    size = len(candidate.split())
                    if candidate == key or words[start : start + size] != candidate.split():
                        continue
                    gaps = _gaps(text, len(words)) if gaps is None else gaps
                    if _glued_at(gaps, start, start + size):
                        holders[(outlet, candidate)].add(article.id)


def _gaps(text: str, n_words: int) -> list[tuple[str, bool]]:
    """For each of the ``n_words`` words of ``text``'s key: the text between it and the word before, and whether
    the word opens with a capital or a digit. Empty (no boundaries known) when the words do not line up."""
    matches = list(_WORD.finditer(text))
    if len(matches) != n_words:
        return []
    ends = [0, *(m.end() for m in matches)]
    return [(text[ends[k] : m.start()], not m.group()[0].islower()) for k, m in enumerate(matches)]


def _glued_at(gaps: list[tuple[str, bool]], first: int, stop: int) -> bool:
    """Whether words ``first`` to ``stop`` of a sentence are a sentence the splitter glued to its neighbours: each
    side is the sentence's edge or a sentence boundary (terminal punctuation between, or the next sentence's
    capital). A sentence of news that repeats a template's words runs on past them ("… feared dead following …")."""
    if not gaps:
        return True  # words that do not line up with the text: judged by the words alone, as before v4
    before = first == 0 or gaps[first][1] or bool(_BOUNDARY_GAP.search(gaps[first][0]))
    after = stop == len(gaps) or gaps[stop][1] or bool(_BOUNDARY_GAP.search(gaps[stop][0]))
    return before and after


def _is_template(outlet: str, key: str, text: str, templates: set[tuple[str, str]], glued: list[str]) -> bool:
    if (outlet, key) in templates:
        return True
    padded = f" {key} "
    held = [t for t in glued if t in padded]
    if not held:
        return False
    words = key.split()
    gaps = _gaps(text, len(words))
    for template in held:
        size = len(template.split())
        for start in range(len(words) - size + 1):
            if words[start : start + size] == template.split() and _glued_at(gaps, start, start + size):
                return True
    return False


def withhold_templates(articles: Sequence[Article], withheld: Templates) -> list[Article]:
    """The articles with the ``withheld`` sentences emptied (offsets and indices kept, so citations still point
    into the original article): nothing downstream can select, align or date an outlet's furniture."""
    if not withheld:
        return list(articles)
    result = []
    for article in articles:
        sentences = tuple(
            dataclasses.replace(s, text="") if (article.id, s.i) in withheld else s for s in article.sentences
        )
        result.append(dataclasses.replace(article, sentences=sentences) if sentences != article.sentences else article)
    return result
