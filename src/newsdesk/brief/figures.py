"""The brief's Figures list: each claim once, citing the sentences that the alignment says state it.

Outlets repeat a claim ("killing about 1,200 people", "about 1,200 people were killed"), and so do an outlet's
own pages (a background box repeated on every story). A figure is listed once per reading (value, qualifier,
unit and label), as before. Two tellings are one claim, listed once with both citations, when one aligned fact
cites both sentences, each sentence gives that value once, and they count the same thing: the same reading, a
word stem in common between unit and label, as ``align.conflicts`` compares figures ("people killed" /
"Palestinians killed"), or both are ordinals, which place the fact's own event in its series whatever word an
outlet uses for it ("ninth visit" / "ninth diplomatic mission"). The same reading outside one fact ("two weeks"
in "two weeks ago" and in "over the last two weeks"; "more than 100 — people" sick in a school and dead in
Mexico) is as likely two claims as one, so it cites only its first telling.

v2 lists the figures a reader needs first: those that more articles' sentences state, then those of facts that more
independent sources state, then in story order. A 60-article story has hundreds of figures and the text brief shows
25; in story order they were the first pages' chatter ("We're back in 60 seconds", "I lost 15 pounds").
v3 ranks by what a figure counts first (``figure_kinds``): by articles, v2 led with "30-year — rule" and "19-year-old
— student" while "at least 90 — people detained" sat eleventh. The story's counts lead: those the sources disagree
on (a figure conflict of an aligned fact), then those told more than once, tolls before people and money, then
those told once; then other quantities, then ages, durations and modifiers, then figures without a label, each
by the same order. A count told twice ("up to three million — people affected") is worth more than a toll told
once ("three — people killed"); a toll more than a crowd told as often; ties go to the figure of a fact told more
times, then to story order. Tellings are independent, a figure's as its fact's: the copies of one original
(``align.units.independent_sources``) and a sentence copied onto several pages (an outlet's factbox, a wire
paragraph; ``tellings``) are one telling each, so a box repeated on five pages counts once.
v4 reads a count as the day it was reported: the figures that count one thing (one class, one label that says what
happened: "1,124 — cases of infection reported", "1,085 — cases of infection reported"; ``_count``) are listed
together where the first of them ranks, the best-ranked ``SERIES`` of them, in the order of their reports'
publication dates (``reported``; undated last), so a toll reads as it was told, day by day. v3's order is
``story_figures(..., dated=False)``.
v5 dates a figure by the day it is about: a day its own sentence names ("on Monday", "yesterday", "on March 3"; the
story's time expressions, already resolved against publication dates by ``extract.timex``) when the sentence names one
no later than its publication, else the day it was reported as in v4 (``about``); a count's reports are listed in the
order of those days, and each figure carries its ``day`` for the views. v4's order is ``story_figures(...)`` without
``timexes``.
v6: a day that modifies a noun ("Tuesday's earthquake", "the 12 January earthquake") is that thing's day, not the
day of the sentence's other figures: "more than 100,000 people may have been killed by Tuesday's 7.0-magnitude
earthquake" is a toll of the day it was reported, its magnitude Tuesday's (v5 dated both Tuesday: 40 of the 57
wrong datings read on Timeline17 haiti_bbc). v5 is ``story_figures(..., day_modifiers=False)``.
v7 reads the noun phrase further and a count's clause as its own: a figure a few words into the phrase a day modifies
("Tuesday's huge magnitude 7.0 tremor", "Tuesday's earthquake, measuring 7.0") is that day's, also after "since" or
"after" ("have died since Tuesday's 7.0 magnitude earthquake": the toll's period starts then, the magnitude is the
quake's); and a count broken down by day ("at least 36 killed since Saturday: eight during Sunday's bombardment and 28
on Saturday") takes the day modifying a noun in its own clause when the day it would take otherwise is another
count's (v6 dated the eight by the 28's Saturday). v6 is ``story_figures(..., noun_phrases=False)``.
v8 reads a day after the event a count is put down to as v6 reads one before it (``post_modifiers``, from the
sentence's parse): "200,000 people may have died … as a result of the earthquake that struck last Tuesday" and "the
island which was devastated by a huge quake on 12 January" date the quake, not the toll, which is its report's (v7
dated the toll by the quake's day). v7 is ``story_figures(..., post_modifiers=False)``.
v9 lists one claim per incident (``incidents``): two tellings of one value that one aligned fact cites were one claim
whatever days they are about ("nearly 30 — people killed" cited killings of August 2011 and of January, June and August
2012: session 24's read of Timeline17 SyrianCrisis_bbc); tellings of two days' incidents are now two claims, each
dated by its own, unless their sentences are copies. v8 is ``story_figures(..., incidents=False)``.
v10 ties a telling to the day of the event its sentence names (``event_days``: "died in the 12 January earthquake",
"the quake on 12 January", "since 15 March"), whatever its page's date: v9 split the quake's toll retold weeks later.
A participle takes its clause's tense ("exploded …, killing 20") and a past perfect of a named day is that day's
incident. v9 is ``story_figures(..., event_days=False)``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.align.similarity import independent_sources, stems
from newsdesk.dedup.minhash import SHINGLE_WORDS
from newsdesk.extract.numbers import ORDINALS
from newsdesk.extract.units import TIME_UNITS
from newsdesk.model import Article, Citation, Fact, Figure, Sentence, Timex
from newsdesk.timeline.dates import day_of

from . import post_modifiers as post
from .event_days import event_dater, modifies_a_noun
from .figure_kinds import Kind, kind
from .incidents import Incidents

ALGORITHM = "brief.figure-variants.v10"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Two sentences that share this many words in a row are one text copied, not two tellings: twice the word shingle by
# which ``dedup.minhash`` finds copied articles (Broder 1997). Two reporters writing one fact share a name and a
# number ("at least 27 people were wounded"), rarely ten words in a row, unless one copies the other or both quote
# one statement; a reprinted box shares all of its words, a revised one most ("with young adults particularly
# badly affected 1957: Asian flu killed two million people"), whatever page text the splitter glued to it.
COPIED_RUN = 2 * SHINGLE_WORDS
# v4: how many reports of one count are listed together, in date order: its first, a later and the latest of the
# best-ranked, as the text brief shows a speaker's first QUOTES_PER_SPEAKER (3) quotes and an article's first three
# sentences of its own (``alignment_view``).
SERIES = 3
# v5: a day a period starts or ends on is not the day a count is of ("since March 3", "since the last report on 12
# June", "until at least Thursday", "from Monday"); looked for in the clause before the day, up to _BEFORE characters.
_BEFORE = 60
_PERIOD_WORD = re.compile(r"(?:\b(?:since|until|till|before|after)\b[^,;:.]*|\bfrom\s+(?:the\s+)?)$", re.IGNORECASE)
# "up from nearly 9,000 on Friday", "rose to 260 - up from 26 on Wednesday": the day of the number a change starts
# from, not of the sentence's other figures.
_CLAUSE = re.compile(r"[,;:]|\band\b")
# A day heading a chronology entry ("6 Jan: Car bomb …", "10 Feb 2012 - 28 people killed …"; as
# ``extract.timex.calendar_rules.ENTRY_HEAD``, whatever letter the entry starts with).
_HEAD = re.compile(r"\s*(?:-{1,2}|–|—|:)\s")
# v6: a day modifying a noun: a possessive ("Tuesday's earthquake") or a date between "the" and a content word in
# lower case ("the 12 January earthquake"; not "the last Sunday in January"); it dates a figure only inside that
# noun phrase: right after the day ("Tuesday's 7.0-magnitude earthquake") or its complement ("Thursday's high of
# $119.79", "Friday's last trade at $982").
_MODIFIED_GAP = 4
_COMPLEMENT = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,3}\s+(?:of|at)\s+")
# v7: a figure further into the noun phrase: up to three words of the phrase between ("Tuesday's huge magnitude 7.0
# tremor"; none a function word, nor a verb's "-ed" or "-s": "Tuesday's attack killed 20" is no phrase of the attack),
# or a participle that measures the noun ("Tuesday's earthquake, measuring 7.0").
_WITHIN = re.compile(r"(?:['’]s)?((?:\s+[a-z][\w-]*){1,3})\s+")
_MEASURING = re.compile(r"(?:['’]s)?\s+[a-z][\w-]*,?\s+(?:measuring|registering)\s+")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b", re.I)
_FROM_NUMBER = re.compile(r"\bfrom\s+(?:\w+\s+)?[\d][\d,.]*\s+(?:on\s+|at\s+)?$", re.IGNORECASE)


def _ordinal(figure: Figure) -> bool:
    return figure.text.lower() in ORDINALS or bool(_ORDINAL.fullmatch(figure.text))


def _same_thing(a: Figure, b: Figure) -> bool:
    if (a.unit, a.context) == (b.unit, b.context) or (_ordinal(a) and _ordinal(b)):
        return True
    words = [set(stems(" ".join(x for x in (f.unit, f.context) if x))) for f in (a, b)]
    return bool(words[0] & words[1])


def _runs(text: str) -> set[str]:
    """The sentence's runs of ``COPIED_RUN`` words (the whole sentence when shorter)."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + COPIED_RUN]) for i in range(max(1, len(words) - COPIED_RUN + 1))}


