from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from newsdesk.evaluate.io import read_jsonl
from newsdesk.evaluate.timeline import evaluate, load_gold
from newsdesk.evaluate.timeline_metrics import align_rouge, date_prf
from newsdesk.extract.timex import find_timexes
from newsdesk.model import Article, Citation, Timex
from newsdesk.summarize.references import leans_back_in_words
from newsdesk.timeline import build_timeline
from newsdesk.timeline.build import entry_line, timeline_line
from newsdesk.timeline.dates import DayMention, day_of, rank_days
from tests.conftest import EVAL, t17_page

FLOOR_DATE_F1 = 0.75  # measured 0.762 (timeline.datewise-recall.v5 with extract.timex.rules.v3, and v4; v3 0.649)
FLOOR_AR1 = 0.15  # measured 0.1525 (v5 with timex rules.v3), 0.153 (v4 and v3; v2 0.149)


def words(text: str) -> list[str]:
    return text.lower().replace(".", " ").split()


def test_identical_timelines_score_one() -> None:
    timeline = {date(2011, 2, 1): ["Protesters fill Tahrir Square ."], date(2011, 2, 11): ["Mubarak resigns ."]}
    assert date_prf(timeline, timeline)["f1"] == 1.0
    for n in (1, 2):
        assert align_rouge(timeline, timeline, words, n)["f1"] == 1.0


def test_a_day_off_halves_the_credit() -> None:
    reference = {date(2011, 2, 11): ["Mubarak resigns as president ."]}
    predicted = {date(2011, 2, 12): ["Mubarak resigns as president ."]}
    assert date_prf(predicted, reference)["f1"] == 0.0
    scores = align_rouge(predicted, reference, words, 1)
    assert abs(scores["precision"] - 0.5) < 1e-9 and abs(scores["recall"] - 0.5) < 1e-9


def test_content_decides_the_alignment_between_equally_distant_days() -> None:
    reference = {date(2011, 2, 10): ["Army statement read on television ."], date(2011, 2, 12): ["Mubarak resigns ."]}
    predicted = {date(2011, 2, 11): ["Mubarak resigns ."]}
    scores = align_rouge(predicted, reference, words, 1)
    assert abs(scores["precision"] - 0.5) < 1e-9  # aligned to the 12th (same words), half credit for a day off


def test_unrelated_content_scores_zero() -> None:
    predicted = {date(2011, 2, 11): ["Rain in Paris ."]}
    reference = {date(2011, 2, 11): ["Mubarak resigns ."]}
    assert align_rouge(predicted, reference, words, 1)["f1"] == 0.0


def test_day_of_only_accepts_calendar_days() -> None:
    assert day_of("2024-08-25") == date(2024, 8, 25)
    assert day_of("2024-02-30") is None and day_of("2024-08") is None and day_of("XXXX-07-02") is None
    assert day_of("2011-03-16TNI") == date(2011, 3, 16)  # "Wednesday night" names its day
    assert day_of("2011-03-16T10:19") is None  # a clock time is a TIME (page stamps), not a day reference


def test_rank_days_discounts_own_day_and_credits_days_named_a_week_on(seed_articles: dict[str, Article]) -> None:
    """An article naming its own publication day (a stamp, "today") is weak evidence; a day still named a week
    after it is stronger evidence than one named the next day."""
    a3, a4 = seed_articles["003"], seed_articles["004"]
    assert a3.published is not None
    today, yesterday, long_ago = a3.published, a3.published - timedelta(days=1), a3.published - timedelta(days=7)
    mentions = [
        DayMention(today, a3.id, 0, True),
        DayMention(today, a4.id, 0, True),
        DayMention(yesterday, a3.id, 1, True),
        DayMention(long_ago, a3.id, 2, True),
    ]
    stories = [replace(a3, published=today), replace(a4, published=today)]
    scores = dict(rank_days(stories, mentions))
    assert scores[long_ago] > scores[yesterday] > scores.get(today, 0.0)


