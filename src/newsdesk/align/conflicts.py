"""Agreement and conflict inside one fact: do its sources give the same figures, dates, places and speakers?

Each disagreement between two independent sources is classified:

- ``refinement``: one side is vaguer ("about 1,200", "more than 1,300", v6: "$4.3 m") and the other falls inside
  what the vague wording allows ("1,139", "1,324", "$4.37 m"): both can be true, one is just more precise.
- ``update``: the later article reports a higher count (a toll that rose as the story developed), or (v15) a lower
  count of a present state ("Seventeen ships … are patrolling" → "Sixteen ships …"), or (v21) one report filed twice
  on one day gives two counts (``refiled``: "about $270m" / "about $310m" pledged, both 15 January), lower first.
- ``conflict``: anything else ("at least 30 killed" vs "at least 34 killed" on the same day; "travel to
  Egypt and Qatar" vs "travel to Egypt").

Two dates are compared (v8, ``Rules.date_events``) only when they date one event: the word each attaches to in
its sentence's dependency parse is the same predicate ("a speech delivered Sunday" / "a speech early Monday"),
not two ("Besser said on Tuesday" / "The cause of death was confirmed on Wednesday": the saying and the
confirming are two events, each on its own day).

Works on the extraction records (``Figure``, ``Timex``, ``Mention``, ``Quote``), whichever extractor made them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsdesk.model import Annotations, Article, Citation, Sentence

from .conflict_rules import V4_RULES, Rules
from .counted import counted, two_things
from .fact_dates import (
    calendar_dates,
    count_as_of_paper,
    date_events,
    dates_agree,
    one_event,
    past_event,
    trailing_window,
    two_days,
)
from .markets import two_days_markets
from .places import disputed_place_lists, named_places, place_sets, places
from .quantities import (
    counted_key,
    figure_key,
    is_age,
    is_bare_scale,
    is_conversion,
    names_one,
    quantity,
    same_quantity,
)
from .quotes import same_wording
from .ranges import bounds, holds_value, merge, wider
from .rates import two_periods
from .refiled import one_report
from .similarity import Unit
from .states import present_state
from .units import unit_records

# Qualifiers that make a figure an approximation rather than a count.
VAGUE = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "close to", "~"})
# "About N" is read as N rounded: the tolerance is one unit of its last significant digit, and at least 10%
# (the usual reading of "about" in news style guides: a rounded figure, not a different one).
VAGUE_RELATIVE = 0.10
# Qualifiers that make a figure a bound: "more than 1,300" is consistent with a count of 1,324.
LOWER_BOUNDS = frozenset({"at least", "more than", "over"})
UPPER_BOUNDS = frozenset({"at most", "less than", "fewer than", "up to", "under", "as many as"})
BOUNDS = LOWER_BOUNDS | UPPER_BOUNDS


def _vague(qualifier: str | None, text: str) -> bool:
    words = (qualifier or "").lower() + " " + text.lower()
    return any(q in words.split() or words.startswith(q) for q in VAGUE)


def _rounding_unit(value: float) -> float:
    if value == 0:
        return 1.0
    digits = f"{abs(value):.0f}".rstrip("0")
    return 10.0 ** (len(f"{abs(value):.0f}") - len(digits)) if abs(value) >= 1 else 0.0


def _within_vague(vague: float, precise: float) -> bool:
    tolerance = max(_rounding_unit(vague), VAGUE_RELATIVE * abs(vague))
    return math.isclose(vague, precise, abs_tol=tolerance)


def _side(value: str, units: Sequence[Unit]) -> dict[str, Any]:
    return {"value": value, "citations": tuple(Citation(u.article, u.sentence) for u in units)}


def _entry(kind: str, field: str, a: tuple[str, Unit], b: tuple[str, Unit], labels: Mapping[str, str]) -> dict:
    (va, ua), (vb, ub) = a, b
    verb = {"conflict": "vs", "refinement": "is refined by", "update": "was updated to"}[kind]
    description = f"{field}: “{va}” ({labels[ua.article]}) {verb} “{vb}” ({labels[ub.article]})"
    return {"kind": kind, "field": field, "description": description, "sides": (_side(va, [ua]), _side(vb, [ub]))}


@dataclass(frozen=True, slots=True)
class _FactContext:
    """What every pair of one fact's sides is compared with: the story's annotations and articles, the outlets'
    labels, the rules, and (v5) every figure each article gives anywhere in the fact."""

    annotations: Mapping[str, Annotations]
    articles: Mapping[str, Article]
    rules: Rules = V4_RULES
    told: Mapping[str, list[Any]] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)


def _figure_conflicts(ua: Unit, ub: Unit, fact: _FactContext):
    ann, articles, told = fact.annotations, fact.articles, fact.told
    figs_a = unit_records(ann[ua.article].figures, ua) if ua.article in ann else []
    figs_b = unit_records(ann[ub.article].figures, ub) if ub.article in ann else []
    if fact.rules.ranges:
        figs_a, figs_b = merge(figs_a, articles[ua.article]), merge(figs_b, articles[ub.article])
    single = len(figs_a) == len(figs_b) == 1

    key = counted_key if fact.rules.whole_fact else figure_key

    def comparable(fa: Any, fb: Any) -> bool:
        if fact.rules.ordinals_and_modifiers and (names_one(fa) or names_one(fb)):
            return False
        if fact.rules.ages and (is_age(fa, articles[fa.article]) or is_age(fb, articles[fb.article])):
            return False
        if fact.rules.bare_scales and (
            is_bare_scale(fa, articles[fa.article]) or is_bare_scale(fb, articles[fb.article])
        ):
            return False
        if fact.rules.conversions and (
            is_conversion(fa, articles[fa.article]) or is_conversion(fb, articles[fb.article])
        ):
            return False
        ka, kb = key(fa), key(fb)
        if not (bool(ka & kb) or (not ka and not kb and single)):
            return False
        if fact.rules.counted_things and _two_things(fa, fb, articles, ann):
            return False
        return not fact.rules.quantities or _one_quantity(fa, fb, articles)

    # A value the other side also gives for the same thing is shared, not contested: "between 250,000 and
    # 500,000" against "250,000 to 500,000", or a range against one of its ends, holds no conflict.
    def same(f: Any, o: Any) -> bool:
        return holds_value(f, o) if fact.rules.ranges else bool(o.value == f.value)

    def shared(f: Any, others: list[Any]) -> bool:
        return any(same(f, o) and comparable(f, o) for o in others)

    # Across the whole fact: an article that also gives the other side's value does not contradict it, and one
    # that gives two values for the same thing ("in five seconds", "in about 3.5 seconds", "in 5.8 seconds":
    # three cars) shows that the fact is a kind of statement about several things, not one claim.
    def settled(f: Any, article: str, other: Any) -> bool:
        given = [o for o in told.get(article, ()) if o.value is not None and _same_thing(f, o)]
        return any(same(other, o) for o in given) or len({bounds(o) for o in given}) > 1

    # v16: the two sentences agree on another count of the same thing, so two days' figures tell one incident twice
    # ("Eight people have been killed and nearly 850 injured" / "At least eight people were killed and 836 injured")
    def retold(f: Any) -> bool:
        return fact.rules.retold_incidents and any(o is not f and shared(o, figs_b) for o in figs_a)

    for fa in figs_a:
        if fa.value is None or shared(fa, figs_b):
            continue
        for fb in figs_b:
            if fb.value is None or shared(fb, figs_a) or not comparable(fa, fb):
                continue
            if fact.rules.past_events and _two_days_incidents(fa, fb, articles, fact.rules) and not retold(fa):
                continue
            if fact.rules.rate_periods and two_periods(fa, fb, articles, ann):
                continue
            if fact.rules.market_days and two_days_markets(fa, fb, articles):
                continue
            if fact.rules.whole_fact and (settled(fa, ua.article, fb) or settled(fb, ub.article, fa)):
                continue
            if fact.rules.ranges and (bounds(fa)[0] != bounds(fa)[1] or bounds(fb)[0] != bounds(fb)[1]):
                yield _classify_ranges((fa, ua), (fb, ub), articles)
            else:
                yield _classify_figures((fa, ua), (fb, ub), articles, fact.rules)


def _two_days_incidents(fa: Any, fb: Any, articles: Mapping[str, Article], rules: Rules) -> bool:
    """v14: papers of two days, each figure an incident told in the simple past (``Rules.past_events``); v16, or
    one such incident against a count told in the perfect (``Rules.perfect_and_past``)."""
    da, db = articles[fa.article].published, articles[fb.article].published
    if not (da and db and da != db):
        return False
    (a, article_a), (b, article_b) = (fa, articles[fa.article]), (fb, articles[fb.article])
    past_a, past_b = past_event(a, article_a), past_event(b, article_b)
    if past_a and past_b:
        return True
    return rules.perfect_and_past and (
        (past_a and count_as_of_paper(b, article_b)) or (past_b and count_as_of_paper(a, article_a))
    )


def _one_quantity(fa: Any, fb: Any, articles: Mapping[str, Article]) -> bool:
    """v7: nothing in the two figures' sentences tells them apart as two quantities (``quantities``)."""
    return same_quantity(quantity(fa, articles[fa.article]), quantity(fb, articles[fb.article]))