def tellings(citations: Iterable[Citation], articles: Sequence[Article] = ()) -> int:
    """How many independent tellings cite a claim: citations of copies of one original
    (``align.units.independent_sources``), or of sentences that share a run of ``COPIED_RUN`` words (an outlet's
    factbox reprinted, or revised, on several pages; a wire paragraph), are one telling. Without the articles,
    each article is one."""
    return telling_counter(articles)(citations)


def telling_counter(articles: Sequence[Article]) -> Callable[[Iterable[Citation]], int]:
    """``tellings`` over one story's articles, their copies found once for every claim counted."""
    roots = independent_sources(articles)
    texts = {a.id: a.sentences for a in articles}
    return lambda citations: _tellings(citations, roots, texts)


def _tellings(citations: Iterable[Citation], roots: Mapping[str, str], texts: Mapping[str, Sequence[Sentence]]) -> int:
    cited = list(dict.fromkeys(citations))
    runs = [
        _runs(texts[c.article][c.sentence].text) if c.sentence < len(texts.get(c.article, ())) else None for c in cited
    ]
    group = list(range(len(cited)))

    def find(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i, a in enumerate(cited):
        for j in range(i):
            b, sa, sb = cited[j], runs[i], runs[j]
            same_source = roots.get(a.article, a.article) == roots.get(b.article, b.article)
            if same_source or (sa is not None and sb is not None and bool(sa & sb)):
                group[find(i)] = find(j)
    return len({find(i) for i in range(len(cited))})


def _disputed(facts: Sequence[Fact]) -> set[tuple[str, int, str]]:
    """(article, sentence, figure text) of each side of a figure conflict: what the story's sources disagree on."""
    return {
        (c.article, c.sentence, side["value"])
        for fact in facts
        for conflict in fact.conflicts
        if conflict.get("kind") == "conflict" and conflict.get("field") == "figure"
        for side in conflict["sides"]
        for c in side["citations"]
    }


def reported(citations: Iterable[Citation], published: Mapping[str, date | None]) -> date | None:
    """The day a figure was reported: the earliest publication date of the articles citing it (None: none dated)."""
    days = [day for c in citations if (day := published.get(c.article)) is not None]
    return min(days) if days else None


def _named_days(timexes: Iterable[Timex], published: date | None) -> list[tuple[date, Timex]]:
    """The days a sentence's time expressions name (DATE, one calendar day, none after its article was published: a
    count is of a day that has come), with the mention naming each."""
    named = [(day_of(t.value) if t.type == "DATE" else None, t) for t in timexes]
    return [(day, t) for day, t in named if day is not None and (published is None or day <= published)]


def _in_clause(figure: Figure, named: Sequence[tuple[date, Timex]], text: str) -> list[tuple[int, date]]:
    """The days named after ``figure`` in its clause (no comma, colon or "and" between; not a chronology entry's
    heading, "6 Jan: …", which is the next entry's day), with where each starts."""
    return [
        (t.start, day)
        for day, t in named
        if t.start >= figure.end and not _CLAUSE.search(text, figure.end, t.start) and not _HEAD.match(text, t.end)
    ]


def _nearest_mention(figure: Figure, named: Sequence[tuple[date, Timex]]) -> tuple[date, Timex]:
    return min(named, key=lambda n: (max(n[1].start - figure.end, figure.start - n[1].end), n[0]))


def _nearest(figure: Figure, named: Sequence[tuple[date, Timex]], text: str) -> date:
    """The day of ``figure`` among its sentence's: the first named after it in its clause, as English puts a count's
    day ("at least 37 people on Tuesday"), else the nearest either side."""
    after = _in_clause(figure, named, text)
    return min(after)[1] if after else _nearest_mention(figure, named)[0]


def _own_modifier(
    figure: Figure, named: Sequence[tuple[date, Timex]], modifiers: Sequence[tuple[date, Timex]], text: str
) -> date | None:
    """v7: in a count broken down by day ("eight during Sunday's bombardment and 28 on Saturday"), the day that
    modifies a noun in the figure's own clause, after it, when its clause names no other day and the nearest day is
    another count's (a number before it in its clause: "28 on Saturday"); else None. A toll beside the day of the
    event it follows ("200,000 died in last Tuesday's earthquake, officials said on Monday") keeps v6's day."""
    own = _in_clause(figure, modifiers, text)
    if not own or _in_clause(figure, named, text):
        return None
    other = _nearest_mention(figure, named)[1]
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, other.start)), default=0)
    return min(own)[1] if _NUMBER.search(text, max(clause, figure.end), other.start) else None