def test_rank_days_credits_the_publication_day_whether_or_not_a_stamp_names_it(
    seed_articles: dict[str, Article],
) -> None:
    """v5: every article counts for its own publication day; an article whose page stamp or "today" names that
    day (a BBC page) gets no more than one whose dateline cleaning took out (a Reuters page)."""
    a3, a4 = seed_articles["003"], seed_articles["004"]
    assert a3.published is not None
    today = a3.published
    stories = [replace(a3, published=today), replace(a4, published=today)]
    stamped = dict(rank_days(stories, [DayMention(today, a3.id, 0, True), DayMention(today, a4.id, 0, True)]))
    unstamped = dict(rank_days(stories, []))
    assert unstamped[today] == pytest.approx(stamped[today]) and unstamped[today] > 0


def test_rank_days_prefers_a_day_that_starts_a_burst_of_coverage(seed_articles: dict[str, Article]) -> None:
    """Two days named alike, each followed by one next-day report: the one after which publication jumps (after a
    quiet week) outranks the one inside steady daily coverage."""
    seed = seed_articles["003"]
    start = date(2024, 8, 1)
    steady = [start + timedelta(days=n) for n in range(14)]  # one article a day, Aug 1-14
    quiet_then_burst = [date(2024, 8, 22)] * 4 + [date(2024, 8, 23)]  # nothing Aug 15-21, then 4 on the 22nd
    later = date(2024, 9, 9)
    stories = [replace(seed, id=f"a{n}", published=day) for n, day in enumerate(steady + quiet_then_burst + [later])]
    inside, burst = date(2024, 8, 8), date(2024, 8, 22)
    mentions = [DayMention(inside, stories[-1].id, 0, True), DayMention(burst, stories[-1].id, 1, True)]
    ranked = [day for day, _ in rank_days(stories, mentions)]
    assert ranked.index(burst) < ranked.index(inside)


def test_build_timeline_orders_days_and_cites_naming_sentences(seed_articles: dict[str, Article]) -> None:
    a3, a4 = seed_articles["003"], seed_articles["004"]
    cairo = next(s for s in a3.sentences if "Cairo on Sunday" in s.text)
    arrive = next(s for s in a4.sentences if "arrived in Israel on Sunday" in s.text)
    timexes = {
        a3.id: [Timex(a3.id, cairo.i, cairo.start, cairo.end, "on Sunday", "DATE", "2024-08-25")],
        a4.id: [
            Timex(a4.id, arrive.i, arrive.start, arrive.end, "on Sunday", "DATE", "2024-08-20"),
            # far outside the coverage (published 2024-08-26 ± 7 days): history, not an event of this story
            Timex(a4.id, 0, 0, 1, "in March", "DATE", "2024-03-01"),
        ],
    }
    timeline = build_timeline([a3, a4], timexes, max_dates=3)
    assert [e.date for e in timeline] == ["2024-08-20", "2024-08-25", "2024-08-26"]
    by_id = {a3.id: a3, a4.id: a4}
    for entry in timeline:
        assert all(by_id[c.article].sentences[c.sentence].text in entry.text for c in entry.citations)
    assert timeline[0].citations[0] == Citation(a4.id, arrive.i)
    assert timeline[1].citations[0] == Citation(a3.id, cairo.i)


def test_build_timeline_without_dates_is_empty_not_an_error(seed_articles: dict[str, Article]) -> None:
    assert build_timeline([seed_articles["000"]], {}, max_dates=5) == ()


def test_build_timeline_without_a_usable_line_is_empty_not_an_error(seed_articles: dict[str, Article]) -> None:
    """A dated article whose only sentences are too short or too long for a timeline line (found by the batch
    test's junk inputs: it divided by zero)."""
    seed = seed_articles["001"]
    long_only = tuple(s for s in seed.sentences if len(s.text.split()) > 40)
    short = replace(seed, sentences=long_only, published=date(2024, 8, 19))
    assert short.sentences and short.published is not None
    first = short.sentences[0]
    timexes = {short.id: [Timex(short.id, first.i, first.start, first.end, "Monday", "DATE", "2024-08-19")]}
    assert build_timeline([short], timexes, max_dates=3) == ()


