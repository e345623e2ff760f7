"""The typed records that flow between stages.

Records are frozen, slotted dataclasses: a stage never mutates what it was given, it returns a new record
(``dataclasses.replace``). Every annotation points to a character span of an article's clean ``text`` so a
citation can always be checked by code: ``article.text[span.start:span.end]``.

Flow: a reader yields ``RawDocument`` (or ``Rejection``) → clean makes an ``Article`` with ``Sentence``s →
extract adds ``Annotations`` → cluster groups articles into ``Story``/``Event`` → align and summarize fill
the ``Brief``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input record as a reader found it, before cleaning.

    Exactly one of ``text`` and ``html`` is set. ``path`` names where it came from (a file path, or
    ``file.jsonl:LINE`` for a record inside a file) so errors and citations can point back to it.
    """

    path: str
    text: str | None = None
    html: str | None = None
    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    author: str | None = None
    # When a crawler fetched the page (WARC-Date): the publication date of last resort, used only when
    # neither the record nor the page itself says when it was published.
    crawled: date | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be turned into an article, and why (shown to the user, stored per run)."""

    path: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's clean text: ``text == article.text[start:end]``."""

    i: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Removal:
    """Something cleaning took out of the text, named by the rule that took it (for audits and tests)."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the unit that is stored, deduplicated, clustered and cited.

    ``id`` is a content hash of the raw record, so ingesting the same input twice is a no-op.
    """

    id: str
    path: str
    text: str
    sentences: tuple[Sentence, ...]
    source: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    external_id: str | None = None
    duplicate_of: str | None = None
    removed: tuple[Removal, ...] = ()

    @property
    def label(self) -> str:
        """How a reader is shown this article's outlet: its source, else its file name."""
        if self.source:
            return self.source
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of one article's clean text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to the sentence that backs a statement."""

    article: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One named-entity mention: a span with its spaCy label.

    ``title`` is the office the text gives the person right there ("US Secretary of State Antony Blinken" →
    "Secretary of State"), so a story can learn that "the Secretary of State" means Blinken.
    """

    span: Span
    sentence: int
    text: str
    label: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity of a story: one name for all the ways outlets wrote it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...]
    mentions: int = 0
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class Reporter:
    """One of a story's press, who reports it rather than is in it: an anchor, host or correspondent the outlets'
    own transcripts label so, or an outlet that publishes the story. ``name`` is the story entity's name; ``role``
    the title as the label prints it ("CNN senior international correspondent"), or "outlet"; ``articles`` those
    that say so."""

    name: str
    role: str
    articles: tuple[str, ...]
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: content span, speaker (canonical where resolved) and cue verb.

    ``variants``: other renderings of the same words (other articles, or the same one); ``parts``: in a story's
    brief, the sentences of a quotation's later parts when its tag splits it in two (empty in extraction)."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    direct: bool = True
    variants: tuple[Citation, ...] = ()
    parts: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric claim: normalized value, unit or counted noun, qualifier and what it counts.

    ``variants``: in a story's brief, the other sentences that state the same claim (empty in extraction).
    ``high``: a range's high end ("between five and seven days"), whose ``value`` is its low end; None for a point.
    ``day``: in a story's brief, the day (ISO) the figure is about: one its sentence names, else the day it was
    reported (``brief.figure-variants.v5``, v6; None in extraction)."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None = None
    qualifier: str | None = None
    context: str | None = None
    variants: tuple[Citation, ...] = ()
    high: float | None = None
    day: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3-style time expression; ``value`` is None when it cannot be resolved without a guess."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    type: str
    value: str | None
    relation: str | None = None  # how a relative value was (or, undated, would be) anchored: "-1 D", "year -1"


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything extraction found in one article."""

    article: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    timexes: tuple[Timex, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: date | None
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement backed by one or more sentences, with the independent sources behind it."""

    text: str
    citations: tuple[Citation, ...]
    sources: tuple[str, ...]
    conflicts: tuple[dict, ...] = ()


@dataclass(frozen=True, slots=True)
class Caveat:
    """A claim its outlet says it could not verify (``align.caveats``): the sentence holding the outlet's note, and
    the sentence it qualifies (the note's own when the note is a clause of it; ``None`` when it is about no one
    sentence: "CNN could not confirm reports for many areas in Libya.")."""

    note: Citation
    claim: Citation | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles about one story, with everything the brief shows about it."""

    id: str
    title: str
    articles: tuple[str, ...]
    events: tuple[Event, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    facts: tuple[Fact, ...] = ()
    unique: tuple[tuple[str, tuple[int, ...]], ...] = ()
    press: tuple[Reporter, ...] = ()  # entities that report the story; the brief lists them apart from its people
    caveats: tuple[Caveat, ...] = ()  # what the outlets say they could not verify
    algorithms: dict[str, str] = field(default_factory=dict)