def about(
    figure: Figure | Citation,
    timexes: Mapping[tuple[str, int], Sequence[Timex]],
    published: Mapping[str, date | None],
    text: Mapping[str, str] | None = None,
    day_modifiers: bool = True,
    noun_phrases: bool = True,
    sentences: Mapping[str, Sequence[Sentence]] | None = None,
) -> date | None:
    """The day a figure (or a citation of it) is about (v5): the day its sentence names, the one of the figure's
    clause when it names several (``_nearest``; a citation, without a place in the sentence, only when it names one);
    else the day its article was published. A day a period starts or ends on ("since March 3", "until Friday") is not
    the day a count is of, nor is the day of the number a change starts from ("up from nearly 9,000 on Friday") the day
    of any other figure; nor (v6, ``day_modifiers``) is a day that modifies a noun the day of a figure outside that
    noun phrase (``modifies_a_noun``); v7 (``noun_phrases``) reads that phrase further, and a count broken down by
    day (``_own_modifier``); v8 (given the articles' ``sentences``) a day after the event a count is put down to
    (``post_modifiers``). ``text``: the articles' texts, to read the words around a day."""
    day = published.get(figure.article)
    article = text.get(figure.article, "") if text else ""
    mentions, modifiers = [], []
    for timex in timexes.get((figure.article, figure.sentence), ()):
        modifies = day_modifiers and modifies_a_noun(article, timex)
        inside = modifies and _inside(figure, timex, article, noun_phrases)
        phrase = (
            post.noun_phrase(article, sentences.get(figure.article, ()), timex) if sentences and not modifies else None
        )
        if phrase is not None and isinstance(figure, Figure) and phrase[0] >= figure.end:
            modifies = True  # v8: "200,000 … died in the disaster, which struck last Tuesday": the disaster's day
        if inside and noun_phrases:
            mentions.append(timex)  # v7: "since Tuesday's 7.0 magnitude earthquake" is the quake's, and its magnitude's
            continue
        before = article[max(0, timex.start - _BEFORE) : timex.start]
        if _PERIOD_WORD.search(before):
            continue
        start = _FROM_NUMBER.search(before)
        opening = timex.start - len(before) + start.start() if start else 0
        if start and not (isinstance(figure, Figure) and opening <= figure.start < figure.end <= timex.start):
            continue  # the day of the number a change starts from, and of it only
        if modifies and not inside:
            modifiers.append(timex)
            continue  # "killed by Tuesday's 7.0-magnitude earthquake": the quake's day, and its magnitude's only
        mentions.append(timex)
    named = _named_days(mentions, day)
    if isinstance(figure, Figure) and named:
        own = _own_modifier(figure, named, _named_days(modifiers, day), article) if noun_phrases else None
        return own or _nearest(figure, named, article)
    days = {d for d, _ in named}
    return days.pop() if len(days) == 1 else day