def _two_things(fa: Any, fb: Any, articles: Mapping[str, Article], ann: Mapping[str, Annotations]) -> bool:
    """v18: the two figures' sentences say they count two things (``counted``: two owners, a net amount against
    one that is not, two distances not measured from one named place)."""
    a, b = articles[fa.article], articles[fb.article]
    return two_things(counted(fa, a, ann[a.id].mentions), counted(fb, b, ann[b.id].mentions))


def _same_thing(fa: Any, fb: Any) -> bool:
    """Two figures count the same thing when their unit and context words overlap, or when neither has any."""
    ka, kb = counted_key(fa), counted_key(fb)
    return bool(ka & kb) or not (ka or kb)


def fact_figures(
    units: Sequence[Unit], ann: Mapping[str, Annotations], articles: Mapping[str, Article] | None = None
) -> dict[str, list[Any]]:
    """Every figure the fact's units give, by article; with ``articles`` (v12), a range's ends as one ``Range``."""
    found: dict[str, list[Any]] = {}
    for unit in units:
        if unit.article in ann:
            records = unit_records(ann[unit.article].figures, unit)
            found.setdefault(unit.article, []).extend(merge(records, articles[unit.article]) if articles else records)
    return found


def _within_bound(bounded: Any, precise: Any) -> bool:
    """ "More than 1,300" holds 1,324; "up to 81" holds 20."""
    qualifier = (bounded.qualifier or "").lower()
    if qualifier in LOWER_BOUNDS:
        return bool(precise.value >= bounded.value)
    return qualifier in UPPER_BOUNDS and bool(precise.value <= bounded.value)


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _written_step(figure: Any) -> float | None:
    """One unit of the figure's last written digit, in its value's scale: "$4.3 m" → 0.1 m, "$4 m" → 1 m, "12" → 1.
    None when the figure is not written in digits ("Ten")."""
    match = _WRITTEN_NUMBER.search(figure.text)
    if match is None or figure.value is None:
        return None
    written = float(match.group(0).replace(",", ""))
    if written == 0:
        return None
    decimals = len(match.group(1) or "")
    return float(10.0**-decimals * abs(figure.value / written))


