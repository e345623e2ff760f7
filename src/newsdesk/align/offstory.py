"""Off-story segments: the parts of a multi-story page that are about another story.

A story's pages include some that carry several stories: a news blog's digest ("Winter weather -- … 8 to 12 inches of
snow", "Davos World Economic Forum -- …", "Uprising in Egypt -- …"), a show's transcript that moves from Egypt to the
State of the Union. Clustering rightly puts such a page in the story of its on-story segment, but the brief of that
story should not state the other segments' facts, figures and quotes, so they are withheld from its sections like a
question or a template line (``align.units.nonstatements``); the stored page stays whole.

``align.offstory.v1`` (after TextTiling, Hearst 1997, *TextTiling: Segmenting Text into Multi-paragraph Subtopic
Passages*, with its depth score replaced by the simplest break: no shared word):

1. **Blocks.** A page breaks wherever the ``WINDOW`` sentences before a gap and the ``WINDOW`` after it share no
   content word: a digest's items and a transcript's segments share none.
2. **Far.** The story's core is the vocabulary of at least ``CORE_SHARE`` of its independent articles, each word
   weighted by that share ("egypt", "mubarak", "protesters"; "flu", "virus", "pandemic"); a sentence scores the sum
   of its core words' weights and a block the mean of its sentences. A block is far under ``FAR`` × the typical page's
   score (the median over pages of their mean sentence score), unless it shares ``COHERE`` words beyond the core
   with its page's near blocks (a tear-gas explainer's chemistry paragraph still says "riot control agents").
3. **Another story's names.** A run of far blocks of at least ``MIN_RUN`` sentences is another story's when at
   least half of the things it names (its capitalised words), and one for every two of its sentences, are named by
   fewer than ``FOREIGN_SHARE`` of the story's other articles ("Davos", "NASA", "Nadal"). The vivid scene of a
   reporter's own story names little, and what it names the story names too.
4. **A multi-story page.** Such runs are withheld only on a page that carries the story (a block within ``NEAR`` ×
   typical; a page wholly about something else is the clustering's call) and whose runs together name at least
   ``MIN_OTHER_NAMES`` things the story does not: several other stories, not one background paragraph.
5. **Second pass.** Once some runs are found, a core word that their sentences use at least ``GENERIC`` times as
   often as the story's other sentences ("said", "new", "year", "president") is no sign of the story; the pass
   is run again without such words, which lets a digest item made of them ("Davos World Economic Forum -- CEOs,
   world leaders and economists … This year's theme is …") stand out.
6. **Enclosed items** (``align.offstory.v2``). A run of fewer than ``MIN_RUN`` sentences between two off-story
   sentences of the same page, whose mean score (on the second pass's core) is under ``NEAR`` × typical, is
   another item of the same round-up: too short to be a run of its own, and not on the story. The Guardian's
   round-up of 2009-04-02 in H1N1_guardian put Canada's reply to Fox News ("Canada's defense minister Peter MacKay
   demanded an apology …", three sentences) between its Fox and its Chávez items, and the brief listed it under
   "Only in one source". On the stories of six articles or more of the nine Timeline17 dev folders v2 adds 15
   sentences, all off the story by reading (docs/benchmarks.md, session 21). A sentence with one of the story's
   strong words stays (below).
7. **A round-up's teasers** (``align.offstory.v3``). A list of "Head: lead." teasers of a day's other stories
   (``align.roundups``: CNN's "Why Nicole Kidman kept baby Faith a secret: Actress Nicole Kidman says …") is one
   sentence per story, so no run holds it. A teaser of such a list is withheld when it names (a capitalised word,
   its first word too) nothing that at least ``STRONG_NAME`` of the story's independent articles name: the on-story
   teasers of the same list name "Egypt", "Mubarak", "Cairo" or "Libya" and stay ("Egyptian president dissolves
   government: Embattled President Hosni Mubarak said …"). The names are read, not the core words, because a
   teaser of another story uses the story's generic core words as often as an on-story one ("said", "people",
   "state", "new"). Measured on the split of docs/benchmarks/sessions-25.md (session 25). v4 finds teasers whose lead
   is a quotation or whose head ends on a headline's attribution (", agency says"; docs/benchmarks/sessions-26.md).

Background of the same story (Tunisia's revolution in an Egypt story, the 1918 pandemic in a swine-flu story) uses
the story's core words or names what the story names, and stays. A story of fewer than ``MIN_ARTICLES`` independent
articles has no core to measure against, so nothing of it is withheld. The thresholds were set on three Timeline17
exports (EgyptianProtest_cnn, H1N1_bbc, haiti_bbc) so that their single-story pages lose nothing and checked on two
others (docs/benchmarks.md, issue 5, "Off-story segments").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article

from .roundups import teaser_runs
from .units import independent_sources

V1 = "align.offstory.v1"
V2 = "align.offstory.v2"
V3 = "align.offstory.v3"
V4 = "align.offstory.v4"
ALGORITHM = V4

# Sentences on each side of a gap compared for a shared word (TextTiling's block size, scaled to news sentences).
WINDOW = 2
# A word is the story's when a third of its independent articles use it; fewer than six articles have no core.
CORE_SHARE = 1 / 3
MIN_ARTICLES = 6
# Far: under 0.4 × the typical page's score (on the three dev exports the vivid scenes and explainers of single-story
# pages that the other tests keep sit above 0.4, digest items made of generic words between 0.4 and 0.75).
FAR = 0.4
NEAR = 0.75
# A far block sharing two of its page's on-story words (beyond the core) is the page's own background.
COHERE = 2
# Another story's run: six sentences or more, naming mostly (and one per two sentences) what fewer than a tenth of
# the story's other articles name.
MIN_RUN = 6
FOREIGN_SHARE = 0.1
FOREIGN_DENSITY = 0.5
# A page's runs name at least 20 such things: on the dev exports the background runs of single-story pages named at
# most 18, the multi-story pages (digests, show listings, transcripts) 21 to 150.
MIN_OTHER_NAMES = 20
# A core word is generic when the found runs use it at least half as often as the story's other sentences.
GENERIC = 0.5
# A core word of at least half the story's articles that the found runs use under a tenth as often as the story's
# other sentences keeps any sentence that uses it.
STRONG = 0.5
RARE = 0.1
# A round-up's teaser is on the story when it names what half the story's independent articles name ("Egypt",
# "Mubarak", "Cairo"; "Libya", "Gadhafi"): the story's subject, not its background.
STRONG_NAME = 0.5

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True, slots=True)
class Block:
    """A run of an article's sentences between two vocabulary breaks: its mean story score and its words."""

    article: str
    sentences: tuple[int, ...]
    score: float
    words: frozenset[str]


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, English stop words out, a possessive's "'s" dropped."""
    words = set()
    for token in _WORD.findall(text):
        word = token.lower().strip("'’-")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if len(word) >= 3 and word not in ENGLISH_STOP_WORDS:
            words.add(fold(word))
    return frozenset(words)