def _inside(figure: Figure | Citation, timex: Timex, text: str, further: bool = True) -> bool:
    """A figure in the noun phrase a day modifies: right after the day ("Tuesday's 7.0-magnitude earthquake") or as
    its noun's complement ("Thursday's high of $119.79"); v7 (``further``) a few words in ("Tuesday's huge magnitude
    7.0 tremor") or measuring the noun ("Tuesday's earthquake, measuring 7.0")."""
    if not isinstance(figure, Figure) or figure.start < timex.end:
        return False
    gap = figure.start - timex.end
    if gap <= _MODIFIED_GAP or _COMPLEMENT.fullmatch(text, timex.end, figure.start):
        return True
    if not further:
        return False
    if _MEASURING.fullmatch(text, timex.end, figure.start):
        return True
    within = _WITHIN.fullmatch(text, timex.end, figure.start)
    words = within[1].split() if within else []
    return bool(words) and all(w not in ENGLISH_STOP_WORDS and not w.endswith(("ed", "s")) for w in words)


def _count(figure: Figure) -> object:
    """What a figure counts, for v4's grouping: its class and its label's stems, when the label says what happened to
    the counted thing (an outcome, "deaths"; or more than a noun, "cases of infection reported"); else None: a bare
    noun ("13 — children", "75 — children") may count children sick, vaccinated or at school."""
    words = frozenset(stems(figure.context or ""))
    rank = kind(figure)
    return (rank, words) if words and (rank == Kind.OUTCOME or len(words) > 1) else None


