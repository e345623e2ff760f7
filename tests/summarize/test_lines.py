"""summarize.lines.v1: a rejected summary line is replaced by the candidate the ILP ranks next with the other lines
kept, not by a re-picked summary (the seeds, summarized as a brief summarizes them)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.extract import annotate
from newsdesk.model import Article
from newsdesk.summarize import DEFAULT_SUMMARIZER, summarize, summary_choice
from newsdesk.summarize.concepts import Choice
from newsdesk.summarize.lines import Key, Rejects, repaired_summary, standalone_lines
from newsdesk.summarize.references import dangling_references

WORDS = 120


def _choice(seed_articles: dict[str, Article]) -> tuple[list[Article], Choice]:
    articles = list(seed_articles.values())
    choice = summary_choice(DEFAULT_SUMMARIZER, articles, WORDS)
    assert choice is not None
    return articles, choice


def _keys(lines: Sequence[object]) -> list[Key]:
    return [(line.citations[0].article, line.citations[0].sentence) for line in lines]  # type: ignore[attr-defined]


def _rejecting(refused: set[Key]) -> Rejects:
    return lambda keys: {n for n, key in enumerate(keys) if key in refused}


def test_the_choice_writes_out_the_summarizers_own_summary(seed_articles: dict[str, Article]) -> None:
    articles, choice = _choice(seed_articles)
    assert choice.summary(choice.chosen, articles) == summarize(DEFAULT_SUMMARIZER, articles, WORDS)


def test_a_rejected_line_is_replaced_by_the_next_ranked_candidate_and_the_others_stay(
    seed_articles: dict[str, Article],
) -> None:
    articles, choice = _choice(seed_articles)
    first = choice.summary(choice.chosen, articles)
    lines = _keys(first)
    gone = lines[1]
    kept = [j for j in choice.chosen if (choice.pool[j][0].id, choice.pool[j][1].i) != gone]
    room = WORDS - sum(int(choice.problem.lengths[j]) for j in kept)
    ranked = [j for _, j in choice.problem.gains(kept) if j not in choice.chosen and choice.problem.lengths[j] <= room]
    pool_key = {j: (choice.pool[j][0].id, choice.pool[j][1].i) for j in range(len(choice.pool))}
    best, second = pool_key[ranked[0]], pool_key[ranked[1]]

    repaired = _keys(repaired_summary(choice, articles, WORDS, _rejecting({gone})))
    assert set(repaired) == (set(lines) - {gone}) | {best}

    # a candidate rejected where it would stand is passed over for the one ranked after it
    refused = {gone, best}
    again = _keys(repaired_summary(choice, articles, WORDS, _rejecting(refused)))
    assert set(again) == (set(lines) - {gone}) | {second}


def test_a_brief_keeps_the_lines_that_stand_when_one_dangles(seed_articles: dict[str, Article]) -> None:
    """The seeds' summary with the real leaning sentences of the seeds (``dangling_references``) and one chosen line
    taken to lean too: that line alone is replaced (v1's ``standalone_summary`` summarized all of it anew)."""
    articles = list(seed_articles.values())
    dangling = dangling_references(articles, annotate(articles))
    lines = _keys(summarize(DEFAULT_SUMMARIZER, articles, WORDS))
    assert _keys(standalone_lines(DEFAULT_SUMMARIZER, articles, WORDS, {}, dangling)) == lines  # none dangles
    leaning = lines[0]
    repaired = _keys(standalone_lines(DEFAULT_SUMMARIZER, articles, WORDS, {}, dangling | {leaning}))
    assert leaning not in repaired
    assert set(lines) - {leaning} <= set(repaired)
    assert len(repaired) == len(lines)
