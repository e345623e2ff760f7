"""Time expressions: normalization on seed and made-up sentences, bad input, and span properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.evaluate.io import read_jsonl
from newsdesk.evaluate.tml import read_tml
from newsdesk.extract.timex import TimexSpan, find_timexes, tag_timexes
from newsdesk.extract.timex.calendar_rules import last_week_day
from tests.conftest import EVAL

MONDAY = date(2024, 8, 26)  # seed 003's published date


def values(text: str, anchor: date | None = MONDAY) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in tag_timexes(text, anchor)}


def test_seed_003_sunday_is_the_day_before_publication(seed_articles) -> None:  # type: ignore[no-untyped-def]
    article = seed_articles["003"]
    assert article.published == MONDAY
    timexes = find_timexes(article)
    sundays = [t for t in timexes if t.text == "Sunday"]
    assert sundays and all(t.value == "2024-08-25" for t in sundays)
    for t in timexes:
        assert article.text[t.start : t.end] == t.text
        sentence = article.sentences[t.sentence]
        assert sentence.start <= t.start and t.end <= sentence.end
    found = {t.text: t.value for t in timexes}
    assert found["July 2"] == "2024-07-02"
    assert found["October 7, 2023"] == "2023-10-07"
    assert found["16 days"] == "P16D"


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "value"),
    [
        ("Talks in Cairo failed on Sunday.", "Sunday", "DATE", "2024-08-25"),
        ("The delegation will return on Thursday.", "Thursday", "DATE", "2024-08-29"),
        ("Officials met last week in Doha.", "last week", "DATE", "2024-W34"),
        ("Hamas rejected what was agreed on July 2.", "July 2", "DATE", "2024-07-02"),
        ("The attack on October 7 last year killed 1,200.", "October 7 last year", "DATE", "2023-10-07"),
        ("The talks lasted three hours.", "three hours", "DURATION", "PT3H"),
        ("They meet every Monday in Cairo.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Prices rose over the past 10 years.", "the past 10 years", "DURATION", "P10Y"),
        ("He arrived Monday morning.", "Monday morning", "DATE", "2024-08-26TMO"),
        ("Sales fell in the third quarter of 2023.", "the third quarter of 2023", "DATE", "2023-Q3"),
        ("Profit rose 5% from a year ago.", "a year ago", "DATE", "2023"),
        ("The ceasefire is expected early next year.", "early next year", "DATE", "2025"),
        ("It happened two weeks ago.", "two weeks ago", "DATE", "2024-W33"),
        ("He spent 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The meeting starts at 10:30 a.m. Tuesday.", "10:30 a.m. Tuesday", "TIME", "2024-08-27T10:30"),
        ("Talks resume tomorrow.", "tomorrow", "DATE", "2024-08-27"),
        ("The war has changed the region in recent years.", "recent years", "DURATION", "PXY"),
        ("The town was founded in the 1990s.", "1990s", "DATE", "199"),
        ("Now the talks go on.", "Now", "DATE", "PRESENT_REF"),
        ("The plan was signed in January nineteen ninety-six.", "January nineteen ninety-six", "DATE", "1996-01"),
        ("Wages rise annually.", "annually", "SET", "P1Y"),
    ],
)
def test_normalization(sentence: str, expression: str, kind: str, value: str) -> None:
    assert values(sentence)[expression] == (kind, value)


def test_news_phrasing_edge_cases() -> None:
    text = (
        "The 10-month war has killed 40,000 since Oct. 7. The army said it would pull out by the end of the year. "
        "Late Sunday, officials met again. A second phase would last 42 days."
    )
    found = values(text)
    assert found["10-month"] == ("DURATION", "P10M")  # "the" stays out of an adjectival duration
    assert found["Oct. 7"] == ("DATE", "2023-10-07")  # "since" points back, across New Year
    assert found["Late Sunday"] == ("DATE", "2024-08-25")  # the previous sentence's "would" does not leak
    assert "A second" not in found and found["42 days"] == ("DURATION", "P42D")


def test_issue_examples_from_seeds() -> None:
    text = "Netanyahu, in his 11th month of war, said last week the deal held."
    found = {t.text: t for t in tag_timexes(text, MONDAY)}
    assert found["his 11th month"].value is None  # a period whose start the sentence does not give
    assert "unstated" in (found["his 11th month"].relation or "")
    assert found["last week"].value == "2024-W34"


def test_bare_month_follows_tense_across_new_year() -> None:
    january = date(2024, 1, 10)
    assert values("The company was founded in November.", january)["November"] == ("DATE", "2023-11")
    assert values("The summit will be held in March.", january)["March"] == ("DATE", "2024-03")


def test_no_anchor_leaves_relative_expressions_unresolved() -> None:
    found = {t.text: t for t in tag_timexes("Talks failed on Sunday; yesterday they said last week was hard.", None)}
    assert found["Sunday"].value == "XXXX-WXX-7"
    assert found["yesterday"].value is None and found["yesterday"].relation == "-1 D"
    assert found["last week"].value is None and found["last week"].relation == "-1 W"
    absolute = {t.text: t.value for t in tag_timexes("It began on October 7, 2023.", None)}
    assert absolute["October 7, 2023"] == "2023-10-07"


def test_impossible_dates_are_marked_not_guessed() -> None:
    for text in ("The vote is set for February 30, 2024.", "Deadline: 2023-02-29.", "on 13/45/2020"):
        spans = tag_timexes(text, MONDAY)
        for span in spans:
            assert span.value is None or "-02-3" not in span.value
    february = tag_timexes("The vote is set for February 30, 2024.", MONDAY)
    assert february[0].value is None and "impossible" in (february[0].relation or "")


def test_bad_input_does_not_crash() -> None:
    assert tag_timexes("", MONDAY) == []
    for text in ('"Unbalanced quote on Monday', "«Monday»", "Monday\x00Tuesday", "9999-99-99", "at 25:99 p.m."):
        for span in tag_timexes(text, MONDAY):
            assert text[span.start : span.end] == span.text


def test_lower_case_may_is_not_a_month() -> None:
    assert "may" not in values("Talks may resume in the spring.")
    assert values("Talks resumed in May.")["May"] == ("DATE", "2024-05")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;-/'\"\n"), max_size=8)
        | st.sampled_from(["Monday ", "last ", "week ", "March ", "30 ", "2024 ", "years ", "ago ", "a.m. ", "the "]),
        max_size=30,
    ).map("".join),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
)
def test_spans_lie_inside_the_text_and_never_overlap(text: str, anchor: date | None) -> None:
    spans = tag_timexes(text, anchor)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.start >= previous_end
        assert span.type in {"DATE", "TIME", "DURATION", "SET"}
        previous_end = span.end


TEMPEVAL_DEV = EVAL / "timex" / "tempeval3" / "dev"


def dev_span(name: str, context: str, expression: str) -> tuple[str, str | None]:
    """Type and value of ``expression`` where it occurs inside ``context`` in a TempEval-3 dev document,
    tagged with the document's creation time as the anchor (the way ``newsdesk eval timex`` runs)."""
    doc = read_tml(next(TEMPEVAL_DEV.rglob(name)))
    start = doc.text.index(context) + context.index(expression)
    found = [s for s in tag_timexes(doc.text, doc.dct) if s.start <= start < s.end]
    assert found, f"{expression!r} not tagged in {name}"
    return found[0].type, found[0].value


