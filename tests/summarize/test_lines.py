"""summarize.lines.v1: a rejected summary line is replaced by the candidate the ILP ranks next with the other lines
kept, not by a re-picked summary (the seeds, summarized as a brief summarizes them)."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.clean.templates import withhold_templates
from newsdesk.extract import annotate
from newsdesk.ingest.dates import parse_date
from newsdesk.model import Article, RawDocument
from newsdesk.pipeline import clean_record
from newsdesk.summarize import DEFAULT_SUMMARIZER, summarize, summary_choice
from newsdesk.summarize.compressive import RULES
from newsdesk.summarize.concepts import Choice
from newsdesk.summarize.lines import Key, Rejects, repaired_summary, standalone_lines
from newsdesk.summarize.references import dangling_references
from newsdesk.summarize.trim import trim
from tests.conftest import t17_page

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


JOHNSON = "We are now up to 25 suspected cases in the UK, Johnson said."


def test_a_first_person_line_keeps_the_attribution_that_names_its_speaker() -> None:
    """v2: the summarizers' trim cuts ", Johnson said." and leaves a "we" no one said (v1's line); a brief asks for
    trims that keep a first-person sentence's speaker, and the ILP weighs the line at that length."""
    assert trim(JOHNSON, RULES) == "We are now up to 25 suspected cases in the UK."
    assert trim(JOHNSON, RULES, speakers=True) == JOHNSON
    assert trim("The government aims to get 50 million doses, Johnson said.", RULES, speakers=True) == (
        "The government aims to get 50 million doses."
    )
    # H1N1_guardian's record 119 (Timeline17 dev), sentences 52-56: the brief's line carries Johnson
    page = t17_page("H1N1_guardian", "119")
    excerpt = page.text[page.sentences[52].start : page.sentences[56].end]
    raw = RawDocument(path="H1N1_guardian:119", text=excerpt, external_id="119", published=parse_date(""))
    article = clean_record(raw)
    assert isinstance(article, Article)
    assert "We are now up to 25 suspected cases in the UK." in [
        line.text for line in summarize(DEFAULT_SUMMARIZER, [article], 30)
    ]
    dangling = dangling_references([article], annotate([article]))
    lines = [line.text for line in standalone_lines(DEFAULT_SUMMARIZER, [article], 30, {}, dangling)]
    assert JOHNSON in lines
    assert "We are now up to 25 suspected cases in the UK." not in lines


def test_a_story_whose_every_sentence_is_withheld_has_no_summary_line() -> None:
    """H1N1_guardian record 42, a page of another site's promos the brief withholds whole: v1 summarized it by one
    empty line (the ILP's fallback, its lead, is a withheld sentence); v2 rejects a line with no words."""
    page = t17_page("H1N1_guardian", "42")
    working = withhold_templates([page], frozenset((page.id, s.i) for s in page.sentences))
    assert [line.text for line in summarize(DEFAULT_SUMMARIZER, working, WORDS)] == [""]
    assert standalone_lines(DEFAULT_SUMMARIZER, working, WORDS, {}, frozenset()) == ()
