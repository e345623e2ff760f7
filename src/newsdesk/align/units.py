"""The units of alignment: the sentences of a story (v1), or their clauses (v2), with the source each counts for.

A unit always points back to its sentence (``article``, ``sentence``), which is what a fact cites, and to its
character span in the article's clean text (``start``, ``end``), which is what its annotations are matched
against: a clause carries only the entities, figures and dates inside it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.model import Article

from .clauses import clause_spans

# A unit shorter than this is a dateline, caption or fragment, not a statement of fact.
MIN_WORDS = 5
_CLOSERS = " \"'”’)]"
# Which sentences a brief withholds as stating nothing: questions, (v1) calls to action addressed to the reader,
# and (v2) the rows of a table.
READER_ADDRESS_ALGORITHM = "align.reader_address.v2"


def is_question(text: str) -> bool:
    """A sentence asking (a Q&A box's "HOW MANY PEOPLE HAVE DIED?", a rhetorical lead) states no fact."""
    return text.rstrip(_CLOSERS).endswith("?")


# The object of an imperative aimed at the reader: the outlet ("Tell us …") or the reader's own ("Share your …").
_READER_OBJECTS = frozenset({"us", "your"})
# Closed-class words that open a sentence before "us"/"your" without being a verb ("For your safety", "Like us",
# "Has your school …"); "let" exhorts a speaker's audience ("Let us be clear"), not the page's reader.
_FUNCTION_WORDS = (
    "a about above across after against all along among an and any around as at before behind below beneath beside"
    " between beyond both but by despite down during each either every for from he her here how i if in inside into"
    " it let like many me more most much near neither no nor not of off on onto or out outside over past per she"
    " since so some such than thank thanks that the their there these they this those though through to toward"
    " towards under unlike until up upon via we what when where whether which while who whom whose why with within"
    " without yet you am is are was were be been being do does did have has had can could will would shall should"
    " may might must even only just also still"
)
_NOT_VERBS = frozenset(_FUNCTION_WORDS.split())
# Verbs whose only imperative use is the web page's own: "Click NEXT to continue.", "Subscribe to WIRED …" need no
# "us"/"your" to be addressed to the reader. Kept to verbs of using a page, so that no reported action matches.
_PAGE_VERBS = frozenset({"click", "double-click", "tap", "scroll", "subscribe", "upload", "download"})
_PAGE_PHRASES = (("sign", "up"), ("log", "in"))
_QUOTES = "\"“”‘’'"
# a quotation closing before its reporting clause: '… tell us your story,” he said.'
_QUOTE_END = re.compile(r"[,!?][\"'”’]\s")


def _imperative_to_reader(words: Sequence[str]) -> bool:
    """Whether a clause opening with ``words`` is an imperative aimed at the reader: a verb (capitalised, not a
    function word) whose object is "us"/"your", or a page verb ("click", "sign up")."""
    if not words:
        return False
    first = words[0].lower()
    if first == "please":
        return len(words) > 1
    if not words[0][1:].islower():  # "TAP reported …", "US": an acronym, not a verb
        return False
    if first in _PAGE_VERBS or tuple(w.lower() for w in words[:2]) in _PAGE_PHRASES:
        return True
    # a base form: not "Expressing your feelings was …", "Joined us …"; "US" is a country, "us" the outlet
    return (
        len(words) > 1
        and first.isalpha()
        and first not in _NOT_VERBS
        and not first.endswith(("ing", "ed"))
        and words[1].strip(",.:;!") in _READER_OBJECTS
    )


def is_reader_address(text: str) -> bool:
    """A call to action addressed to the reader about the page, its form or the outlet ("Tell us your experiences
    by filling in the form below.", "For more reports, click here.", "You can send us your views using the form
    below.") states no fact, like a question. Quoted words are a speaker's ("Stay at home," the minister said) and
    a reporting subject is no imperative ("Officials tell us …"), so neither is withheld."""
    text = text.strip().lstrip("([-–— ")
    if not text or text[0] in _QUOTES or text.rstrip(" )]")[-1:] in _QUOTES or _QUOTE_END.search(text):
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # part of a quotation that spans sentences: 'Tell us about the political situation!"'
    words = text.split()
    if _imperative_to_reader(words):
        return True
    opener = words[0].lower()
    if opener in ("for", "to") and "," in text:
        # "For more reports from BBC Monitoring, click here", "To read all of CNN's coverage in Arabic, click here."
        return _imperative_to_reader(text.split(",", 1)[1].split())
    bare = [w.lower().strip(",.:;!") for w in words]
    if opener == "for":
        # "For the latest from AC360 click here." (no comma): a page verb pointing at the page
        return any(a in _PAGE_VERBS and b == "here" for a, b in itertools.pairwise(bare))
    # what points at the page: a page verb, "below", or a link's "here" ending the sentence ("You can make a donation
    # to the DEC Haiti appeal here."; "You can see this young man being treated right here with …" is a report)
    page = {"below", *_PAGE_VERBS, *(["here"] if bare[-1] == "here" else [])}
    if words[0] == "You" and bare[1:2] in (["can"], ["may"]):
        # the reader as subject, told how to use the page: "You can send us your views using the form below."
        # ("You can see the crowd behind us" points at no page)
        return bool(page & set(bare))
    if bare[:2] == ["if", "you"]:
        # a condition on the reader, then the call: "If you know of a project, please let us know.", "If you have
        # a large file you can upload here." The call must follow the condition directly: in "If you are keeping
        # track …, the figures are these: …, 43 more cases … - please forgive me …" a statement comes first.
        for k in range(2, len(bare)):
            if bare[k] == "please" or (bare[k] == "you" and bare[k + 1 : k + 2] in (["can"], ["may"])):
                direct = not any(w[-1] in ",:;" or w in ("-", "--") for w in words[2 : k - 1])
                return direct and (bare[k] == "please" or bool(page & set(bare[k:])))
    return False


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence, or one clause of a sentence, that can state a fact, with the source it counts for.

    ``start``/``end`` are offsets into the article's clean text; ``None`` means the whole sentence."""

    article: str
    sentence: int
    text: str
    source: str
    start: int | None = None
    end: int | None = None

    def covers(self, start: int, end: int) -> bool:
        """Whether an annotation span [start, end) of this unit's sentence lies inside the unit."""
        if self.start is None or self.end is None:
            return True
        return start < self.end and end > self.start


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


def is_table_row(text: str) -> bool:
    """A row of a table as the HTML extraction writes it ("| 1 | Kyle Busch | 5040 | 5 |", "| Ticker | Security |
    Last |"): cells out of their table, no statement a summary or a fact list can show."""
    return text.lstrip().startswith("|") and text.count("|") >= 3


def states_nothing(text: str) -> bool:
    """A sentence that asks, addresses the reader or is a table's row: no section of a brief may choose it as a
    statement."""
    return is_question(text) or is_reader_address(text) or is_table_row(text)


def nonstatements(articles: Sequence[Article]) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of every sentence that ``states_nothing``: withheld, like an outlet's
    templates, from the brief's summary, facts and timeline."""
    return frozenset((a.id, s.i) for a in articles for s in a.sentences if states_nothing(s.text))


def story_units(articles: Sequence[Article], clauses: bool = False) -> list[Unit]:
    """Every sentence of at least ``MIN_WORDS`` words that states something (not a question, not a call to the
    reader); with ``clauses``, each of its clauses instead."""
    roots = independent_sources(articles)
    units = []
    for article in articles:
        for s in article.sentences:
            if len(s.text.split()) < MIN_WORDS or states_nothing(s.text):
                continue
            spans = clause_spans(s.text) if clauses else [(0, len(s.text))]
            for a, b in spans:
                text = s.text[a:b]
                if len(spans) == 1 or len(text.split()) >= MIN_WORDS:
                    units.append(Unit(article.id, s.i, text, roots[article.id], s.start + a, s.start + b))
    return units