def fold(word: str) -> str:
    """A plural to its singular, crudely ("protests" → "protest", "countries" → "country"), so that a story's
    "earthquake" is also its "earthquakes"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def names(text: str, first: bool = False) -> frozenset[str]:
    """The capitalised words inside a sentence (its first word aside, unless ``first``), lower-cased: what it names
    ("Davos", "NASA", "Boehner"), as opposed to what it says."""
    tokens = _WORD.findall(text)[0 if first else 1 :]
    return frozenset(
        t.lower().strip("'’-") for t in tokens if t[0].isupper() and len(t) >= 3 and t.lower() not in ENGLISH_STOP_WORDS
    )


def story_core(
    articles: Sequence[Article],
    withheld: Collection[tuple[str, int]] = (),
    words_of: Mapping[str, Sequence[frozenset[str]]] | None = None,
) -> dict[str, float]:
    """Word → the share of the story's independent articles that use it, for words of at least ``CORE_SHARE``;
    a copy counts with its original once, and withheld sentences (templates, a site's header) count for nothing.
    ``words_of``: article id → each sentence's ``content_words``, when read already."""
    roots = independent_sources(articles)
    used: dict[str, set[str]] = {}
    for article in articles:
        words = used.setdefault(roots[article.id], set())
        read = words_of[article.id] if words_of is not None else [content_words(s.text) for s in article.sentences]
        for s, found in zip(article.sentences, read, strict=True):
            if (article.id, s.i) not in withheld:
                words |= found
    total = len(used)
    df = Counter(word for words in used.values() for word in words)
    return {word: n / total for word, n in df.items() if n / total >= CORE_SHARE}


def segment(words: Sequence[frozenset[str]]) -> list[range]:
    """Positions of a page's sentences cut into blocks wherever the ``WINDOW`` sentences before a gap share no word
    with the ``WINDOW`` after it."""
    cuts = [0]
    for gap in range(1, len(words)):
        before = frozenset().union(*words[max(0, gap - WINDOW) : gap])
        after = frozenset().union(*words[gap : gap + WINDOW])
        if before and after and not before & after:
            cuts.append(gap)
    cuts.append(len(words))
    return [range(a, b) for a, b in pairwise(cuts) if b > a]


def article_blocks(
    article: Article, core: dict[str, float], words: Sequence[frozenset[str]] | None = None
) -> list[Block]:
    """An article's blocks with their mean story score; ``words``: each sentence's ``content_words``, when read
    already."""
    words = [content_words(s.text) for s in article.sentences] if words is None else words
    scores = [sum(core.get(w, 0.0) for w in ws) for ws in words]
    return [
        Block(
            article.id,
            tuple(article.sentences[k].i for k in block),
            sum(scores[k] for k in block) / len(block),
            frozenset().union(*(words[k] for k in block)),
        )
        for block in segment(words)
    ]


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _name_users(articles: Sequence[Article], withheld: Collection[tuple[str, int]]) -> dict[str, set[str]]:
    """Name → the independent articles (their roots) that name it outside withheld sentences."""
    roots = independent_sources(articles)
    users: dict[str, set[str]] = {}
    for article in articles:
        for s in article.sentences:
            if (article.id, s.i) not in withheld:
                for name in names(s.text):
                    users.setdefault(name, set()).add(roots[article.id])
    return users


@dataclass(frozen=True, slots=True)
class _Story:
    """What every page is measured against: the story's core words, who names what, and the copies' originals."""

    core: dict[str, float]
    users: dict[str, set[str]]
    roots: dict[str, str]
    total: int

    def unknown(self, name: str, article: str) -> bool:
        """Whether fewer than ``FOREIGN_SHARE`` of the story's other articles name ``name``."""
        return len(self.users.get(name, set()) - {self.roots[article]}) < FOREIGN_SHARE * (self.total - 1)


def _page_runs(article: Article, blocks: Sequence[Block], story: _Story, typical: float) -> list[list[Block]]:
    """The page's runs of far blocks, at least ``MIN_RUN`` sentences long, that name mostly what the story does not."""
    near = [b for b in blocks if b.score >= typical]
    # the page's own words on the story, beyond the story's core: a far block that shares them is the page's
    # background (a tear-gas explainer's "riot control agents"), not another story
    own = frozenset().union(frozenset(), *(b.words for b in near)) - story.core.keys()
    text = {s.i: s.text for s in article.sentences}
    runs: list[list[Block]] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.score < FAR * typical and len(block.words & own) < COHERE:
            run.append(block)
            continue
        sentences = [i for b in run for i in b.sentences]
        named = frozenset().union(frozenset(), *(names(text[i]) for i in sentences))
        unknown = sum(1 for n in named if story.unknown(n, article.id))
        if len(sentences) >= MIN_RUN and unknown >= FOREIGN_DENSITY * len(sentences) and unknown >= len(named) / 2:
            runs.append(run)
        run = []
    return runs


def _typical(pages: Sequence[Sequence[Block]]) -> float:
    """The typical page's closeness to the story: the median over pages of their mean sentence score."""
    return _median(
        [sum(b.score * len(b.sentences) for b in blocks) / sum(len(b.sentences) for b in blocks) for blocks in pages]
    )


def _far_sentences(
    articles: Sequence[Article], story: _Story, words: Mapping[str, Sequence[frozenset[str]]]
) -> set[tuple[str, int]]:
    """One pass over the pages with the story's core as given (see ``off_story``); ``words``: article id → each
    sentence's ``content_words``."""
    pages = [(a, blocks) for a in articles if (blocks := article_blocks(a, story.core, words[a.id]))]
    if not pages:
        return set()
    typical = _typical([blocks for _, blocks in pages])
    found: set[tuple[str, int]] = set()
    for article, blocks in pages:
        if not any(b.score >= NEAR * typical for b in blocks):
            continue  # a page wholly about something else is the clustering's call
        runs = _page_runs(article, blocks, story, typical)
        # a page that carries other stories names many things this story does not: at least MIN_OTHER_NAMES
        text = {s.i: s.text for s in article.sentences}
        named = frozenset().union(frozenset(), *(names(text[i]) for r in runs for b in r for i in b.sentences))
        if sum(1 for n in named if story.unknown(n, article.id)) >= MIN_OTHER_NAMES:
            found |= {(b.article, i) for r in runs for b in r for i in b.sentences}
    return found


def _enclosed(articles: Sequence[Article], found: set[tuple[str, int]], core: dict[str, float]) -> set[tuple[str, int]]:
    """v2: the short runs of a multi-story page's sentences that lie between two of its off-story runs and are not near
    the story (see the module's step 6)."""
    pages = {a.id: blocks for a in articles if (blocks := article_blocks(a, core))}
    if not pages:
        return set()
    typical = _typical(list(pages.values()))
    enclosed: set[tuple[str, int]] = set()
    for article in articles:
        order = [s.i for s in article.sentences]
        off = [k for k, i in enumerate(order) if (article.id, i) in found]
        score = [sum(core.get(w, 0.0) for w in content_words(s.text)) for s in article.sentences]
        for before, after in pairwise(off):
            gap = range(before + 1, after)
            if 0 < len(gap) < MIN_RUN and sum(score[k] for k in gap) / len(gap) < NEAR * typical:
                enclosed |= {(article.id, order[k]) for k in gap}
    return enclosed


def _teasers(
    articles: Sequence[Article], story: _Story, withheld: Collection[tuple[str, int]], wider: bool = True
) -> set[tuple[str, int]]:
    """v3: the teasers of a round-up's list that name nothing the story names widely (see the module's step 7); v4
    (``wider``): teasers with a quoted lead or a headline's attribution too (``roundups.teaser_head``)."""
    strong = {name for name, users in story.users.items() if len(users) >= STRONG_NAME * story.total}
    found: set[tuple[str, int]] = set()
    for article in articles:
        texts = [s.text for s in article.sentences]
        for run in teaser_runs(texts, wider):
            for k in run:
                key = (article.id, article.sentences[k].i)
                if key not in withheld and not names(texts[k], first=True) & strong:
                    found.add(key)
    return found


def off_story(
    articles: Sequence[Article], withheld: Collection[tuple[str, int]] = (), algorithm: str = ALGORITHM
) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of every sentence of a page's off-story runs (see the module's docstring);
    ``algorithm``: ``V1`` reproduces the segments found before v2 (no enclosed runs), ``V2`` those before v3 (no
    round-up teasers), ``V3`` those before v4 (no teaser with a quoted lead or a headline's attribution)."""
    roots = independent_sources(articles)
    total = len(set(roots.values()))
    if total < MIN_ARTICLES:
        return frozenset()
    # each sentence's words, read once for the core, both passes and the rates between them
    words = {a.id: [content_words(s.text) for s in a.sentences] for a in articles}
    story = _Story(story_core(articles, withheld, words), _name_users(articles, withheld), roots, total)
    teasers = _teasers(articles, story, withheld, algorithm != V3) if algorithm not in (V1, V2) else set()
    first = _far_sentences(articles, story, words)
    if not first:
        return frozenset(teasers)
    # Second pass: a core word that the other stories found use about as often as the story does ("said", "new",
    # "year", "president") is no sign of this story; without such words the rest of a digest's items stand out.
    said = {(a.id, s.i): w for a in articles for s, w in zip(a.sentences, words[a.id], strict=True)}
    off_rate = Counter(w for key in first for w in said[key])
    on = [key for key in said if key not in first and key not in withheld]
    on_rate = Counter(w for key in on for w in said[key] if w in story.core)
    specific = {
        w: share for w, share in story.core.items() if off_rate[w] / len(first) < GENERIC * on_rate[w] / max(1, len(on))
    }
    found = first | _far_sentences(articles, replace(story, core=specific), words)
    if algorithm != V1:
        found |= _enclosed(articles, found, specific)
    # and a sentence that says what most of the story says ("Egypt", "Mubarak"; "Gaddafi") is on the story wherever
    # it stands: a reader's comment in a thread that wanders off, a digest's one line on the story
    strong = {
        w
        for w, share in specific.items()
        if share >= STRONG and off_rate[w] / len(first) < RARE * on_rate[w] / max(1, len(on))
    }
    return frozenset(key for key in found if not said[key] & strong) | teasers
