"""Pages that are no news report: what ``cluster.input.news-only.v3`` keeps out of the stories.

Read on the story lists of Timeline17 dev H1N1_bbc, H1N1_guardian and LibyaWar_reuters (572 pages), the pages an
editor would not call a report of any story are, by kind, told apart by the page itself (never by its site):

- **not in English** (six BBC Vietnamese pages, garbled to ASCII, were a story of their own): ``leads.not_english``,
  judged only on running text, with a sentence mark: a keyword record (GoogleNews's lower-cased, stop-word-stripped
  title and snippet) has no function word in any language, and no full stop;
- **an index page** (Guardian section pages: teaser lines glued into one "sentence" of 40 to 110 words, "Space
  shuttle Atlantis launches on a mission to service the Hubble space telescope Transport for London will start
  trials …"): English words (``leads.english_share`` at least ``leads.MIN_ENGLISH``), yet neither of its first two
  sentences is running prose and at most ``MAX_PROSE`` of its words are. A
  report opens with a lead (a headline or a caption may come first); a wire round-up's items ("Forces loyal to
  Muammar Gaddafi fired a Scud missile … on Sunday. *") are prose, its list marks aside;
- **a promo** (Radio 4 programme pages: "The new flat-rate State Pension - how will you be affected?" / "Paul Lewis
  takes your calls."; a podcast page: "Copy the URL and paste into your emails …"): of its first two sentences one
  asks the reader a question and the other addresses the reader (an explainer opens with two questions: "Swine flu:
  How serious a threat?"; an analysis may tell its reader's story in the second person: "Suppose you are an
  opposition activist in Syria." / "You live in Hama or Homs …"), neither in the writer's first person (a column:
  "But if, like me, you find them useful").

Such a page stays stored and searchable; it makes and joins no story (``groups.group_stories`` places it apart,
labelled ``(<kind>) `` before its title), so it can neither pull two stories together nor title one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsdesk.align.units import is_question, is_reader_address
from newsdesk.model import Article

from .leads import _QUOTED, _YOU, MIN_ENGLISH, english_share, not_english
from .titles import speaks_as_writer

NOT_ENGLISH = "not in English"
INDEX = "index page"
PROMO = "promo"
KINDS = (NOT_ENGLISH, INDEX, PROMO)

# Running prose: a statement of 6 to 60 words that ends with a full stop or an exclamation (a list mark after it
# aside). A glued teaser run has no end mark or runs past 60 words; a caption or a crosshead has none.
PROSE_WORDS = (6, 60)
_END = re.compile(r"[.!][\"”'’)\]]*(?:\s*[-*•—–]{1,2})?$")
# An index page: at most this share of its words in running prose. The five Guardian index pages of the dev set
# have 0.00–0.31; wire market reports whose tables glue into long lines 0.32–0.38 open with a prose lead (so the
# opening test keeps them), the reports of the dev set otherwise 0.5 and over.
MAX_PROSE = 0.35
_SENTENCE_MARK = re.compile(r"[.!?]")
# fewer words than this say too little to judge (a one-line caption, a GoogleNews title and snippet)
MIN_WORDS = 40
# the lead sits in a report's first two sentences: a headline or a caption may come before it
LEAD = 2


def is_prose(text: str) -> bool:
    """A statement of running prose (see ``PROSE_WORDS``)."""
    words = len(text.split())
    return PROSE_WORDS[0] <= words <= PROSE_WORDS[1] and bool(_END.search(text.rstrip())) and not is_question(text)


def _addresses_reader(text: str) -> bool:
    return is_question(text) or is_reader_address(text) or bool(_YOU.search(_QUOTED.sub(" ", text)))


def _index_page(own: Sequence[str], text: str) -> bool:
    """English words (``leads.english_share``) in no running prose: none in its lead, little anywhere."""
    words = sum(len(t.split()) for t in own)
    english = english_share(text)
    if words < MIN_WORDS or english is None or english < MIN_ENGLISH or any(is_prose(t) for t in own[:LEAD]):
        return False
    return sum(len(t.split()) for t in own if is_prose(t)) <= MAX_PROSE * words


def _promo(own: Sequence[str]) -> bool:
    """Of its first two sentences one asks a question and the other addresses the reader; neither in the writer's
    voice."""
    opening = own[:LEAD]
    return (
        len(opening) == LEAD
        and all(_addresses_reader(t) for t in opening)
        and sum(is_question(t) for t in opening) == 1
        and not any(speaks_as_writer(t) for t in opening)
    )


def page_kind(article: Article, templates: Collection[tuple[str, int]] = frozenset()) -> str | None:
    """What the page is when it is no news report (one of ``KINDS``), else None; its outlet's ``templates`` aside."""
    own = [s.text for s in article.sentences if s.text and (article.id, s.i) not in templates]
    text = " ".join(own) or article.text
    if _SENTENCE_MARK.search(text) and not_english(text):
        return NOT_ENGLISH
    if _index_page(own, text):
        return INDEX
    if _promo(own):
        return PROMO
    return None


def label(kind: str) -> str:
    """What a set-apart page's title starts with: "(index page) "."""
    return f"({kind}) "


def set_apart_kind(title: str) -> str | None:
    """The kind a story list's title is labelled with, else None: the CLI, API and web lists order by it."""
    return next((kind for kind in KINDS if title.startswith(label(kind))), None)