@pytest.mark.parametrize(
    ("name", "context", "expression", "kind", "value"),
    [
        # Results comparisons are the reported quarter a year back, however far back the quarter was named...
        ("wsj_0160.tml", "from $93.3 million a year earlier", "a year earlier", "DATE", "1988-Q3"),
        ("wsj_0144.tml", "compared with a loss of $3 million last year", "last year", "DATE", "1988-Q3"),
        ("wsj_0344.tml", "for last year's quarter", "last year", "DATE", "1988-Q3"),
        ("wsj_0991.tml", "In the 1988 third quarter, the company", "the 1988 third quarter", "DATE", "1988-Q3"),
        # ... unless the sentence is about a longer period or the year itself.
        ("wsj_1013.tml", "$48.7 million, or $1.11 a share, a year earlier", "a year earlier", "DATE", "1988"),
        ("wsj_0568.tml", "up from last year's fully diluted", "last year", "DATE", "1988"),
        # A reporting year named by its last day is twelve months long.
        ("wsj_0346.tml", "for the year ended March 31", "the year", "DURATION", "P1Y"),
        ("wsj_0505.tml", "In the fiscal year ended Jan. 31", "the fiscal year", "DURATION", "P1Y"),
        # "the past year" / "the next year" are the calendar years either side of the creation time.
        ("VOA19980303.1600.2745.tml", "over the past year", "the past year", "DATE", "1997"),
        ("wsj_0189.tml", "over the next year or so", "the next year", "DATE", "1990"),
        ("wsj_1014.tml", "the last half of 1989", "the last half of 1989", "DATE", "1989-H2"),
        ("wsj_1003.tml", "the first two quarters of 1990", "first two quarters of 1990", "DATE", "1990-H1"),
        ("ABC19980108.1830.0711.tml", "for a couple of years", "a couple of years", "DURATION", "P2Y"),
        # "the following year" counts from the date last named; "the latest fiscal year" is the last completed.
        ("APW19980418.0210.tml", "and the following year he was", "the following year", "DATE", "1996"),
        ("wsj_0786.tml", "The following month, the company", "The following month", "DATE", "1989-04"),
        ("wsj_1006.tml", "in the latest fiscal year", "the latest fiscal year", "DATE", "1988"),
        # Seasons with "the" are this year's; a spelled-out year names the season's year.
        ("wsj_1003.tml", "the low levels of the early summer", "the early summer", "DATE", "1989-SU"),
        ("CNN19980223.1130.0960.tml", "in the winter of nineteen ninety-four", "the winter", "DATE", "1994-WI"),
        # Tense: a past verb after the relative "that", an irregular past, "planned to" looking forward.
        ("APW19990506.0155.tml", "that injured abortion doctors in November", "November", "DATE", "1998-11"),
        ("wsj_0786.tml", "In January, American Medical brought in", "January", "DATE", "1989-01"),
        ("APW19980930.0425.tml", "The team planned to leave Nairobi on Thursday", "Thursday", "DATE", "1998-10-01"),
        # The weekday of the day after the creation time is that day, not six days back (rules.v3).
        ("APW199980817.1193.tml", "Albright headed Tuesday to East Africa", "Tuesday", "DATE", "1998-08-18"),
        ("APW20000107.0318.tml", "demonstration in Little Havana on Saturday", "Saturday", "DATE", "2000-01-08"),
        # rules.v6. The quarter being reported stays under discussion past a quarter named without results (rules.v5:
        # 1988-Q2 after "After a flat second quarter", 1989-Q3 after "through the third quarter of 1990").
        ("wsj_0292.tml", "charges taken in the year-earlier period", "the year-earlier period", "DATE", "1988-Q3"),
        ("wsj_0292.tml", "were lower than a year ago", "a year ago", "DATE", "1988-Q3"),
        ("wsj_1003.tml", "In the year-ago period, Bethlehem earned", "the year-ago period", "DATE", "1988-Q3"),
        # A comparison in a sentence about nine months is the year before, not the quarter (rules.v5: 1988-Q3).
        ("wsj_0144.tml", "compared with a loss of $195 million in the 1988 period", "1988", "DATE", "1988"),
        ("wsj_0167.tml", "compared with year-earlier net income of $967,809", "year-earlier", "DATE", "1988"),
        # A month ending a stretch that runs on from the present is the next one (rules.v5: 1989-01); "last
        # February" on 1 March is a year back (rules.v5: 1998-02); "that year" is the year last named (not tagged).
        ("wsj_0575.tml", "in revolving loans through January", "January", "DATE", "1990-01"),
        ("APW19980301.0720.tml", "helicopters crashed last February", "last February", "DATE", "1997-02"),
        ("wsj_0026.tml", "in U.S. watch imports that year", "that year", "DATE", "1988"),
        # "and a half" after the unit counts (rules.v5: "a minute", PT1M); an ordinal century needs no "the" and the
        # end of the year after a preposition is tagged ("since": last year's) (rules.v5: neither tagged).
        ("ABC19980114.1830.0611.tml", "But a minute and a half later", "a minute and a half", "DURATION", "PT1M30S"),
        ("APW19980213.1310.tml", "she is a 20th century democrat", "20th century", "DATE", "19"),
        ("APW19980219.0476.tml", "the fabled 11th century temple", "11th century", "DATE", "10"),
        ("wsj_0006.tml", "complete the transaction by year-end", "year-end", "DATE", "1989"),
        ("wsj_0586.tml", "The percentage change is since year-end", "year-end", "DATE", "1988"),
        # The plural present of "meet" is a schedule (Friday 1 May 1998: gold 1998-05-04; rules.v5: 1998-04-27).
        ("VOA19980501.1800.0355.tml", "Yasser Arafat meet separately Monday with", "Monday", "DATE", "1998-05-04"),
        # rules.v7. A quarter named by its last day holds the middle of its three months: May to July is the second
        # quarter (rules.v6: 1989-Q3, the quarter before the published date's) ...
        ("wsj_0662.tml", "In the quarter ended July 31, Jayark", "the quarter", "DATE", "1989-Q2"),
        # ... unless the story has just named it as a fiscal quarter (Delta's fiscal first quarter: both versions).
        ("wsj_1011.tml", "For the quarter ended Sept. 30, Delta", "the quarter", "DATE", "1989-Q1"),
        # "the fiscal-first quarter" is a quarter, and the comparisons after it its year-ago quarter (rules.v6: not
        # tagged, and "a year ago" 1988).
        ("wsj_0924.tml", "for the fiscal-first quarter ended Sept. 30", "the fiscal-first quarter", "DATE", "1989-Q1"),
        ("wsj_0924.tml", "14 Canadian cents a share, a year ago", "a year ago", "DATE", "1988-Q1"),
        # "The year-ago results" is tagged (rules.v6: "the" made it refuse "year-ago" before "results"): the quarter
        # a year back, or the year back after "In the first nine months, ..." in the sentence before.
        ("wsj_0325.tml", "The year-ago results have been restated", "year-ago", "DATE", "1988-Q3"),
        ("wsj_0144.tml", "The year-ago results included a $415 million", "year-ago", "DATE", "1988"),
        # Monday 30 October 1989, on Friday's trading: the Friday before it (rules.v6: "Friday", 1989-10-27).
        ("wsj_0586.tml", "down 4.5% from the previous Friday and", "the previous Friday", "DATE", "1989-10-20"),
    ],
)
def test_timeml_conventions_on_tempeval_dev(name: str, context: str, expression: str, kind: str, value: str) -> None:
    assert dev_span(name, context, expression) == (kind, value)


