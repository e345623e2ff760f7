"""Cross-source fact alignment: group the sentences (v2: the clauses) of a story that state the same fact.

Two versioned algorithms (the name is stored with every brief, so an old one can be reproduced):

- ``align.margin-upgma.v1``: sentence units, embedding + lexical margins.
- ``align.facts.v2``: clause units (``clauses``: a long sentence stating two facts is two units),
  predicate synonyms folded into one lexical term, and predicate-argument frames (``frames``: the same
  predicate with the same subject pulls a pair together, with different subjects pushes it apart).
- ``align.facts.v3``: v2, with groups that would print as the same fact twice joined
  (``join_sentences``: same best sentence, same wording, or the same cited sentences), and conflicts compared only
  between sides that align with each other.
- ``align.facts.v4``: v3, with a verb coordinated to an earlier one ("meet ... and then travel") given that
  verb's subject in the frames (``coordination``), instead of the nearest name before it.
- ``align.facts.v5``: v4, with figure conflicts judged in context (``conflict_rules.Rules.whole_fact``): an article
  that gives the other side's value elsewhere in the fact, or two values for the same thing (three cars' 0-60 mph
  times in one group), contradicts nothing; and two figures sharing only "people" ("90 people detained", "three
  people died") count two things.
- ``align.facts.v6``: v5, with places compared list by list ("travel to Egypt and Qatar" vs "travel to
  Egypt" disagree; "return to Washington because of the earthquake in Haiti" vs "return to Washington" do not),
  and a figure written to fewer decimals refined by one within its last digit ("$4.3 m" / "$4.37 m").
- ``align.facts.v7``: v6, with two figures sharing a noun compared only when their sentences do not make
  them two quantities (``conflict_rules.Rules.quantities``: "188 staff … unaccounted for" / "Seventeen UN staff …
  killed", "Three of the schools" / "Five schools", the aftershocks' seconds / the quake's), and two papers' own
  days left out of a date comparison when each names its own (``conflict_rules.Rules.page_days``: live pages' titles).
- ``align.facts.v8``: v7, with two dates compared only when the parse attaches them to one predicate
  (``conflict_rules.Rules.date_events``: "said on Tuesday" / "confirmed on Wednesday" date two events, not one).
- ``align.facts.v9``: v8, with a quote's speaker compared only when the cited sentence itself names
  them (``conflict_rules.Rules.named_speakers``: a "she said" the extractor resolved is its reading, not the outlet's),
  and an ordinal or a numeral hyphenated into a modifier compared with nothing
  (``conflict_rules.Rules.ordinals_and_modifiers``: "the eighth case" / "the 11th case", a "two-year-old girl" / a
  "14-year-old girl" name which one, not how many), and no two figures compared whose sentences name two different
  days (``conflict_rules.Rules.figure_days``: "On Wednesday, 12 vessels were hailed" / "On Monday, 18 …").
- ``align.facts.v10``: v9, with a figure restated in other units in parentheses compared with nothing
  (``conflict_rules.Rules.conversions``: "161km (100 miles)" / "about 100 miles (160km)" convert one distance).
- ``align.facts.v11``: v10, with a figure counted over a window ending at its paper's time compared only
  with a paper of the same day (``conflict_rules.Rules.figure_windows``: "153 air sorties in the past 24 hours" on 25
  March / "115 strike sorties … in the last 24 hours" on 29 March count two days).
- ``align.facts.v12``: v10, with a range read as one figure with a low and a high end
  (``conflict_rules.Rules.ranges``: "10,000 to 12,000 troops" / "some 10-12,000 loyal Libyan troops" agree, a point
  inside a range refines it), and an age written "4 years old" or "aged 15" compared with nothing
  (``conflict_rules.Rules.ages``).
- ``align.facts.v13``: v12 with v11's windows (``conflict_rules.Rules.figure_windows``).
- ``align.facts.v14``: v13, with two figures that each count an incident told in the simple past compared
  only when their papers are of one day (``conflict_rules.Rules.past_events``: "Two people were killed" on 28 April /
  "Five were killed" on 17 May; "A magnitude 5.6 earthquake struck Chile" / "A magnitude 6.8 earthquake struck").
- ``align.facts.v15``: v14, with a present state's lower count on a later day an update
  (``conflict_rules.Rules.falling_states``: "Seventeen ships … are patrolling" → "Sixteen ships …"), and two rates
  over two periods compared with nothing (``conflict_rules.Rules.rate_periods``: "about 100 a day" / "200,000 every
  year").
- ``align.facts.v16``: v15, with an incident told in the simple past and a count told in the perfect
  compared only when their papers are of one day (``conflict_rules.Rules.perfect_and_past``: "at least 49 people have
  been injured" on 26 January / "At least two people were injured" on 5 February), and two days' incidents compared
  after all when their sentences agree on another count of the same thing (``conflict_rules.Rules.retold_incidents``:
  "eight people were killed and more than 800 were injured" / "eight people were killed and 836 injured").
- ``align.facts.v17``: v16, with more places on a later day no longer listed as an update
  (``conflict_rules.Rules.place_updates_dropped``: right in 1 of 11 read).
- ``align.facts.v18``: v17, with two figures not compared when their sentences say they count two things
  (``conflict_rules.Rules.counted_things``, ``counted``: two counted nouns that share only a verb, two owners, a net
  amount against a gross one, two distances not measured from one named place).
- ``align.facts.v19``: v18, with a range one lexical term in the pair scores (``Settings.range_terms``,
  ``similarity._evidence_terms``): its two ends joined "$400 - $500 million" to "C$ 400 million" and "$500 million".
- ``align.facts.v20``: v19, with two days' market moves compared with nothing
  (``conflict_rules.Rules.market_days``: "SPX gave up 7.88 points" on 8 April / "SPX was up 15.94 points" on 24
  October), nor a scale word with no count ("Several thousand" read as 1,000; ``conflict_rules.Rules.bare_scales``).
- ``align.facts.v21``: v20, with two figures of one day whose sentences are one report filed twice an
  update from the lower to the higher, not a conflict (``conflict_rules.Rules.same_day_reports``, ``refiled``: "about
  $270m" / "about $310m" pledged, two versions of one 15 January line).
- ``align.facts.v22`` (default): v21, with a group several sources share split where two of its units state two
  facts (``cores``: different main predicates and different actors in the parse, "Cooking pork to … 160 degrees
  Fahrenheit kills the swine flu virus" / "Henshaw's fever spiked to 102 degrees Fahrenheit"), re-grouped by the
  same average linkage with such a pair scored 0 (``_split_on_cores``).

Pairs are scored by ``similarity.pair_scores`` (embedding and lexical margins) and grouped by agglomerative
clustering with *average* linkage (Sokal & Michener 1958, UPGMA): a sentence joins a group only when its mean
score to every member clears the threshold, so "A≈B, B≈C" never drags an unrelated C into A's fact the way
single-link chaining would. Each group becomes a ``Fact``: the best wording (the sentence of the medoid, the
unit closest on average to the others, so the fact's text is exactly what its citation resolves to),
citations to every sentence, and the independent sources behind it
(near-duplicate copies count once). Conflicts between the sides of a fact come from ``conflicts``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from newsdesk.dedup.updates import added_by_copies
from newsdesk.model import Annotations, Article, Citation, Fact
from newsdesk.text.embeddings import MINILM, TFIDF

from .conflict_rules import (
    V4_RULES,
    V5_RULES,
    V6_RULES,
    V7_RULES,
    V8_RULES,
    V9_RULES,
    V10_RULES,
    V11_RULES,
    V12_RULES,
    V13_RULES,
    V14_RULES,
    V15_RULES,
    V16_RULES,
    V17_RULES,
    V18_RULES,
    V20_RULES,
    V21_RULES,
    Rules,
)
from .conflicts import find_conflicts
from .cores import differ, group_cores
from .similarity import Unit, independent_sources, pair_scores, story_units


@dataclass(frozen=True, slots=True)
class Settings:
    """What one versioned alignment algorithm does."""

    clauses: bool
    predicates: bool
    frame_weight: float
    join_sentences: bool = False
    direct_conflicts: bool = False
    coordination: bool = False
    conflicts: Rules = V4_RULES
    range_terms: bool = False
    core_check: bool = False


V1 = "align.margin-upgma.v1"
V2 = "align.facts.v2"
V3 = "align.facts.v3"
V4 = "align.facts.v4"
V5 = "align.facts.v5"
V6 = "align.facts.v6"
V7 = "align.facts.v7"
V8 = "align.facts.v8"
V9 = "align.facts.v9"
V10 = "align.facts.v10"
V11 = "align.facts.v11"
V12 = "align.facts.v12"
V13 = "align.facts.v13"
V14 = "align.facts.v14"
V15 = "align.facts.v15"
V16 = "align.facts.v16"
V17 = "align.facts.v17"
V18 = "align.facts.v18"
V19 = "align.facts.v19"
V20 = "align.facts.v20"
V21 = "align.facts.v21"
V22 = "align.facts.v22"
# FRAME_WEIGHT is in margin units (the threshold below is 1.0, typical same-fact pairs score 1-2): a frame
# agreement moves a pair by a quarter of the threshold. Swept on ECB+ dev (0.1, 0.25, 0.5) with
# bench/bench_align_quality.py; see docs/benchmarks.md "## Fact alignment".
FRAME_WEIGHT = 0.25
_V4 = Settings(
    clauses=True,
    predicates=True,
    frame_weight=FRAME_WEIGHT,
    join_sentences=True,
    direct_conflicts=True,
    coordination=True,
)
ALGORITHMS = {
    V1: Settings(clauses=False, predicates=False, frame_weight=0.0),
    V2: Settings(clauses=True, predicates=True, frame_weight=FRAME_WEIGHT),
    V3: Settings(clauses=True, predicates=True, frame_weight=FRAME_WEIGHT, join_sentences=True, direct_conflicts=True),
    V4: _V4,
    V5: replace(_V4, conflicts=V5_RULES),
    V6: replace(_V4, conflicts=V6_RULES),
    V7: replace(_V4, conflicts=V7_RULES),
    V8: replace(_V4, conflicts=V8_RULES),
    V9: replace(_V4, conflicts=V9_RULES),
    V10: replace(_V4, conflicts=V10_RULES),
    V11: replace(_V4, conflicts=V11_RULES),
    V12: replace(_V4, conflicts=V12_RULES),
    V13: replace(_V4, conflicts=V13_RULES),
    V14: replace(_V4, conflicts=V14_RULES),
    V15: replace(_V4, conflicts=V15_RULES),
    V16: replace(_V4, conflicts=V16_RULES),
    V17: replace(_V4, conflicts=V17_RULES),
    V18: replace(_V4, conflicts=V18_RULES),
    V19: replace(_V4, conflicts=V18_RULES, range_terms=True),
    V20: replace(_V4, conflicts=V20_RULES, range_terms=True),
    V21: replace(_V4, conflicts=V21_RULES, range_terms=True),
    V22: replace(_V4, conflicts=V21_RULES, range_terms=True, core_check=True),
}
ALGORITHM = V22
# A ratio margin of 1 means a pair is exactly as close as each side is to its k nearest other-source
# sentences; a shared fact is a pair (and, with average linkage, a group) that stands out above that, so the
# threshold is the margin's natural boundary, 1.0, not a fitted value. tests/align/test_facts.py pins what it
# does on the seed story (both the pairs it must join and unrelated pairs it must keep apart).
THRESHOLD = 1.0
# MiniLM encodes ~100 sentences per CPU-second here; past this many units (sentences, or v2 clauses) a story
# is aligned on the stemmed lexical view alone (~1,500 sentences per CPU-second) so a 50-article story stays
# under 10 s.
# The encoder used is recorded with the brief (``algorithms["align"]``). See docs/benchmarks.md.
MAX_EMBEDDED_SENTENCES = 600
# Distances must be non-negative for the linkage: distance = CAP - score, scores above CAP count as CAP.
_CAP = 4.0


@dataclass(frozen=True, slots=True)
class Alignment:
    """Every fact of a story (single-source ones included) and how they were found."""

    facts: tuple[Fact, ...]
    encoder: str
    algorithm: str = ALGORITHM


def _clusters(scores: np.ndarray, threshold: float) -> list[list[int]]:
    n = scores.shape[0]
    if n == 1:
        return [[0]]
    distance = _CAP - np.clip((scores + scores.T) / 2, None, _CAP)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=_CAP - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return list(groups.values())


def _split_on_cores(
    units: Sequence[Unit],
    groups: list[list[int]],
    scores: np.ndarray,
    threshold: float,
    articles: Mapping[str, Article],
    annotations: Mapping[str, Annotations],
) -> list[list[int]]:
    """v22: each group of several sources clustered again on its own scores, a pair of two sources whose units
    ``differ`` scored 0 (no evidence of one fact, where the threshold asks for 1): a unit that states another event
    of another actor than the rest leaves the group unless its other pairs carry it; a group with no such pair is
    left as it was (the same linkage on the same scores)."""
    shared = [g for g in groups if len({units[i].source for i in g}) > 1]
    cores = group_cores(units, sorted(i for g in shared for i in g), articles, annotations)
    result: list[list[int]] = []
    for members in groups:
        cut = [
            (x, y)
            for x, i in enumerate(members)
            for y, j in enumerate(members)
            if x < y and i in cores and j in cores and units[i].source != units[j].source and differ(cores[i], cores[j])
        ]
        if not cut:
            result.append(members)
            continue
        sub = scores[np.ix_(members, members)].copy()
        for x, y in cut:
            sub[x, y] = sub[y, x] = 0.0
        result += [[members[k] for k in part] for part in _clusters(sub, threshold)]
    return result


def _medoid(members: list[int], scores: np.ndarray) -> int:
    if len(members) == 1:
        return members[0]
    sub = scores[np.ix_(members, members)]
    mean = (sub.sum(axis=1) - np.diag(sub)) / (len(members) - 1)
    return members[int(np.argmax(mean))]  # argmax takes the first of ties: stable


def _sentence_clusters(
    units: Sequence[Unit], clusters: list[list[int]], scores: np.ndarray, articles: Mapping[str, Article]
) -> list[list[int]]:
    """Clusters of clause units, joined where they would print as one fact twice: a fact is shown and cited by
    sentences, so two clusters with the same best sentence (one holds its first clause, the other its second),
    with best sentences of the same words (a live page reprinting a line), or citing the same sentences, are one
    fact."""
    parent = list(range(len(clusters)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = k = parent[parent[k]]
        return k

    seen: dict[object, int] = {}
    for k, members in enumerate(clusters):
        best = units[_medoid(members, scores)]
        cited = frozenset((units[i].article, units[i].sentence) for i in members)
        # the same best sentence is the same wording, so the wording covers both
        for key in (articles[best.article].sentences[best.sentence].text, cited):
            if key in seen:
                parent[root(k)] = root(seen[key])
            else:
                seen[key] = k
    joined: dict[int, list[int]] = {}
    for k, members in enumerate(clusters):
        joined.setdefault(root(k), []).extend(members)
    return [sorted(members) for members in joined.values()]


def _fact(
    members: list[int],
    units: Sequence[Unit],
    scores: np.ndarray,
    direct: float | None,
    articles: Mapping[str, Article],
    annotations: Mapping[str, Annotations],
    rules: Rules = V4_RULES,
) -> Fact:
    """``direct``: compare two sides for conflicts only when their own pair score clears it (None: any two)."""
    position = {article_id: n for n, article_id in enumerate(articles)}
    ordered = sorted(members, key=lambda i: (position[units[i].article], units[i].sentence, units[i].start or 0))
    best = units[_medoid(members, scores)]

    def aligned(a: int, b: int) -> bool:  # the pair itself clears the bar the clustering uses
        i, j = ordered[a], ordered[b]
        return direct is None or bool((scores[i, j] + scores[j, i]) / 2 >= direct)

    return Fact(
        text=articles[best.article].sentences[best.sentence].text,
        # Two clauses of one sentence in one fact are one citation: a citation points to a sentence.
        citations=tuple(dict.fromkeys(Citation(units[i].article, units[i].sentence) for i in ordered)),
        sources=tuple(sorted({units[i].source for i in members})),
        conflicts=find_conflicts([units[i] for i in ordered], articles, annotations, aligned, rules),
    )


def align_story(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotations] | None = None,
    encoder: str | None = None,
    threshold: float = THRESHOLD,
    algorithm: str = ALGORITHM,
) -> Alignment:
    """All facts of a story, most-sourced first (ties: by first citation, so the order is stable).

    ``encoder`` defaults to MiniLM for stories up to ``MAX_EMBEDDED_SENTENCES`` units, TF-IDF above;
    ``algorithm`` is one of ``ALGORITHMS``."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown alignment algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    settings = ALGORITHMS[algorithm]
    annotations = annotations or {}
    units = story_units(articles, clauses=settings.clauses)
    if encoder is None:
        encoder = MINILM if len(units) <= MAX_EMBEDDED_SENTENCES else TFIDF
    if not units:
        return Alignment((), encoder, algorithm)
    scored = pair_scores(
        units,
        annotations,
        encoder,
        settings.predicates,
        settings.frame_weight,
        settings.coordination,
        settings.range_terms,
    )
    by_id = {a.id: a for a in articles}
    groups = _clusters(scored.scores, threshold)
    if settings.core_check:
        groups = _split_on_cores(units, groups, scored.scores, threshold, by_id, annotations)
    while settings.join_sentences:  # a joined group has a new best sentence, which may be another group's
        joined = _sentence_clusters(units, groups, scored.scores, by_id)
        if len(joined) == len(groups):
            break
        groups = joined
    direct = threshold if settings.direct_conflicts else None
    facts = [_fact(members, units, scored.scores, direct, by_id, annotations, settings.conflicts) for members in groups]
    position = {a.id: n for n, a in enumerate(articles)}
    facts.sort(
        key=lambda f: (-len(f.sources), -len(f.citations), position[f.citations[0].article], f.citations[0].sentence)
    )
    return Alignment(tuple(facts), scored.encoder, algorithm)