@pytest.mark.slow
def test_timeline17_quality_floor_on_two_topics(tmp_path: Path) -> None:
    """Quality gate on a fixed subset (H1N1 from the BBC and the Guardian: 198 articles, 2 gold timelines),
    since the whole dev split takes minutes. Floors sit just under the scores measured when this was written."""
    subset = tmp_path / "t17"
    subset.mkdir()
    for name in ("H1N1_bbc", "H1N1_guardian"):
        (subset / name).symlink_to(EVAL / "timelines" / "t17" / "dev" / name)
    out = tmp_path / "pred.jsonl"
    metrics = evaluate(subset, out, rouge_data=EVAL / "mds" / "rouge-data")
    assert metrics["timelines"] == 2
    assert metrics["date_f1"] >= FLOOR_DATE_F1 and metrics["ar1_f"] >= FLOOR_AR1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["topic"] for line in lines] == ["H1N1_bbc", "H1N1_guardian"]


def test_gold_sentences_split_at_end_tokens_not_abbreviations() -> None:
    """Timeline17 gold is tokenised: "U.N." keeps its period, a sentence ends at a stand-alone "."."""
    gold = load_gold(EVAL / "timelines" / "t17" / "dev" / "SyrianCrisis_reuters" / "timeline_2.json")
    assert [s[:20] for s in gold[date(2011, 2, 16)]] == ["- The U.N. General A"]
    assert len(gold[date(2011, 3, 18)]) == 1 and len(gold[date(2011, 2, 24)]) == 2


def test_timeline_lines_drop_wire_datelines() -> None:
    articles = list(read_jsonl(EVAL / "timelines" / "t17" / "dev" / "SyrianCrisis_reuters" / "articles.jsonl.gz"))
    lead = next(a["text"] for a in articles if "(Reuters) -" in a["text"][:150])
    line = timeline_line(lead[:300])
    assert "(Reuters)" not in line and line and lead.endswith(line + lead[300:])
    assert timeline_line("In the UK the Disasters Emergency Committee (DEC) - said").startswith("In the UK")


def test_a_day_is_described_by_a_line_that_stands_on_its_own() -> None:
    """LibyaWar_cnn 235: Tuesday's pool holds '"There is nothing serious here," he said.' (who is "he"?) and the
    protest around Fathi Terbil's detention; the timeline line is the one a reader can follow."""
    page = replace(t17_page("LibyaWar_cnn", "235"), published=date(2011, 2, 16))
    entries = {e.date: e.text for e in build_timeline([page], {page.id: find_timexes(page)})}
    assert "Fathi Terbil" in entries["2011-02-15"]
    assert "nothing serious" not in " ".join(entries.values())


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ('"There is nothing serious here," he said.', True),
        ("He said he has been surviving by sharing one piece of flatbread with two other men.", True),
        ("It is the country's third-largest city and is east of Tripoli.", True),
        ("That warning is apparently not always followed.", True),
        (
            '"We will inform the U.N. Security Council of our request to enforce a no-fly zone," Moussa said.',
            False,
        ),
        ("This week the WHO raised its pandemic alert.", False),
        ("Libyan aircraft bombed a section of eastern Libya on Wednesday.", False),
    ],
)
def test_lines_that_lean_on_their_article_by_their_words(sentence: str, leans: bool) -> None:
    assert leans_back_in_words(sentence) is leans


def test_a_chronology_entry_is_described_without_its_day_heading() -> None:
    """LibyaWar_reuters 3, a Reuters timeline of the war: "August 21 - Rebels enter Tripoli with little resistance. --"
    is the line of 2011-08-21, printed after that day; a heading naming another day stays in the line."""
    page = replace(t17_page("LibyaWar_reuters", "3"), published=date(2011, 8, 24))
    timexes = find_timexes(page)
    entries = {e.date: e.text for e in build_timeline([page], {page.id: timexes})}
    assert entries["2011-08-21"] == "Rebels enter Tripoli with little resistance."
    assert not any(re.match(r"(?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+) -", text) for text in entries.values())
    younes = next(s for s in page.sentences if s.text.startswith("July 28 - Abdel Fattah Younes"))
    of_younes = [t for t in timexes if t.sentence == younes.i]
    assert entry_line(younes.text, date(2011, 7, 28), of_younes).startswith("Abdel Fattah Younes, Gaddafi's former")
    assert entry_line(younes.text, date(2011, 2, 22), of_younes) == younes.text  # "… defected … on February 22"