def t17_tagged_at(folder: str, context: str) -> tuple[int, list[TimexSpan]]:
    """Where ``context`` starts in the first Timeline17 dev article holding it, and the article's time expressions
    tagged against its published date."""
    for record in read_jsonl(EVAL / "timelines" / "t17" / "dev" / folder / "articles.jsonl.gz"):
        if context in record["text"]:
            return record["text"].index(context), tag_timexes(record["text"], date.fromisoformat(record["published"]))
    raise AssertionError(f"{context!r} not in {folder}")


def t17_span(folder: str, context: str, expression: str) -> tuple[str, str | None]:
    """Type and value of ``expression`` inside ``context`` in the Timeline17 dev article that contains it."""
    at, spans = t17_tagged_at(folder, context)
    start = at + context.index(expression)
    found = [s for s in spans if s.start <= start < s.end]
    assert found, f"{expression!r} not tagged in {folder}"
    return found[0].type, found[0].value


@pytest.mark.parametrize(
    ("folder", "context", "expression", "value"),
    [
        # Chronology entries are written in the historical present: "meets", "condemns" do not make the day
        # a future one (rules.v2 read both as next year's).
        ("LibyaWar_reuters", "March 5 - The rebel National Transitional Council meets", "March 5", "2011-03-05"),
        ("SyrianCrisis_bbc", "10 June: Turkish PM condemns", "10 June", "2011-06-10"),
        # Live pages run past midnight and Cairo or Tripoli is ahead of the page's New York date: the next day's
        # weekday is the next day (rules.v2: six days back, 2011-01-25 and 2011-03-13).
        ("EgyptianProtest_cnn", "who paid a personal visit to Mubarak on Tuesday", "Tuesday", "2011-02-01"),
        ("LibyaWar_cnn", "thundered in the skies above Tripoli early Sunday", "early Sunday", "2011-03-20"),
        # ... unless "last week" says otherwise (published Thursday 2009-04-30).
        ("H1N1_guardian", "attended school on Wednesday to Friday last week", "Friday", "2009-04-24"),
        # A call for a protest names a day to come (rules.v5). Friday 2011-02-11: the rally of 14 February, which the
        # next sentence names (rules.v4: 2011-02-07, a date conflict in the brief against "a rally on February 14");
        # Monday 2011-01-31: Yemen's protest of Thursday 3 February (rules.v4: 2011-01-27).
        ("EgyptianProtest_cnn", "opposition figures called for a rally Monday in support", "Monday", "2011-02-14"),
        ("EgyptianProtest_cnn", "calling for a protest Thursday in Yemen", "Thursday", "2011-02-03"),
        # A month reached "by" is not last year's (rules.v5; rules.v4: 2010-09, 2008-12, 2010-11) ...
        ("EgyptianProtest_cnn", "their president has agreed to go by September", "September", "2011-09"),
        ("H1N1_bbc", "doses of a swine flu (H1N1) vaccine by December", "December", "2009-12"),
        ("SyrianCrisis_reuters", "and report back by the end of November. FRANCE", "the end of November", "2011-11"),
        # ... and a past point reached "by" a month of this year stays this year's.
        ("SyrianCrisis_reuters", "Yet by March, his name was already", "March", "2011-03"),
        # rules.v6. February 2011: Mubarak's term ends in September 2011 (rules.v5: 2010-09, read as reported) ...
        ("EgyptianProtest_cnn", "no intention of stepping down until September", "September", "2011-09"),
        ("EgyptianProtest_cnn", "do you see a group willing to wait until September", "September", "2011-09"),
        # ... while a simple past keeps a stretch that is over in the past (guards, also right on rules.v5).
        ("LibyaWar_cnn", "interior minister in Gadhafi's government until February", "February", "2011-02"),
        ("LibyaWar_reuters", "held by pro-Gaddafi fighters until late September", "late September", "2011-09"),
        # 2 April 2012: the uprising of March 2011 (rules.v5: 2012-03); months before, this year's (guard).
        ("SyrianCrisis_bbc", "9,000 people have been killed since last March Violence", "last March", "2011-03"),
        ("LibyaWar_cnn", "He was one of six ministers sworn in last March", "last March", "2011-03"),
        # "declared SARS a pandemic in March 2003. By June of that year" (rules.v5: 2008-06, "that year" not tagged).
        ("H1N1_reuters", "By June of that year, it had lifted", "June", "2003-06"),
        ("H1N1_reuters", "By June of that year, it had lifted", "that year", "2003"),
        # The Iran protests of June 2009, and a resignation of 1 February 2011 (rules.v5: "a year", "a week").
        (
            "EgyptianProtest_cnn",
            "similar to the Iran protests a year and a half ago",
            "a year and a half ago",
            "2009-07",
        ),
        (
            "EgyptianProtest_cnn",
            "resigned two weeks ago or maybe a week and a half ago",
            "a week and a half ago",
            "2011-02-01",
        ),
        # The Arab League's meeting of 22 January 2012 on its monitors (rules.v5: the weekend before).
        ("SyrianCrisis_bbc", "mission when they meet at the weekend", "the weekend", "2012-W03-WE"),
        # rules.v7. Friday 10 June 2011: Hama's protest of 3 June (rules.v6: "Friday", the day itself).
        ("SyrianCrisis_reuters", "the turnout of the previous Friday when", "the previous Friday", "2011-06-03"),
        # rules.v8. A scheduled event named by its day follows its clause. Sunday 6 February 2011: the inter-Korean
        # talks of Tuesday the 8th and the Verizon iPhone of Thursday the 10th; Saturday 17 December 2011: the Arab
        # League's Cairo meeting of the 21st (rules.v7: 1 and 3 February, 14 December, read as reports by the 's).
        ("EgyptianProtest_cnn", "the South will demand in Tuesday's talks", "Tuesday", "2011-02-08"),
        ("EgyptianProtest_cnn", "take preorders right up to Thursday's launch date", "Thursday", "2011-02-10"),
        ("SyrianCrisis_bbc", "would give Syria until Wednesday's Cairo meeting", "Wednesday", "2011-12-21"),
        # Guards, the same on rules.v7: a scheduled event in a clause that reports (Monday 27 February 2012, the
        # referendum of the 26th), what is not scheduled in a clause that looks forward (Thursday 3 February 2011),
        # and a day named in a page that names the Sunday Times.
        ("SyrianCrisis_bbc", "The opposition has dismissed Sunday's vote as a farce", "Sunday", "2012-02-26"),
        ("EgyptianProtest_cnn", "said Wednesday's attacks on demonstrators would be", "Wednesday", "2011-02-02"),
        ("LibyaWar_reuters", "Foreign Secretary William Hague said on Sunday that", "Sunday", "2011-03-06"),
    ],
)
def test_news_day_references_on_timeline17_dev(folder: str, context: str, expression: str, value: str) -> None:
    assert t17_span(folder, context, expression) == ("DATE", value)


