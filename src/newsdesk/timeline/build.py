"""Build a story's timeline: pick its important days, then describe each with its most central sentence(s).

Per day, the candidate sentences are those that name the day, and — when a day has few — the leads of
articles published on it or the day after (news reports yesterday's events without always naming the day).
Candidates are ranked by cosine to their own TF-IDF centroid (the "centroid" daily summarizer of
Ghalandari & Ifrim 2020) and near-repeats are skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta

import numpy as np

from newsdesk.model import Article, Citation, TimelineEntry, Timex
from newsdesk.text.vectors import tfidf_matrix

from .dates import day_mentions, rank_days

TIMELINE_ALGORITHM = "timeline.datewise-centroid.v1"
LEAD_SENTENCES = 2  # how many lead sentences of an article published on/after a day may describe it
MIN_CANDIDATES = 3  # below this many naming sentences, leads of that day's articles are added
REPEAT = 0.6  # TF-IDF cosine above which a second sentence of a day repeats the first
MAX_WORDS = 60  # a timeline line is a sentence, not a paragraph
# A sentence that names the day outranks a lead that merely appeared that day, unless the lead is far more
# central (TF-IDF cosines to a day's centroid range 0.1–0.6).
NAMING_BONUS = 0.2


def build_timeline(
    articles: Sequence[Article],
    timexes: Mapping[str, Sequence[Timex]],
    max_dates: int = 10,
    per_date: int = 1,
) -> tuple[TimelineEntry, ...]:
    """Up to ``max_dates`` entries in date order, each with ``per_date`` sentences and their citations."""
    by_id = {a.id: a for a in articles if a.duplicate_of is None}
    mentions = day_mentions(list(by_id.values()), timexes)
    days = [day for day, _ in rank_days(list(by_id.values()), mentions)[:max_dates]]
    naming: defaultdict[object, list[tuple[str, int]]] = defaultdict(list)
    for mention in mentions:
        if (mention.article, mention.sentence) not in naming[mention.day]:
            naming[mention.day].append((mention.article, mention.sentence))
    entries = []
    for day in sorted(days):
        candidates = list(naming[day])
        named = len(candidates)
        if len(candidates) < MIN_CANDIDATES:
            for article in by_id.values():
                if article.published in (day, day + timedelta(days=1)):
                    candidates += [
                        (article.id, s.i)
                        for s in article.sentences[:LEAD_SENTENCES]
                        if (article.id, s.i) not in candidates
                    ]
        chosen = _central(candidates, named, by_id, per_date)
        if chosen:
            text = " ".join(by_id[a].sentences[i].text for a, i in chosen)
            entries.append(TimelineEntry(day.isoformat(), text, tuple(Citation(a, i) for a, i in chosen)))
    return tuple(entries)


def _central(
    candidates: list[tuple[str, int]], named: int, by_id: Mapping[str, Article], k: int
) -> list[tuple[str, int]]:
    """The ``k`` most central candidates; the first ``named`` candidates name the day and get a bonus."""
    texts = [by_id[a].sentences[i].text for a, i in candidates]
    keep = [j for j, t in enumerate(texts) if 4 <= len(t.split()) <= MAX_WORDS]
    if not keep:
        return []
    vectors = tfidf_matrix([texts[j] for j in keep])
    centroid = vectors.mean(axis=0)
    scores = vectors @ centroid + np.array([NAMING_BONUS if j < named else 0.0 for j in keep])
    chosen: list[int] = []
    for index in np.argsort(-scores, kind="stable"):
        if any(float(vectors[index] @ vectors[c]) >= REPEAT for c in chosen):
            continue
        chosen.append(int(index))
        if len(chosen) == k:
            break
    return [candidates[keep[c]] for c in chosen]