def _written_coarser(fa: Any, fb: Any) -> Any | None:
    """The figure written to fewer decimals when, read to its last digit, it holds the other ("$4.3 m" holds "$4.37
    m"), else None ("30" does not hold "34": both are whole numbers, written as precisely as they can be)."""
    step_a, step_b = _written_step(fa), _written_step(fb)
    if step_a is None or step_b is None or math.isclose(step_a, step_b):
        return None
    if abs(fa.value - fb.value) >= max(step_a, step_b):
        return None
    return fa if step_a > step_b else fb


def _classify_figures(a: tuple[Any, Unit], b: tuple[Any, Unit], articles: Mapping[str, Article], rules: Rules):
    (fa, ua), (fb, ub) = a, b
    coarser = _written_coarser(fa, fb) if rules.written_precision else None
    if coarser is not None:
        (coarse, c_unit), (fine, f_unit) = (a, b) if coarser is fa else (b, a)
        return "refinement", (coarse.text, c_unit), (fine.text, f_unit)
    vague_a, vague_b = _vague(fa.qualifier, fa.text), _vague(fb.qualifier, fb.text)
    if vague_a != vague_b:
        vague, precise = ((fa, ua), (fb, ub)) if vague_a else ((fb, ub), (fa, ua))
        if _within_vague(vague[0].value, precise[0].value):
            return "refinement", (vague[0].text, vague[1]), (precise[0].text, precise[1])
    # One bound against one count it allows is the count made precise; two bounds ("at least 30" / "at least
    # 34" the same day) stay a conflict: each outlet says its own floor.
    bounded_a, bounded_b = (bool(f.qualifier) and f.qualifier.lower() in BOUNDS for f in (fa, fb))
    if bounded_a != bounded_b and not (vague_a or vague_b):
        bound, precise = ((fa, ua), (fb, ub)) if bounded_a else ((fb, ub), (fa, ua))
        if _within_bound(bound[0], precise[0]):
            return "refinement", (bound[0].text, bound[1]), (precise[0].text, precise[1])
    da, db = articles[ua.article].published, articles[ub.article].published
    if da and db and da != db:
        (early, e_unit), (late, l_unit) = ((fa, ua), (fb, ub)) if da < db else ((fb, ub), (fa, ua))
        if late.value > early.value or (rules.falling_states and _states(early, late, articles)):
            return "update", (early.text, e_unit), (late.text, l_unit)
    if rules.same_day_reports and one_report(fa, fb, articles):
        # v21: one report filed twice on one day, its count moved between the versions; which was filed first is not
        # recorded, and a count a page keeps through the day ("pledged so far", "people had died") rises
        (low, low_unit), (high, high_unit) = ((fa, ua), (fb, ub)) if fa.value <= fb.value else ((fb, ub), (fa, ua))
        return "update", (low.text, low_unit), (high.text, high_unit)
    return "conflict", (fa.text, ua), (fb.text, ub)