@pytest.mark.parametrize(
    ("folder", "context"),
    [
        # rules.v7: 2012-02-19, the Sunday before the BBC's Wednesday 22 February 2012 report of Marie Colvin's death.
        ("SyrianCrisis_bbc", "Sunday Times reporter Marie Colvin, an American, and award-winning"),
        ("SyrianCrisis_bbc", "Mr Assad told the Sunday Times:"),
        # rules.v7: 2010-01-17, the page's own day.
        ("haiti_bbc", "But the Sunday Mirror reports that Prime Minister"),
    ],
)
def test_a_weekday_that_opens_a_papers_name_is_no_day(folder: str, context: str) -> None:
    """rules.v8 (``given_names.paper_name``): read as a day, the paper added a Sunday to the timeline's counts."""
    start, spans = t17_tagged_at(folder, context)
    start += context.index("Sunday")
    assert not [s for s in spans if s.start <= start < s.end]


@pytest.mark.parametrize(
    ("topic", "words", "clock", "year"),
    [
        # BBC live page: every entry opens with its 24-hour time; "2008" inside the entry is a year
        ("haiti_bbc", "1646 According to the New Scientist magazine", "1646", "2008"),
    ],
)
def test_clock_times_on_live_pages_are_not_years(topic: str, words: str, clock: str, year: str | None) -> None:
    """Timeline17 dev pages: the brief read these stamps as the years 1646 and 1944 and set them against the
    story's dates as conflicts. Cleaning now cuts them (``clean.boilerplate.entry_stamps``); in text that was not
    cleaned the tagger must not read one as a year either."""
    from newsdesk.clean.boilerplate import strip_update_stamps

    folder = EVAL / "timelines" / "t17" / "dev" / topic
    [record] = [r for r in read_jsonl(folder / "articles.jsonl.gz") if words in (r.get("text") or "")][:1]
    text = record["text"]
    at = text.index(words)
    entry = text[at : text.index(". ", at + len(words)) + 1]
    values = [
        t.value for t in tag_timexes(text, date.fromisoformat(record["published"])) if at <= t.start < at + len(entry)
    ]
    assert clock not in values
    if year:
        assert year in values
    assert words not in strip_update_stamps(text)[0] and words[len(clock) + 1 :] in strip_update_stamps(text)[0]


