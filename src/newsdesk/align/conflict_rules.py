"""Which comparisons ``conflicts`` makes: one ``Rules`` switch per kind of false flag found and fixed, and the
versioned sets of them (``V4_RULES`` … ``V21_RULES``) that ``facts.ALGORITHMS`` names, so an old brief can be rebuilt
exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Rules:
    """Which versioned conflict rules apply (``align.facts.v5`` and ``v6`` turn them on; older names keep theirs).

    ``whole_fact`` (v5): a figure is contested only when neither article gives the other's value anywhere in the
    fact and neither gives two values for the same thing, and dates only when both name a month or a day.
    ``place_lists`` (v6): places disagree when the lists naming a shared place differ ("travel to Egypt and Qatar"
    vs "travel to Egypt"), not when one sentence names another place elsewhere ("return to Washington because of
    the earthquake in Haiti" vs "return to Washington").
    ``written_precision`` (v6): a figure written to fewer decimals holds one within its last digit ("$4.3 m" and
    "$4.37 m", two conversions of 3m euros, are one amount, more and less precise).
    ``quantities`` (v7): two figures sharing a noun are compared only when their sentences do not tell them apart
    as two quantities (``quantities.same_quantity``: another predicate, a part, an increment, another unit, a
    measure of another subject).
    ``page_days`` (v7): two papers of two days that each name their own day name a page's stamp ("As it happened:
    Haiti earthquake 13 Jan" / "… 14 Jan Live coverage following Tuesday's earthquake"); those days are left out
    and the rest compared.
    ``date_events`` (v8): two dates are compared only when, in the dependency parse of their sentences, they
    attach to one predicate (``fact_dates.date_events``); "said on Tuesday" and "confirmed on Wednesday" date two
    events.
    ``named_speakers`` (v9): a quote's speaker is compared only when the cited sentence itself names them
    (``_names_here``); a speaker reached through "he said" or another sentence is the extractor's reading.
    ``ordinals_and_modifiers`` (v9): an ordinal or a numeral hyphenated into a modifier ("This is the 11th case",
    "a two-year-old girl", ``quantities.names_one``) says which one, not how many, and is not compared: one fact's
    sentences of one shape ("A 14-year-old girl was also found alive" / "a two-year-old girl alive in the
    rubble"; "This is the eighth case" / "This is the 11th case") describe two.
    ``figure_days`` (v9): two figures are compared only when their sentences do not name two different days
    (``fact_dates.two_days``): "NATO said it conducted 149 air sorties on Wednesday" / "… 111 air sorties on
    Monday", "On Wednesday, 12 vessels were hailed" / "On Monday, 18 vessels were hailed" count two days' events, so
    neither contradicts nor updates the other. A paper's own day is left out first (``page_days``): a count "as of" the
    day each paper was written is still an update.
    ``conversions`` (v10): a figure restated in other units in parentheses ("161km (100 miles)", "about $270m
    (#165m)", ``quantities.is_conversion``) is not compared; the figure it converts is.
    ``ranges`` (v12): a range is one figure with a low and a high end (``ranges.merge``): "200-250 Libyan army
    vehicles" and "between 200 and 250 Libyan military vehicles" agree, a point at one of its ends gives its value,
    a point or range inside it refines it, and only an interval outside the other is a conflict or an update.
    ``ages`` (v12): an age written "4 years old", "aged 15" (``quantities.is_age``) is not compared: like "a
    two-year-old girl", it describes someone ("One patient was 4 years old" / "schoolchildren up to the age of about
    15 years old").
    ``figure_windows`` (v11; v13 is v12 with it): a figure counted over a window that ends when its paper was written
    ("flew 153 air sorties in the past 24 hours", "87 wounded over the last two days", ``fact_dates.trailing_window``)
    is compared only with a paper of the same day: papers of two days count over two windows ("… 115 strike sorties
    had been flown … in the last 24 hours" four days later is another day's count, neither a contradiction nor an
    update), and a window's count is not the running total or the named day's count another paper gives.
    ``past_events`` (v14): two figures that each count an incident told in the simple past (``fact_dates.past_event``:
    "Two people were killed and many others were wounded" / "Five were killed and several wounded by Libyan government
    shellfire"; "A magnitude 5.6 earthquake struck Chile" / "A magnitude 6.8 earthquake struck … off the coast of
    Chile"; "Three were boarded" / "Two were boarded") are compared only when their papers are of one day: papers of
    two days that each tell an incident tell two incidents of one shape as often as one twice, and neither is a count
    that rose. Counts as of the paper ("have been killed"), states ("are patrolling") and running counts ("the toll
    rose to 300", "A total of …") are compared as before.
    ``falling_states`` (v15): a count told as a present state (``states.present_state``: "Seventeen ships under NATO
    command are patrolling" on 30 June / "Sixteen ships … are patrolling" on 16 August) that is lower in the later
    paper is an ``update``, as a higher one is: the state changed. A count that only rises (the dead, the injured,
    cases; a perfect, "have been killed") stays a conflict when it falls.
    ``rate_periods`` (v15): two rates over two different periods (``rates.two_periods``: "about 100 a day" / "more
    than 200,000 every year") are not compared: they are two quantities.
    ``perfect_and_past`` (v16): an incident told in the simple past (``fact_dates.past_event``) and a count told in
    the perfect (``fact_dates.count_as_of_paper``: "have been injured", "had been killed"), of papers of two days, are
    not compared either: "MENA reported that at least 49 people have been injured" (26 January) / "At least two people
    were injured" (5 February); "Two members of the security forces were also killed" in Deraa (30 April) / "six
    members of the security forces have been killed in the same operation" in Homs (31 May). A count up to one
    paper's day and one incident of another day are two quantities as often as one: the later is no revision of the
    earlier, and neither contradicts the other. Two perfects ("2,000 civilians have been killed" → "2,700") and two
    past perfects ("more than 5,000 people had died" → "7,500 had died") are compared as before. The cost, measured
    on Timeline17 H1N1_guardian: an incident followed by a running count of the same thing ("three cases were initially
    diagnosed" at one school → "60 cases have already been confirmed" there) is no longer an update.
    ``retold_incidents`` (v16): two such figures of two days (``past_events``, ``perfect_and_past``) are compared
    after all when their sentences agree on another count of the same thing: "Eight people have been killed and
    nearly 850 injured" (3 February) / "At least eight people were killed and 836 injured" (4 February) tell one
    incident twice, and "836" refines "nearly 850".
    ``place_updates_dropped`` (v17): more places named on a later day is not listed as an ``update``. Meant for an
    outbreak spreading ("Mexico and the United States" → "Mexico, the United States and Canada"), it was right in 1 of
    the 11 place updates of nine Timeline17 exports read in session 19 (docs/benchmarks.md, helper ``conflict3``): two
    clauses read as one list ("in Libya and Britain has ruled out"), a sentence naming one more country in passing.
    Places on one day are still compared (a ``conflict``).
    ``counted_things`` (v18): two figures are not compared when their sentences say they count two things
    (``counted.two_things``): two owners ("about 100,000 U.S. troops" / "Britain has 10,000 troops"), a net amount
    against one that is not ("The country's net foreign assets are estimated to total $150 billion" / "Libya's total
    foreign assets are estimated at some $170 billion"), or two distances not both measured from one named place
    ("some 35 km (20 miles) away" / "55 km (35 miles) south of Syria's second city Aleppo").
    ``market_days`` (v20): two figures of papers of two days that each give a market's move of its day
    (``markets.market_move``: "SPX gave up 7.88 points" / "SPX was up 15.94 points"; "The Dow Jones Industrial
    Average is down 140 points" / "… gained 72 points") are not compared: two days' markets.
    ``bare_scales`` (v20): a figure written as a scale word with no count ("Several thousand Syrians", read as
    1,000; "Egypt's billion dollars", ``quantities.is_bare_scale``) is an order of magnitude and is not compared.
    ``same_day_reports`` (v21): two figures of papers of one day whose sentences are one report filed twice
    (``refiled.one_report``: "the UN said a total of about $270m … had been pledged so far" / "… about $310m …", both
    15 January; two articles naming two different outlets are never one report) are an ``update`` from the lower
    count to the higher, not a ``conflict``: a live page moving its own figure through the day."""

    whole_fact: bool = False
    place_lists: bool = False
    written_precision: bool = False
    quantities: bool = False
    page_days: bool = False
    date_events: bool = False
    named_speakers: bool = False
    ordinals_and_modifiers: bool = False
    figure_days: bool = False
    conversions: bool = False
    ranges: bool = False
    ages: bool = False
    figure_windows: bool = False
    past_events: bool = False
    falling_states: bool = False
    rate_periods: bool = False
    perfect_and_past: bool = False
    retold_incidents: bool = False
    place_updates_dropped: bool = False
    counted_things: bool = False
    market_days: bool = False
    bare_scales: bool = False
    same_day_reports: bool = False


V4_RULES = Rules()
V5_RULES = Rules(whole_fact=True)
V6_RULES = Rules(whole_fact=True, place_lists=True, written_precision=True)
V7_RULES = Rules(whole_fact=True, place_lists=True, written_precision=True, quantities=True, page_days=True)
V8_RULES = Rules(
    whole_fact=True, place_lists=True, written_precision=True, quantities=True, page_days=True, date_events=True
)
V9_RULES = replace(V8_RULES, named_speakers=True, ordinals_and_modifiers=True, figure_days=True)
V10_RULES = replace(V9_RULES, conversions=True)
V11_RULES = replace(V10_RULES, figure_windows=True)
V12_RULES = replace(V10_RULES, ranges=True, ages=True)
V13_RULES = replace(V12_RULES, figure_windows=True)
V14_RULES = replace(V13_RULES, past_events=True)
V15_RULES = replace(V14_RULES, falling_states=True, rate_periods=True)
V16_RULES = replace(V15_RULES, perfect_and_past=True, retold_incidents=True)
V17_RULES = replace(V16_RULES, place_updates_dropped=True)
V18_RULES = replace(V17_RULES, counted_things=True)
V20_RULES = replace(V18_RULES, market_days=True, bare_scales=True)
V21_RULES = replace(V20_RULES, same_day_reports=True)