def _states(fa: Any, fb: Any, articles: Mapping[str, Article]) -> bool:
    """v15: both figures count a present state (``Rules.falling_states``), so the later may be lower."""
    return present_state(fa, articles[fa.article]) and present_state(fb, articles[fb.article])


def _classify_ranges(a: tuple[Any, Unit], b: tuple[Any, Unit], articles: Mapping[str, Article]):
    """v12, two figures of which one at least is a range (``ranges``): the wider is refined by one inside it ("some
    100" aside, "between three and seven days" by "five days"); a later interval above the earlier one at both ends
    is an update ("10,000 to 12,000" → "15,000"); anything else is a conflict."""
    (fa, ua), (fb, ub) = a, b
    outer = wider(fa, fb)
    if outer is not None:
        (out, o_unit), (inner, i_unit) = (a, b) if outer is fa else (b, a)
        return "refinement", (out.text, o_unit), (inner.text, i_unit)
    da, db = articles[ua.article].published, articles[ub.article].published
    if da and db and da != db:
        (early, e_unit), (late, l_unit) = (a, b) if da < db else (b, a)
        (el, eh), (ll, lh) = bounds(early), bounds(late)
        if ll > el and lh > eh:
            return "update", (early.text, e_unit), (late.text, l_unit)
    return "conflict", (fa.text, ua), (fb.text, ub)