def test_a_bracketed_clock_time_is_not_a_year() -> None:
    """CNN live page (Timeline17 EgyptianProtest_cnn): "(Updated 12:44 p.m. (1944 in Egypt))". Cleaning now cuts
    these stamps out (``clean.boilerplate.strip_update_stamps``); the tagger must not read one as a year either."""
    text = "(Updated 12:44 p.m. (1944 in Egypt)) Protesters and police clashed in Cairo on Friday."
    values = [t.value for t in tag_timexes(text, date(2011, 1, 28))]
    assert "1944" not in values and "2011-01-28" in values


def t17_tagged(folder: str, context: str) -> dict[str, str | None]:
    """The time expressions inside ``context`` (text → value) in the first Timeline17 dev article holding it."""
    at, spans = t17_tagged_at(folder, context)
    return {s.text: s.value for s in spans if at <= s.start and s.end <= at + len(context)}


@pytest.mark.parametrize(
    ("folder", "context", "word"),
    [
        # rules.v4 read her as June 2010 and June 2011 (future "will be") on two CNN pages: two date conflicts
        ("EgyptianProtest_cnn", "before the orbiter exploded. June Scobee Rodgers, the widow of Cmdr.", "June"),
        ("EgyptianProtest_cnn", "honoring the crew, and June Scobee Rodgers, the widow", "June"),
        ("H1N1_bbc", "I heard that Yolanthe and Jan Smit had broke up!", "Jan"),
        # the Disasters Emergency Committee, in capitals (rules.v4: December 2009)
        ("haiti_bbc", "write a cheque to DEC Haiti Earthquake Appeal", "DEC"),
    ],
)
def test_a_month_word_before_a_name_is_a_given_name(folder: str, context: str, word: str) -> None:
    assert word not in t17_tagged(folder, context)


