"""A story's title (and an event's): the lead of its most central on-story report.

``cluster.title.centroid.v1``: the headline of the member closest to the group's TF-IDF centroid over title + lead
(first 60 words); without a title, its first sentence that is no outlet template. A reader call-out and round-up
page of the Guardian (Timeline17 H1N1_guardian, 2009-04-02: "When Ros Atkins, a BBC radio presenter, came back to
the UK after working in Mexico…", then Cuba, Miss Universe, Canada's army) titled the 64-article swine-flu story:
it appears three times (three dated versions of the page), all leading with the same swine-flu paragraph.

``cluster.title.on-story.v2`` (same centroid idea, Radev et al. 2004, *Centroid-based summarization of multiple
documents*, applied to leads):

1. **On-story text.** A page's sentences count when they are no outlet template, state something (no question, no
   call to the reader: ``align.units.nonstatements``) and are not an off-story segment of a multi-story page
   (``align.offstory``); the centroid is over each independent member's title + first ``LEAD_WORDS`` on-story words.
2. **Penalty.** A member's closeness to the centroid is multiplied by its page's on-story share (on-story sentences
   over all its sentences): a round-up whose other items are about other things only touches the story.
3. **A lead, headline-like.** A member without a title offers its first sentence that is no template, and only when
   that sentence is on the story and neither it nor the ``OPENING`` sentences of the page open with a question, a
   call to the reader or the writer's first person outside quotes ("we wondered about others who have visited
   Mexico"): a call-out or a column states no news. Nor does a pull quote ("Kofi Annan: \"We discussed …\""), a
   caption under ``MIN_WORDS`` words, or a line that opens in lower case (a list's mangled bullet: "cents One
   patient is pupil at school closed …").

A group of at most two members, or whose members offer no such lead, keeps v1's choice.

``cluster.title.on-story.v3`` (``leads``): what v2 calls a lead is read past a page's furniture — a wire stamp, an
editor's note and a dateline are cut from it ("KATHMANDU | Fri Jun 24, 2011 10:17 am BST KATHMANDU (Reuters Life!)
-"), a column's disclaimer or a byline is skipped ("The opinions expressed are his own."), and a shouted crosshead or
a quotation alone is no lead. A group of at most two members (most stories of a folder are one page) is titled by
its first member's first headline-like sentence among its ``OPENING`` ones (v1's choice when there is none), and a
story most of whose pages are not in English says so: ``NOT_ENGLISH`` before its title.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from newsdesk.align.offstory import off_story
from newsdesk.align.units import is_question, is_reader_address, is_unfinished, nonstatements
from newsdesk.model import Article
from newsdesk.text.vectors import tfidf_matrix

from .leads import MIN_WORDS, PULL_QUOTE, cut_stamp, is_furniture, is_headline_like, not_english

V1 = "cluster.title.centroid.v1"
V2 = "cluster.title.on-story.v2"
V3 = "cluster.title.on-story.v3"
ALGORITHM = V3
ON_STORY = (V2, V3)
# what v3 prints before the title of a story most of whose pages are not in English
NOT_ENGLISH = "(not in English) "

TITLE_MAX_WORDS = 16
# The lead that v1 compares (and v2 over on-story text): a news lead paragraph runs to about 60 words.
LEAD_WORDS = 60
# A call-out or a column shows itself in its first sentences: the lead and the two after it.
OPENING = 3

Withheld = Collection[tuple[str, int]]

# The writer's (or the page's) first person; a quotation's first person is a speaker's, so quoted text is cut first.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|WE|us|our|Our|my|My|me)\b")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def cut(text: str) -> str:
    """``text`` cut to ``TITLE_MAX_WORDS`` words (an ellipsis marks the cut)."""
    words = text.split()
    return " ".join(words[:TITLE_MAX_WORDS]) + ("…" if len(words) > TITLE_MAX_WORDS else "")


def headline(article: Article, withheld: Withheld = frozenset()) -> str:
    """Its title, else its lead sentence (else the start of its text) cut to a headline's length.

    A ``withheld`` sentence (its outlet's template) is no lead: a site prints its ticker line atop every page
    ("2 men charged in death of Chicago teen who performed in inauguration event." opens 15 of the first 60
    Timeline17 EgyptianProtest_cnn pages), and that line titled the 56-article Egypt story."""
    if article.title:
        return article.title
    leads = (s.text for s in article.sentences if s.text and (article.id, s.i) not in withheld)
    return cut(next(leads, article.text)) or article.id


def central_title_v1(articles: Sequence[Article], withheld: Withheld = frozenset()) -> str:
    """The headline of the member closest to the group's TF-IDF centroid (title + lead): its most typical report."""
    if len(articles) <= 2:
        return headline(articles[0], withheld)
    texts = [f"{a.title or ''} {' '.join(a.text.split()[:LEAD_WORDS])}" for a in articles]
    vectors = tfidf_matrix(texts)
    scores = vectors @ vectors.mean(axis=0)
    return headline(articles[int(np.argmax(scores))], withheld)


def speaks_as_writer(text: str) -> bool:
    """A first person outside quotation marks: the writer's or the page's voice ("we wondered about others …")."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", text)))


@dataclass(frozen=True, slots=True)
class OnStory:
    """What of a story is no on-story statement: ``withheld`` (its templates, questions and calls to the reader, and
    its off-story segments) and, of those, ``elsewhere`` (the off-story segments of its multi-story pages)."""

    withheld: frozenset[tuple[str, int]] = frozenset()
    elsewhere: frozenset[tuple[str, int]] = frozenset()


def news_lead(article: Article, templates: Withheld, story: OnStory, algorithm: str = ALGORITHM) -> str | None:
    """The article's lead sentence when it can title a story (see the module's step 3; v3 reads past its furniture
    and cuts a wire stamp from it), else None."""
    if article.title:
        return article.title
    v3 = algorithm != V2
    opening = [
        s
        for s in article.sentences
        if s.text and (article.id, s.i) not in templates and not (v3 and is_furniture(s.text))
    ][:OPENING]
    if not opening:
        return None
    lead, key = opening[0].text, (article.id, opening[0].i)
    # a headline line with no end mark is withheld from the brief's statements, but it titles well
    if key in story.elsewhere or (key in story.withheld and not is_unfinished(lead)):
        return None
    lead = cut_stamp(lead) if v3 else lead
    # a quotation may open a lead; a bracket opens an editor's note ("(ROUGH CUT ONLY - NO REPORTER NARRATION) …")
    first = lead.lstrip("\"“'‘")[:1]
    if len(lead.split()) < MIN_WORDS or not (first.isupper() or first.isdigit()):
        return None
    if PULL_QUOTE.match(lead) or (v3 and not is_headline_like(lead)):
        return None
    if any(is_question(s.text) or is_reader_address(s.text) for s in opening):
        return None
    # the opening read as one text: a quotation runs across sentences ("\"Huge relief -- Wael Ghonim has been
    # released." / "Our love to him and his family,\" the company tweeted …"), and its first person is the speaker's
    if speaks_as_writer(" ".join(s.text for s in opening)):
        return None
    return cut(lead)


def first_headline(article: Article, templates: Withheld = frozenset()) -> str | None:
    """v3's title of a small story's page: its title, else the first of its ``OPENING`` sentences (no template, no
    furniture) that is headline-like once a wire stamp is cut from it."""
    if article.title:
        return article.title
    opening = [s.text for s in article.sentences if s.text and (article.id, s.i) not in templates]
    for text in opening[:OPENING]:
        lead = cut_stamp(text)
        if not is_furniture(text) and is_headline_like(lead):
            return cut(lead)
    return None


def on_story(articles: Sequence[Article], templates: Withheld = frozenset()) -> OnStory:
    """``OnStory`` of a story's articles: computed once per story, its events reuse it."""
    stated = frozenset(templates) | nonstatements(articles)
    elsewhere = off_story(articles, stated)
    return OnStory(stated | elsewhere, elsewhere)