# Between two places of one list: a comma or "and"/"or", perhaps with the preposition repeated ("to Egypt and to
# Qatar", "in Cairo, Alexandria and Suez").
def _named_speaker(
    unit: Unit, ann: Mapping[str, Annotations], sentence: Sentence | None = None
) -> tuple[frozenset[str], str] | None:
    """The one named person the unit quotes directly: (their lowercase name words, their quoted words), else None.

    A description ("a senior U.S. official", "sources", "the Prime Minister") is vaguer than a name, not a
    different speaker, and a unit quoting two speakers holds two claims: neither can contradict a name. An
    organisation is named too many ways ("CDC", "the Centers for Disease Control and Prevention", "the
    agency") for two of its names to be two speakers, so only people are compared. A paraphrase is not a
    speaker's words: two people may well say the same thing, so only direct quotes can be misattributed.

    v9 (``Rules.named_speakers``, given the unit's ``sentence``): only a speaker the cited sentence itself names
    (``_names_here``).
    """
    annotations = ann.get(unit.article)
    if annotations is None:
        return None
    quotes = [q for q in unit_records(annotations.quotes, unit) if q.speaker]
    if len({q.speaker for q in quotes}) != 1 or not all(q.direct for q in quotes):
        return None
    name = quotes[0].speaker or ""
    surname = name.split()[-1].lower()
    if sentence is not None and not all(_names_here(q, surname, sentence) for q in quotes):
        return None
    named = any(
        m.label == "PERSON" and m.text.split() and m.text.split()[-1].lower() == surname for m in annotations.mentions
    )
    return (frozenset(name.lower().split()), " ".join(q.text for q in quotes)) if named else None


def _names_here(quote: Any, surname: str, sentence: Sentence) -> bool:
    """v9: the quote's speaker span lies in the cited sentence and holds the speaker's surname ("Bouchard said",
    "said Rear Adm. Russell Harding"). A "she said", or a name the extractor reached in another sentence (a quote
    running over two sentences, a speaker resolved through the story), is the extractor's reading, not the outlet's
    attribution: on Timeline17 LibyaWar_cnn, Eman al-Obeidy's "Look at what Gadhafi's brigades did to me," she said
    was resolved to four speakers on four pages, and no two outlets named two people for one quote."""
    span = quote.speaker_span
    if span is None or not sentence.start <= span.start < sentence.end:
        return False
    named = sentence.text[span.start - sentence.start : span.end - sentence.start]
    return surname in re.findall(r"[\w'’-]+", named.lower())