def test_a_month_before_a_name_after_a_preposition_or_article_is_a_month() -> None:
    assert t17_tagged("SyrianCrisis_reuters", "Grammy Awards in February Lady Gaga stole") == {"February": "2011-02"}
    assert t17_tagged("SyrianCrisis_reuters", "In November Dallas Fed President") == {"November": "2010-11"}
    assert values("As a July NATO summit meeting in Warsaw approaches", date(2016, 6, 7))["July"] == ("DATE", "2016-07")
    assert values("In June Israel invaded Lebanon.")["June"] == ("DATE", "2024-06")
    assert values("The two met June Monday.")["June"] == ("DATE", "2024-06")


@pytest.mark.parametrize(
    "sentence",
    [
        # a role before the name, an initial after it, a month that speaks (web pages on the reporter April Ryan)
        "Sean Spicer called on American Urban Radio Networks correspondent April Ryan first on Wednesday.",
        "By the time April D. Ryan left the White House briefing room on Tuesday, she was making headlines.",
        "“I didn’t do anything that I didn’t normally do,” April later told The Baltimore Sun.",
        "For April Ryan, Clashes With the White House Bring a New Kind of Prominence",
    ],
)
def test_a_role_an_initial_or_a_speech_verb_makes_the_month_word_a_name(sentence: str) -> None:
    assert "April" not in values(sentence, date(2017, 4, 4))