def central_title(
    articles: Sequence[Article],
    templates: Withheld = frozenset(),
    story: OnStory | None = None,
    algorithm: str = ALGORITHM,
) -> str:
    """``cluster.title.on-story.v2`` or ``v3`` (see the module's docstring). ``templates``: the outlets' template
    sentences; ``story``: ``on_story`` of the story these articles belong to (computed here when not given)."""
    if algorithm not in ON_STORY:
        raise ValueError(f"unknown on-story title algorithm {algorithm!r}; known: {', '.join(ON_STORY)}")
    title = _central_title(articles, templates, story, algorithm)
    if algorithm != V2 and _mostly_not_english(articles, templates):
        return NOT_ENGLISH + title
    return title


def _mostly_not_english(articles: Sequence[Article], templates: Withheld) -> bool:
    own = [" ".join(s.text for s in a.sentences if (a.id, s.i) not in templates) or a.text for a in articles]
    return 2 * sum(not_english(text) for text in own) > len(own)


def _central_title(articles: Sequence[Article], templates: Withheld, story: OnStory | None, algorithm: str) -> str:
    if len(articles) <= 2:
        if algorithm != V2:
            small = next((t for a in articles if (t := first_headline(a, templates))), None)
            if small:
                return small
        return central_title_v1(articles, templates)
    story = on_story(articles, templates) if story is None else story
    on = [[s.text for s in a.sentences if (a.id, s.i) not in story.withheld] for a in articles]
    texts = [
        f"{a.title or ''} {' '.join(' '.join(sentences).split()[:LEAD_WORDS])}"
        for a, sentences in zip(articles, on, strict=True)
    ]
    vectors = tfidf_matrix(texts)
    # the share of a page that is not another story's: a round-up that only touches the story scores low
    share = np.array(
        [1 - sum((a.id, s.i) in story.elsewhere for s in a.sentences) / max(1, len(a.sentences)) for a in articles]
    )
    scores = (vectors @ vectors.mean(axis=0)) * share
    leads = [(i, lead) for i, a in enumerate(articles) if (lead := news_lead(a, templates, story, algorithm))]
    if not leads:
        return central_title_v1(articles, templates)
    return min(leads, key=lambda il: (-scores[il[0]], il[0]))[1]