def align_facts(articles: Sequence[Article], annotations: Mapping[str, Annotations]) -> tuple[Fact, ...]:
    """The facts of one story, each with its best wording, citations and independent sources."""
    return align_story(articles, annotations).facts


def unique_reports(articles: Sequence[Article], facts: Sequence[Fact]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Per original article, the sentences of facts that no other independent source in the story states.

    What a copy repeats is credited to the original it duplicates; the sentences it adds to its group
    (``dedup.updates``: a re-filed story's new paragraphs) are its own. A sentence with one clause in a shared
    fact is not unique, even when another of its clauses is.
    """
    roots = independent_sources(articles)
    added = {(a.id, s.i) for a in added_by_copies(articles) if roots[a.id] != a.id for s in a.sentences if s.text}
    shared = {c for fact in facts if len(fact.sources) > 1 for c in fact.citations}
    found: dict[str, set[int]] = {}
    for fact in facts:
        if len(fact.sources) != 1:
            continue
        for citation in fact.citations:
            own = roots.get(citation.article) == citation.article or (citation.article, citation.sentence) in added
            if own and citation not in shared:
                found.setdefault(citation.article, set()).add(citation.sentence)
    order = [a.id for a in articles if a.id in found]
    return tuple((article, tuple(sorted(found[article]))) for article in order)