def test_jan_kavan_is_not_january_on_tempeval_dev() -> None:
    """TempEval-3 dev has no TIMEX3 on him; rules.v4 tagged "Jan" as January 1999."""
    doc = read_tml(next(TEMPEVAL_DEV.rglob("XIE19990313.0031.tml")))
    at = doc.text.index("and Jan Kavan of the Czech Republic")
    assert not [s for s in tag_timexes(doc.text, doc.dct) if at <= s.start < at + 20]


@pytest.mark.parametrize(
    ("context", "expression"),
    [
        ("a ceasefire which was supposed to come into effect on 12 April never took hold", "12 April"),
        ("A ceasefire was supposed to begin in mid-April as part of his six-point", "mid-April"),
    ],
)
def test_a_plan_that_was_supposed_to_happen_is_not_next_year(context: str, expression: str) -> None:
    """Timeline17 SyrianCrisis_bbc, pages of 2012: Annan's ceasefire of April 2012 (rules.v4: April 2013)."""
    assert t17_tagged("SyrianCrisis_bbc", context)[expression].startswith("2012-04")


def test_a_plan_that_is_supposed_to_happen_still_looks_forward() -> None:
    assert values("The ceasefire is supposed to begin on 12 April.", date(2012, 8, 1))["12 April"][1] == "2013-04-12"


def test_a_call_for_weekday_protests_names_a_day_to_come() -> None:
    assert values("Pro-Morsi alliance calls for Friday protests", date(2013, 8, 21))["Friday"] == ("DATE", "2013-08-23")


def test_a_century_in_a_name_and_a_year_end_before_a_noun_are_not_times() -> None:
    # PolNeAR dev (NYT, 2015/2016): "21st Century Fox" is a company; "year-end" before a noun classifies it.
    text = EVAL / "quotes" / "polnear" / "dev" / "text" / "nyt_2016-08-01_with-ailes-out-and-murdoch-in-wh.txt"
    found = values(text.read_text(), date(2016, 8, 1))
    assert "21st Century" not in found
    sentence = "held forth on a sweeping array of topics in his traditional year-end news conference"
    assert "year-end" not in values(sentence, date(2015, 12, 19))