def _dated(ranked: Sequence[Figure], articles: Sequence[Article]) -> list[Figure]:
    """``ranked`` with the figures of one count (``_count``) together where the first of them ranks, in the order
    they were reported (v4), or of the days they are about (v5: a figure's ``day``): the best-ranked ``SERIES`` of
    each, so one count's every report does not crowd out the story's other counts; the rest keep their own places."""
    published = {a.id: a.published for a in articles}
    series: dict[object, list[int]] = {}
    for index, figure in enumerate(ranked):
        key = _count(figure)
        if key is not None and len(series.setdefault(key, [])) < SERIES:
            series[key].append(index)

    def when(index: int) -> tuple[bool, date, int]:
        figure = ranked[index]
        day = (
            date.fromisoformat(figure.day)
            if figure.day is not None
            else reported((Citation(figure.article, figure.sentence), *figure.variants), published)
        )
        return day is None, day or date.min, index

    first = {members[0]: sorted(members, key=when) for members in series.values()}
    pulled = {index for members in series.values() for index in members}
    order = [j for i in range(len(ranked)) for j in first.get(i, [] if i in pulled else [i])]
    return [ranked[i] for i in order]


def _dater(
    articles: Sequence[Article],
    timexes: Mapping[str, Sequence[Timex]],
    day_modifiers: bool = True,
    noun_phrases: bool = True,
    post_modifiers: bool = True,
) -> Callable[[Figure | Citation, Figure], date | None]:
    """``about`` over one story's articles and time expressions: the day a telling (the figure or a citation of it) of
    a figure is about, its sentences' days gathered once for every figure dated."""
    published = {a.id: a.published for a in articles}
    text = {a.id: a.text for a in articles}
    sentences = {a.id: a.sentences for a in articles} if post_modifiers else None
    by_sentence: dict[tuple[str, int], list[Timex]] = {}
    for article, found in timexes.items():
        for timex in found:
            by_sentence.setdefault((article, timex.sentence), []).append(timex)

    def day(cited: Figure | Citation, figure: Figure) -> date | None:
        # a duration ("five days later") is dated by its report: the day named beside it is when it began or ended
        named = by_sentence if figure.unit not in TIME_UNITS else {}
        return about(cited, named, published, text, day_modifiers, noun_phrases, sentences)

    return day


def _days(
    figures: Sequence[Figure],
    articles: Sequence[Article],
    timexes: Mapping[str, Sequence[Timex]],
    day_modifiers: bool = True,
    noun_phrases: bool = True,
    post_modifiers: bool = True,
) -> list[Figure]:
    """Each figure with the ``day`` it is about (v5, v6 with ``day_modifiers``, v7 with ``noun_phrases``, v8 with
    ``post_modifiers``): the earliest of its tellings' days (``about``)."""
    day = _dater(articles, timexes, day_modifiers, noun_phrases, post_modifiers)
    dated = []
    for figure in figures:
        cited: tuple[Figure | Citation, ...] = (figure, *figure.variants)
        known = [d for c in cited if (d := day(c, figure)) is not None]
        dated.append(dataclasses.replace(figure, day=min(known).isoformat()) if known else figure)
    return dated


def _incidents(
    articles: Sequence[Article],
    timexes: Mapping[str, Sequence[Timex]] | None,
    day_modifiers: bool,
    noun_phrases: bool,
    post_modifiers: bool,
    event_days: bool = True,
) -> Incidents | None:
    """v9's claims by incident, when the figures are dated (``timexes``); None (v8: one claim whatever the days). v10
    (``event_days``) reads the day of the event a telling's sentence names."""
    if timexes is None:
        return None
    events = event_dater(articles, timexes) if event_days else None
    return Incidents(articles, _dater(articles, timexes, day_modifiers, noun_phrases, post_modifiers), _runs, events)


