"""Build a story's timeline: rank its days, then describe each with the sentences most central to that day.

DATEWISE (Ghalandari & Ifrim, ACL 2020, "Examining the State-of-the-Art in News Timeline Summarization"):
days are ranked first (``dates.rank_days``), then each day gets a summary from its own candidate pool:
the sentences that name the day, and the lead sentences (first ``LEAD_SENTENCES``) without a date of the
articles published on it or the day after (news reports yesterday's events without always naming the day).
The pool's TF-IDF centroid (IDF over the whole story, as DATEWISE fits its vectorizer on the collection)
and the whole story's centroid rank the pool (DATEWISE keeps only sentences with a topic keyword; the story
centroid plays that part without a keyword list). Days are filled in rank order, so a sentence already used
by a more important day (or a near-repeat of one, ``REPEAT``) is not reused; a day left with no usable
sentence is skipped and the next-ranked day takes its place.

A day's line is read away from its article, so a sentence that leans on the one before it ("“There is nothing
serious here,” he said.", "He said he has been surviving on …") describes its day only when the day's pool has no
sentence that stands on its own (v6). A chronology entry's line drops the day heading it ("February 24 - Rebels
take …"), which the timeline prints already (v7).

A near-duplicate copy adds no source, but a re-filed story's new sentences are news: they are read as an
original's are, and the sentences its group printed before are not (``dedup.updates``, v8; v7 read no copy).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import numpy as np
from scipy import sparse

from newsdesk.clean.metadata import AGENCIES
from newsdesk.dedup.updates import added_by_copies
from newsdesk.extract.timex.calendar_rules import ENTRY_HEAD
from newsdesk.model import Article, Citation, TimelineEntry, Timex
from newsdesk.summarize.references import leans_back_in_words
from newsdesk.text.vectors import tfidf_sparse

from .dates import day_mentions, day_of, rank_days

TIMELINE_ALGORITHM = "timeline.datewise-recall.v8"
LEAD_SENTENCES = 5  # DATEWISE's clip_sents: the first 5 sentences of an article may describe its day
REPEAT = 0.5  # TF-IDF cosine above which a sentence repeats one already in the timeline
MIN_WORDS, MAX_WORDS = 5, 40  # a timeline line is a short sentence, not a fragment or a paragraph
# A sentence's score is its cosine to its day's pool centroid plus STORY_WEIGHT x its cosine to the whole
# story's centroid: wire pages carry off-story items (markets, sport) whose sentences may name the day too.
# Swept on Timeline17 dev (docs/benchmarks.md): AR-1/AR-2 0.097/0.042 at 0, 0.107/0.044 at 1, 0.108/0.040 at 2.
STORY_WEIGHT = 1.0

Key = tuple[str, int]  # (article id, sentence index)

# A wire dateline opening a lead ("BEIRUT | Wed Apr 27, 2011 10:19 am EDT BEIRUT (Reuters) - "): where and
# when it was filed, not what happened; the timeline line quotes the cited sentence without it.
# Cleaning takes datelines out of new articles (``clean.metadata.split_dateline``); this keeps them out of
# the timeline of articles stored before it did.
DATELINE = re.compile(rf"^[^()]{{0,120}}?\((?:{AGENCIES})\)\s*(?:-{{1,2}}|—|–)\s+")


# A dash left dangling after the sentence's end mark (Reuters chronologies: "Rebels enter Tripoli. --").
TRAILING_DASH = re.compile(r"(?<=[.!?\"”])\s+(?:-{1,2}|–|—)$")


def timeline_line(sentence: str) -> str:
    """The sentence as a timeline line: without a leading wire dateline or a dangling dash."""
    return TRAILING_DASH.sub("", DATELINE.sub("", sentence, count=1))


def entry_line(line: str, day: date, timexes: Sequence[Timex]) -> str:
    """``line`` without the heading that names ``day`` ("February 24 - …", "10 June: …"), one of the sentence's
    ``timexes``: the timeline prints the day before the line already."""
    for timex in timexes:
        if day_of(timex.value) == day and line.startswith(timex.text):
            head = ENTRY_HEAD.match(line, len(timex.text))
            if head:
                return line[head.end() :]
    return line


def build_timeline(
    articles: Sequence[Article],
    timexes: Mapping[str, Sequence[Timex]],
    max_dates: int = 10,
    per_date: int = 1,
) -> tuple[TimelineEntry, ...]:
    """Up to ``max_dates`` entries in date order, each with ``per_date`` sentences and their citations."""
    by_id = {a.id: a for a in added_by_copies(articles)}
    stories = list(by_id.values())
    mentions = day_mentions(stories, timexes)
    ranked = [day for day, _ in rank_days(stories, mentions)]
    if not ranked:
        return ()
    naming: defaultdict[date, list[Key]] = defaultdict(list)
    dated: set[Key] = set()
    for mention in mentions:
        key = (mention.article, mention.sentence)
        dated.add(key)
        if key not in naming[mention.day]:
            naming[mention.day].append(key)
    leads: defaultdict[date, list[Key]] = defaultdict(list)
    for article in stories:
        if article.published is None:
            continue
        for s in article.sentences[:LEAD_SENTENCES]:
            if (article.id, s.i) not in dated:
                for day in (article.published, article.published - timedelta(days=1)):
                    leads[day].append((article.id, s.i))
    keys = [(a.id, s.i) for a in stories for s in a.sentences if MIN_WORDS <= len(s.text.split()) <= MAX_WORDS]
    if not keys:  # dated days, but no sentence short enough to be a timeline line (e.g. one long-sentence page)
        return ()
    row = {key: n for n, key in enumerate(keys)}
    lines = [timeline_line(by_id[a].sentences[i].text) for a, i in keys]
    vectors = tfidf_sparse(lines)
    leaning = np.array([leans_back_in_words(line) for line in lines])
    story = np.asarray(vectors.mean(axis=0)).ravel()
    relevance = np.asarray(vectors @ (story / (np.linalg.norm(story) or 1.0))).ravel()
    used: list[int] = []
    entries: dict[date, list[Key]] = {}
    for day in ranked:
        if len(entries) == max_dates:
            break
        pool = list(dict.fromkeys([row[k] for k in naming[day] + leads[day] if k in row]))
        chosen = _central(vectors, relevance, leaning, pool, used, per_date)
        if chosen:
            used += chosen
            entries[day] = [keys[c] for c in chosen]
    of_sentence: defaultdict[Key, list[Timex]] = defaultdict(list)
    for article_id in by_id:
        for timex in timexes.get(article_id, ()):
            of_sentence[(article_id, timex.sentence)].append(timex)
    return tuple(
        TimelineEntry(
            day.isoformat(),
            " ".join(entry_line(lines[row[key]], day, of_sentence[key]) for key in chosen),
            tuple(Citation(a, i) for a, i in chosen),
        )
        for day, chosen in sorted(entries.items())
    )


def _central(
    vectors: sparse.csr_matrix, relevance: np.ndarray, leaning: np.ndarray, pool: list[int], used: list[int], k: int
) -> list[int]:
    """The ``k`` rows of ``pool`` closest to its centroid and to the story, none repeating an ``used`` row; those that
    stand on their own first, then those ``leaning`` on the sentence before them."""
    if not pool:
        return []
    rows = vectors[pool]
    centroid = np.asarray(rows.mean(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid))
    if norm == 0.0:
        return []
    scores = rows @ (centroid / norm) + STORY_WEIGHT * relevance[pool]
    taken = vectors[used] if used else None
    chosen: list[int] = []
    for j in np.lexsort((-np.asarray(scores).ravel(), leaning[pool])):
        candidate = vectors[pool[j]]
        if taken is not None and (taken @ candidate.T).max() >= REPEAT:
            continue
        if any(float((vectors[c] @ candidate.T).toarray()[0, 0]) >= REPEAT for c in chosen):
            continue
        chosen.append(pool[int(j)])
        if len(chosen) == k:
            break
    return chosen