def test_papers_and_programmes_named_by_day_words_are_not_times() -> None:
    # TempEval-3 (no gold TIMEX3 there) and Timeline17 dev; rules.v5 read each as the publication day or week.
    for name, context, words in [
        ("WSJ910225-0066.tml", 'said on ABC-TV\'s "This Week With David Brinkley"', "This Week"),
        ("VOA19980331.1700.1533.tml", "This is VOA Today.", "Today"),
    ]:
        doc = read_tml(next(TEMPEVAL_DEV.rglob(name)))
        start = doc.text.index(context) + context.index(words)
        assert not [s for s in tag_timexes(doc.text, doc.dct) if s.start <= start < s.end]
    for folder, context, words in [
        ("LibyaWar_cnn", "Obama said Friday in an op-ed published in USA Today.", "Today"),
        ("EgyptianProtest_cnn", 'His publicist telling "Showbiz Tonight" Charlie', "Tonight"),
        ("SyrianCrisis_bbc", "told the BBC's World Today program", "Today"),
    ]:
        at, spans = t17_tagged_at(folder, context)
        start = at + context.index(words)
        assert not [s for s in spans if s.start <= start < s.end], context
    # A headline glued to its text still opens on the day (guard, also right on rules.v5).
    context = "Day of violence in Egypt Today, all Arabs are asking"
    assert t17_span("EgyptianProtest_cnn", context, "Today") == ("DATE", "2011-02-02")


@pytest.mark.parametrize(
    ("folder", "context", "value"),
    [
        # rules.v9: "last Tuesday" is the week before's Tuesday; v8 read the pages of Wednesday 20 and Thursday 21
        # January 2010 as the 19th (the quake was the 12th).
        ("haiti_bbc", "An estimated 200,000 people died in last Tuesday's quake and another 1", "2010-01-12"),
        ("haiti_bbc", "the devastating earthquake that struck last Tuesday", "2010-01-12"),
        # Where the latest such weekday is in the week before, v8 and v9 agree (guards).
        ("haiti_bbc", "may have died in last Tuesday's earthquake", "2010-01-12"),
        ("SyrianCrisis_reuters", "since it was damaged in last Friday's massive quake", "2011-03-11"),
        # rules.v10: on a Sunday page, "last <weekday>" (Monday to Friday) is of the week that Sunday ends; v9 read
        # each a week early (4 February 2011, 18 January 2011, 10 August 2011).
        ("EgyptianProtest_cnn", "We watched history being made last Friday as the dictatorship", "2011-02-11"),
        ("EgyptianProtest_cnn", "before these events, before last Tuesday, they were", "2011-01-25"),
        ("LibyaWar_cnn", "when he arrived in the country last Wednesday", "2011-08-17"),
        # Guards, alike on v9: "last Saturday" and "last Sunday" on a Sunday are the week before's.
        ("SyrianCrisis_bbc", "opposition-held areas on the city last Saturday", "2012-02-04"),
        ("EgyptianProtest_cnn", "in last Sunday's NFC championship game", "2011-01-23"),
        ("H1N1_bbc", "his conversion on last Sunday's program", "2009-05-24"),
    ],
)
def test_last_weekday_is_the_week_befores(folder: str, context: str, value: str) -> None:
    expression = context[context.index("last ") :].split("'")[0].split(" ")[:2]
    assert t17_span(folder, context, " ".join(expression).rstrip(",")) == ("DATE", value)


def test_last_weekday_v9_reading_is_kept() -> None:
    """``sunday_week=False`` reproduces rules.v9: the calendar week before the Sunday's."""
    sunday = date(2011, 8, 21)
    assert last_week_day(sunday, 3, sunday_week=False) == date(2011, 8, 10)
    assert last_week_day(sunday, 3) == date(2011, 8, 17)
    assert last_week_day(date(2011, 8, 24), 3) == last_week_day(date(2011, 8, 24), 3, sunday_week=False)