def story_figures(
    figures: Iterable[Figure],
    facts: Iterable[Fact] = (),
    articles: Sequence[Article] = (),
    dated: bool = True,
    timexes: Mapping[str, Sequence[Timex]] | None = None,
    day_modifiers: bool = True,
    noun_phrases: bool = True,
    post_modifiers: bool = True,
    incidents: bool = True,
    event_days: bool = True,
) -> tuple[Figure, ...]:
    """The figures a story's brief lists: resolved values that say what they count, each claim once (see the
    module docstring), the story's counts first, each count's figures in the order they were reported (``dated``,
    v4), or, given the story's ``timexes`` (by article id), of the days they are about (v5; v6 with ``day_modifiers``;
    v7 with ``noun_phrases``; v8 with ``post_modifiers``; v9 with ``incidents`` too, the default: tellings of one fact
    about two days' incidents are two claims unless their sentences are copies; v10 with ``event_days`` too: tellings
    that name the day of one event are one incident). The first telling is kept; ``variants``
    cites the others.
    ``articles``: the story's articles, which tell copies and repeated wordings apart (see ``tellings``) and date
    the figures."""
    shown = [f for f in figures if f.value is not None and (f.context or f.unit)]
    once = Counter((f.article, f.sentence, f.value) for f in shown)
    fact_of: dict[tuple[str, int], int] = {}
    fact_list = list(facts)
    for index, fact in enumerate(fact_list):
        for c in fact.citations:
            fact_of.setdefault((c.article, c.sentence), index)
    apart = (
        _incidents(articles, timexes, day_modifiers, noun_phrases, post_modifiers, event_days) if incidents else None
    )
    same_words: dict[tuple[object, ...], list[int]] = {}
    in_fact: dict[tuple[object, ...], list[int]] = {}
    kept: list[Figure] = []
    for figure in shown:
        words = (figure.value, figure.high, figure.unit, figure.qualifier, figure.context)
        where = fact_of.get((figure.article, figure.sentence))
        alone = once[(figure.article, figure.sentence, figure.value)] == 1
        fact_key = (figure.value, where) if where is not None and alone else None
        together = [j for j in same_words.get(words, []) if apart is None or apart.together(j, figure)]
        k = together[0] if together else None
        aligned = [
            j
            for j in (in_fact.get(fact_key, []) if fact_key else [])
            if _same_thing(kept[j], figure) and (apart is None or apart.together(j, figure))
        ]
        cites = True
        if aligned and (k is None or k in aligned):
            k = aligned[0] if k is None else k
            cite = Citation(figure.article, figure.sentence)
            if cite != Citation(kept[k].article, kept[k].sentence) and cite not in kept[k].variants:
                kept[k] = dataclasses.replace(kept[k], variants=(*kept[k].variants, cite))
        elif k is None and (fact_key is not None or words not in same_words):
            # v9: a telling of one fact about another incident than its claims' is a claim of its own; the
            # same reading outside one fact cites only its first telling, as in v8
            k = len(kept)
            kept.append(figure)
        else:
            cites = False  # the same reading outside the fact: its first telling is cited
        if k is None:
            continue
        if apart is not None and cites:
            apart.add(k, figure)
        if k not in same_words.setdefault(words, []):
            same_words[words].append(k)
        if fact_key is not None and k not in in_fact.setdefault(fact_key, []):
            in_fact[fact_key].append(k)

    disputed = _disputed(fact_list)
    fact_told: dict[int, int] = {}  # a fact's independent tellings: its sources, a box reprinted on pages counted once
    count_tellings = telling_counter(articles)

    def weight(item: tuple[int, Figure]) -> tuple[int, int, int, int, int, int, int]:
        index, figure = item
        cited = (Citation(figure.article, figure.sentence), *figure.variants)
        contested = any((c.article, c.sentence, figure.text) in disputed for c in cited)
        told = count_tellings(cited)
        where = fact_of.get((figure.article, figure.sentence))
        if where is not None and where not in fact_told:
            fact_told[where] = count_tellings(fact_list[where].citations)
        sources = fact_told[where] if where is not None else 1
        rank = kind(figure)
        lead = 0 if rank <= Kind.PEOPLE_OR_MONEY else int(rank)  # the story's counts: tolls, people and money
        return lead, -contested, -(told > 1), rank, -told, -sources, index

    ranked = [figure for _, figure in sorted(enumerate(kept), key=weight)]
    if timexes is not None:
        ranked = _days(ranked, articles, timexes, day_modifiers, noun_phrases, post_modifiers)
    return tuple(_dated(ranked, articles) if dated else ranked)