def _pair_conflicts(ua: Unit, ub: Unit, fact: _FactContext):
    ann, articles, labels, rules = fact.annotations, fact.articles, fact.labels, fact.rules
    # "1,300 suspected cases" in Mexico and "26 suspected cases" in Spain count two places' cases: figures are
    # compared only when the sentences do not name two different sets of places.
    named_a, named_b = named_places(ua, ann), named_places(ub, ann)
    da, db = articles[ua.article].published, articles[ub.article].published
    dates_a, dates_b = calendar_dates(ua, ann), calendar_dates(ub, ann)
    if rules.page_days and da and db and da != db and str(da) in dates_a and str(db) in dates_b:
        dates_a = {d: v for d, v in dates_a.items() if d != str(da)}
        dates_b = {d: v for d, v in dates_b.items() if d != str(db)}
    days_differ = rules.figure_days and two_days(dates_a, dates_b)
    windows_differ = (
        rules.figure_windows and da and db and da != db and (trailing_window(ua, ann) or trailing_window(ub, ann))
    )
    if not (named_a and named_b and not named_a & named_b) and not days_differ and not windows_differ:
        for kind, a, b in _figure_conflicts(ua, ub, fact):
            yield _entry(kind, "figure", a, b, labels)
    lists_a, lists_b = (places(u, ann, articles, appositions=not rules.place_lists) for u in (ua, ub))
    if rules.place_lists:
        text_a, text_b = (articles[u.article].sentences[u.sentence].text for u in (ua, ub))
        disputed = disputed_place_lists(lists_a, lists_b, text_a, text_b)
    else:
        disputed = place_sets(lists_a, lists_b)
    for list_a, list_b in disputed:
        set_a, set_b = {p.lower() for p in list_a}, {p.lower() for p in list_b}
        side_a, side_b = (" and ".join(list_a), ua), (" and ".join(list_b), ub)
        if not (da and db and da != db):
            yield _entry("conflict", "place", side_a, side_b, labels)
        else:  # on another day, more places is the story moving on; fewer or other places cannot be told apart
            early, late = ((side_a, set_a), (side_b, set_b)) if da < db else ((side_b, set_b), (side_a, set_a))
            if late[1] > early[1] and not rules.place_updates_dropped:
                yield _entry("update", "place", early[0], late[0], labels)
    # v5: a year alone ("predicted in 2008", "tremors in 1860") is background, not a day to contest; a side's years
    # still count for agreement ("In 1918 … in April" agrees with "September 1918")
    if rules.whole_fact and not all(any(len(d) > len("YYYY") for d in x) for x in (dates_a, dates_b)):
        dates_a = dates_b = {}
    # "on Friday" in Friday's paper and "on Thursday" in Thursday's are two days' events, not a disagreement:
    # days read relative to articles published on different days are not compared.
    relative_only = all(dates_a.values()) and all(dates_b.values())
    # v5: nor are two papers that each name only their own day, spelled out: a page's stamp ("Monday 4 May 2009 10.22
    # BST" / "Tuesday 5 May 2009 17.42 BST"), a transcript's "Aired January 25, 2011".
    own_days = rules.whole_fact and set(dates_a) == {str(da)} and set(dates_b) == {str(db)}
    two_papers_days = (relative_only or own_days) and da != db
    if (
        dates_a
        and dates_b
        and not dates_agree(set(dates_a), set(dates_b))
        and not two_papers_days
        and (
            not rules.date_events
            or one_event(date_events(ua, articles, ann, dates_a), date_events(ub, articles, ann, dates_b))
        )
    ):
        yield _entry("conflict", "date", (", ".join(sorted(dates_a)), ua), (", ".join(sorted(dates_b)), ub), labels)
    here_a, here_b = (articles[u.article].sentences[u.sentence] if rules.named_speakers else None for u in (ua, ub))
    speaker_a, speaker_b = _named_speaker(ua, ann, here_a), _named_speaker(ub, ann, here_b)
    # "Guan Yi" and "Guan" are one person; a quote is misattributed only when both sides quote the same words.
    if speaker_a and speaker_b and not speaker_a[0] & speaker_b[0] and same_wording(speaker_a[1], speaker_b[1]):
        # the longest name word, ties alphabetical (a set's order changes with the hash seed)
        names = (max(sorted(speaker_a[0]), key=len), ua), (max(sorted(speaker_b[0]), key=len), ub)
        yield _entry("conflict", "speaker", *names, labels)


def find_conflicts(
    units: Sequence[Unit],
    articles: Mapping[str, Article],
    annotations: Mapping[str, Annotations],
    aligned: Callable[[int, int], bool] | None = None,
    rules: Rules = V4_RULES,
) -> tuple[dict[str, Any], ...]:
    """Disagreements between the independent sources of one fact; the same disagreement is listed once.

    ``aligned(i, j)``: whether units i and j state the fact to each other, not only through the group. A large
    story's fact groups members by average linkage, so two of them can be far apart ("As we look, we're going to
    find more cases" / "There's not much journalism going on"); their figures, dates or speakers are then two
    facts' details, and a conflict between them would be invented. Only directly aligned pairs are compared.

    ``rules``: the versioned rules that apply (``Rules``)."""
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    fact = _FactContext(
        annotations,
        articles,
        rules,
        fact_figures(units, annotations, articles if rules.ranges else None) if rules.whole_fact else {},
        {u.article: articles[u.article].label for u in units if u.article in articles},  # the fact's, not the story's
    )
    for i, ua in enumerate(units):
        for j in range(i + 1, len(units)):
            ub = units[j]
            if ua.source == ub.source or (aligned is not None and not aligned(i, j)):
                continue
            for entry in _pair_conflicts(ua, ub, fact):
                (side_a, side_b) = entry["sides"]
                key = (entry["kind"], entry["field"], side_a["value"], side_b["value"])
                if key in merged:
                    old_a, old_b = merged[key]["sides"]
                    merged[key]["sides"] = (
                        _side_union(old_a, side_a),
                        _side_union(old_b, side_b),
                    )
                else:
                    merged[key] = entry
    return tuple(merged[k] for k in sorted(merged))


def _side_union(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    citations = tuple(dict.fromkeys((*old["citations"], *new["citations"])))
    return {"value": old["value"], "citations": citations}
