"""Pages that are no news report: what ``cluster.input.news-only.v3`` and ``.v4`` keep out of the stories.

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

v4 adds, read on the story lists of Timeline17 dev SyrianCrisis_reuters, H1N1_bbc and EgyptianProtest_cnn (735
pages), the pages v3 left as stories, again by their shape alone:

- **a notice** (a quote page: "NYSE and AMEX quotes delayed by at least 20 minutes." / "NASDAQ delayed …" / "For a
  complete list of exchanges and delays, please click here."; a form: "Share your images and videos of the scene.";
  a quiz: "Click NEXT to continue.") or **a promo** that asks no question (a programme page: "Tune in week nights at
  2200 CET Connect the World takes viewers …", "Watch AC360 at 8 & 10 p.m. ET."): a short page (at most
  ``MAX_NOTICE_WORDS``) with a call to the reader (``clean.reader.is_reader_address``) in its first three sentences;
  a promo when the call opens the page;
- **a video page** (a wire's video script: "Amateur video shows aftermath of Syria shelling (1:37) Aug. 5 - …" /
  "Rough Cut (no reporter narration).", "(SOUNDBITE) (English) THOMAS MANN …", "PLEASE NOTE: REUTERS IS UNABLE TO
  INDEPENDENTLY VERIFY SOME OF THE CONTENT OF THIS VIDEO …"): a video's cue in its first three sentences — a running
  time in brackets, a sound bite, "no reporter narration", a notice in capitals naming the video. A report that
  links its outlet's clips lower down ("Gunfire and tanks in Syria (2:03) Apr 24 - …" as its ninth sentence) is news;
- **an index page of teasers** (CNN's "Another winter blast to hit East Coast: A quick-hitting Northeast snowstorm
  …" / "Dead councilwoman faced possible sanctions: A Nevada city councilwoman …"): at least ``MIN_TEASERS`` of its
  first six sentences a headline, a colon and its teaser (a column's pull quote, "Kenneth Pollack: With president's
  resignation, …", opens with three at most);
- **a dated list** (a blog index: "All posts on \"Fergus's Medical Files\" by Fergus Walsh More on vaccines - 16:10 UK
  time, Wednesday, 8 July 2009 Policy shift expected - 08:55 UK time, …"; a money page's "… MORE Feb 11, 2011 5:44 AM
  ET NOKIA IS …"): at least three dated clock times, one per ``MAX_WORDS_PER_STAMP`` words or more (a live page
  stamps its updates once per several hundred words), also an index page;
- **no text** but a date line ("ltima actualizaci n: jueves, 11 de junio de 2009 - 17:02 GMT"): under
  ``leads.MIN_LOWER`` words, no sentence mark, a clock time.

v5 (read on the story lists of Timeline17 dev LibyaWar_cnn, haiti_bbc and SyrianCrisis_bbc, 985 pages) reads two more
calls to the reader in a short page's opening:

- **a form's line** that points at the page with no "us"/"your" for ``clean.reader`` to see (an iReport form:
  "Select one of the options below."): a verb in its base form opening a sentence that ends on "below";
- **the outlet asking its reader** (a CNN page: "The latest news and information from around the world." / "We want
  to hear from you."): "We", a verb and "you", in a line of at most ``MAX_CALL_WORDS`` words.

A teaser line stays ``_TEASER``'s, not ``align.roundups.teaser_head`` (the brief's round-up teasers): read as one
definition, roundups' head of three words or more with a word in lower case changed no page of the v4 or v5 dev
folders but lost a CNN teaser page of EgyptianProtest_cnn whose heads are "Cops:", "Monday quarterbacking:" and
"Channing Tatum:" (docs/benchmarks/sessions-26.md, session 26).

Such a page stays stored and searchable; it makes and joins no story (``groups.group_stories`` places it apart,
labelled ``(<kind>) `` before its title), so it can neither pull two stories together nor title one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsdesk.align.units import is_question, is_reader_address
from newsdesk.clean.reader import FUNCTION_WORDS
from newsdesk.model import Article

from .leads import _QUOTED, _YOU, MIN_ENGLISH, MIN_LOWER, english_share, not_english
from .titles import speaks_as_writer

NOT_ENGLISH = "not in English"
INDEX = "index page"
PROMO = "promo"
NOTICE = "notice"
VIDEO = "video page"
NO_TEXT = "no text"
KINDS = (NOT_ENGLISH, INDEX, PROMO, NOTICE, VIDEO, NO_TEXT)
# the rules of ``cluster.input.news-only.v3``, of ``.v4`` (which adds the notices, video pages, teaser and dated
# index pages and the pages with no text) and of ``.v5`` (a form's line and the outlet's call to its reader)
V3, V4, V5 = 3, 4, 5

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
# A notice's or a video's cue sits in the first three sentences: the quote page's "please click here" is its third.
OPENING = 3
# A notice or a programme promo says what it offers in a few lines; on dev they run 69–545 words (a quote page, a
# form, three programme pages, a quiz), while the reports that carry a call in their opening are transcripts and
# commentaries of 946 words and more ("Download PDF maps related to today's show:", "Watch more about …").
MAX_NOTICE_WORDS = 700
# An index of teasers: this many of its first ``TEASER_LINES`` sentences are a headline, a colon and its teaser. The
# dev index pages open with 4–6, the dev reports with at most 3 (a column's highlights: "Kenneth Pollack: With
# president's resignation, …", "Pollack: If opposition can't …"; a blog's "Here's what she sang, with the error in
# bold: …").
MIN_TEASERS, TEASER_LINES = 4, 6
# A headline of two words or more (not a speaker's name in capitals, "MORGAN:"), a colon, then its teaser's capital.
_TEASER = re.compile(r"^([^.!?\"“”]{10,100}?):\s+[A-Z0-9\"“'‘]")
# A video's cue: its running time in brackets ("(1:37)"), a sound bite, a rough cut; a notice in capitals naming it.
_VIDEO_CUE = re.compile(r"\(\d{1,2}:\d{2}\)|\(SOUNDBITE\)|\bno reporter narration\b", re.IGNORECASE)
_CAPS_VIDEO = re.compile(r"^[^a-z]*\bVIDEO\b[^a-z]*$")
# A dated clock time: a clock with a year within 40 characters ("16:10 UK time, Wednesday, 8 July 2009", "Feb 11,
# 2011 5:44 AM ET"). A dated list stamps every item, an item being a headline and a teaser line: at most this many
# words per stamp. On dev only three pages hold three dated clock times: the blog index (25 words per stamp), the
# money page (42) and a podcast promo (90); a live page stamps its updates with no year.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
MIN_STAMPS, MAX_WORDS_PER_STAMP = 3, 50


# v5's calls (see the module's docstring). A form's line: a capitalised word that is no function word and bears no
# "-ing", "-ed" or "-s" (not "Temperatures fell below."), then at most six words in lower case, then "below". The
# outlet's call: "We", then one to five words in lower case, then "you" (or "your" and its noun) closing the line.
_POINTING = re.compile(r"^([A-Z][a-z]+) (?:[a-z]+ ){0,6}below[.!:]?$")
_INFLECTED = ("ing", "ed", "s")
_WE_YOU = re.compile(r"^We (?:[a-z]+ ){1,5}(?:you|your [a-z]+)[.!]$")
# "We want to hear from you." has six words; an outlet's line telling its reader what it did ("We should tell you
# that we have blurred almost all of the video …", a blog's introduction to a report) runs longer.
MAX_CALL_WORDS = 8


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


def _teaser(text: str) -> bool:
    head = _TEASER.match(text)
    return head is not None and len(head.group(1).split()) >= 2 and not head.group(1).isupper()


def _calls_reader(text: str, rules: int) -> bool:
    """A call to the reader: ``clean.reader``'s, and from v5 a form's line or the outlet's call (``_POINTING``,
    ``_WE_YOU``)."""
    if is_reader_address(text):
        return True
    if rules < V5 or _QUOTED.search(text):
        return False
    pointing = _POINTING.match(text)
    if pointing and pointing.group(1).lower() not in FUNCTION_WORDS and not pointing.group(1).endswith(_INFLECTED):
        return True
    return bool(_WE_YOU.match(text)) and len(text.split()) <= MAX_CALL_WORDS


def _dated_stamps(text: str) -> int:
    return sum(bool(_YEAR.search(text[max(0, m.start() - 40) : m.end() + 40])) for m in _CLOCK.finditer(text))


def _dated_list(text: str) -> bool:
    """At least ``MIN_STAMPS`` dated clock times, one per ``MAX_WORDS_PER_STAMP`` words or more."""
    stamps = _dated_stamps(text)
    return stamps >= MIN_STAMPS and len(text.split()) <= MAX_WORDS_PER_STAMP * stamps


def _shape_v4(own: Sequence[str], text: str, rules: int) -> str | None:
    """The kinds v4 adds (see the module's docstring), judged on the page's own sentences ``own``; ``rules`` from v5
    reads v5's calls."""
    opening = own[:OPENING]
    if len(text.split()) < MIN_LOWER and not _SENTENCE_MARK.search(text) and _CLOCK.search(text):
        return NO_TEXT
    if any(_VIDEO_CUE.search(t) or _CAPS_VIDEO.match(t) for t in opening):
        return VIDEO
    if sum(_teaser(t) for t in own[:TEASER_LINES]) >= MIN_TEASERS or _dated_list(text):
        return INDEX
    if len(text.split()) <= MAX_NOTICE_WORDS and any(_calls_reader(t, rules) for t in opening):
        return PROMO if _calls_reader(opening[0], rules) else NOTICE
    return None


def page_kind(article: Article, templates: Collection[tuple[str, int]] = frozenset(), rules: int = V5) -> str | None:
    """What the page is when it is no news report (one of ``KINDS``), else None; its outlet's ``templates`` aside.
    ``rules``: ``V3`` and ``V4`` reproduce ``cluster.input.news-only.v3`` and ``.v4``."""
    own = [s.text for s in article.sentences if s.text and (article.id, s.i) not in templates]
    text = " ".join(own) or article.text
    if _SENTENCE_MARK.search(text) and not_english(text):
        return NOT_ENGLISH
    if _index_page(own, text):
        return INDEX
    if _promo(own):
        return PROMO
    return _shape_v4(own or [s.text for s in article.sentences if s.text], text, rules) if rules >= V4 else None


def label(kind: str) -> str:
    """What a set-apart page's title starts with: "(index page) "."""
    return f"({kind}) "


def set_apart_kind(title: str) -> str | None:
    """The kind a story list's title is labelled with, else None: the CLI, API and web lists order by it."""
    return next((kind for kind in KINDS if title.startswith(label(kind))), None)
