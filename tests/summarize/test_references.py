"""A summary line is read away from its article: one that leans on an earlier sentence for who is meant is
chosen only right after that sentence (seeds: "On Monday he said that Israel had accepted ..." after "US Secretary
of State Antony Blinken has called on Hamas ...")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from newsdesk.brief.fact_order import order_facts
from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article, Citation, Fact, Sentence, SummarySentence
from newsdesk.summarize.references import (
    dangling_references,
    leans_after_opening,
    leans_for_what,
    points_back,
    standalone_summary,
    standalone_wording,
)
from tests.conftest import t17_page

Key = tuple[str, int]


@pytest.fixture(scope="module")
def seed_002(seed_articles: dict[str, Article]) -> tuple[Article, Annotations]:
    article = seed_articles["002"]
    return article, annotate([article])[article.id]


def _key(article: Article, starts: str) -> Key:
    return article.id, next(s.i for s in article.sentences if s.text.startswith(starts))


def test_a_pronoun_before_any_name_leans_on_the_sentence_before(seed_002: tuple[Article, Annotations]) -> None:
    article, annotations = seed_002
    dangling = dangling_references([article], {article.id: annotations})
    assert _key(article, "On Monday he said that Israel had accepted") in dangling
    assert _key(article, "US Secretary of State Antony Blinken has called on Hamas") not in dangling
    assert _key(article, "Blinken is expected to travel to Egypt and Qatar") not in dangling


def _picker(calls: list[set[Key]], wanted: Sequence[Key]) -> Callable[[Sequence[Article]], list[SummarySentence]]:
    """A summarizer that picks ``wanted`` in order, skipping what the pool withholds (an emptied sentence)."""

    def pick(articles: Sequence[Article]) -> list[SummarySentence]:
        text = {(a.id, s.i): s.text for a in articles for s in a.sentences}
        calls.append({k for k in wanted if not text[k]})
        return [SummarySentence(text[k], (Citation(k[0], k[1]),)) for k in wanted if text[k]]

    return pick


def test_a_leaning_line_stays_after_its_antecedent_and_goes_elsewhere(seed_002: tuple[Article, Annotations]) -> None:
    article, annotations = seed_002
    dangling = dangling_references([article], {article.id: annotations})
    called = _key(article, "US Secretary of State Antony Blinken has called on Hamas")
    said = _key(article, "On Monday he said that Israel had accepted")
    travel = _key(article, "Blinken is expected to travel to Egypt and Qatar")
    assert said == (called[0], called[1] + 1)

    calls: list[set[Key]] = []
    kept = standalone_summary(_picker(calls, [called, said, travel]), [article], dangling)
    assert [(c.citations[0].article, c.citations[0].sentence) for c in kept] == [called, said, travel]
    assert len(calls) == 1

    calls = []
    alone = standalone_summary(_picker(calls, [travel, said]), [article], dangling)
    assert [(c.citations[0].article, c.citations[0].sentence) for c in alone] == [travel]
    assert calls == [set(), {said}]  # summarized again without it (and without every other leaning sentence)


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))


def test_a_fact_is_worded_by_its_near_copy_that_names_who() -> None:
    """EgyptianProtest_cnn, 2011-01-28/29: two pages' wordings of one fact, and a third sentence the alignment put
    with them that says something else in other words."""
    he = _article("a", "He gave no indication that he would step down or leave the country.")
    named = _article("b", "Mubarak gave no indication that he would step down or leave the country.")
    other = _article("c", "Protesters in Cairo demanded that the president leave the country.")
    articles = {a.id: a for a in (he, named, other)}
    dangling = dangling_references(list(articles.values()), annotate(list(articles.values())))
    assert ("a", 0) in dangling and ("b", 0) not in dangling
    fact = Fact(he.text, (Citation("a", 0), Citation("b", 0), Citation("c", 0)), ("a", "b", "c"))
    assert standalone_wording(fact, articles, dangling).text == named.text
    without_copy = Fact(he.text, (Citation("a", 0), Citation("c", 0)), ("a", "c"))
    assert standalone_wording(without_copy, articles, dangling).text == he.text


@pytest.mark.parametrize(
    ("record", "starts", "leans"),
    [
        ("244", "That warning is apparently not always followed", True),
        ("202", "This came hours after widespread reports", True),
        ("254", "This week tens of thousands", False),  # a demonstrative naming a time points at no sentence
    ],
)
def test_a_demonstrative_opening_a_sentence_leans_on_the_sentence_before(record: str, starts: str, leans: bool) -> None:
    """CNN, January 2011 (Timeline17 EgyptianProtest_cnn): "That warning is apparently not always followed." was a fact
    "across 3 sources" of the Egypt brief, with no warning named (summarize.references.v1)."""
    from tests.conftest import t17_page

    article = t17_page("EgyptianProtest_cnn", record)
    dangling = dangling_references([article], {article.id: annotate([article])[article.id]})
    assert (_key(article, starts) in dangling) is leans


def test_a_fact_that_still_leans_back_is_listed_after_those_that_stand_alone() -> None:
    """EgyptianProtest_cnn, 2011-01-27/28: "That warning is apparently not always followed." was the 20th fact of the
    Egypt brief (3 pages carry the paragraph), ahead of facts a reader can use."""
    warning = _article("a", "That warning is apparently not always followed.")
    copy = _article("b", "That warning is apparently not always followed.")
    curfew = _article("c", "Egypt's Interior Ministry denied claims of curfews in parts of the country.")
    again = _article("d", "Egypt's Interior Ministry denied claims of curfews in parts of the country, MENA reported.")
    articles = {a.id: a for a in (warning, copy, curfew, again)}
    annotations = annotate(list(articles.values()))
    dangling = dangling_references(list(articles.values()), annotations)
    leaning = Fact(warning.text, (Citation("a", 0), Citation("b", 0)), ("a", "b"))
    standing = Fact(curfew.text, (Citation("c", 0), Citation("d", 0)), ("c", "d"))
    assert ("a", 0) in dangling
    for facts in ([leaning, standing], [standing, leaning]):
        assert order_facts(facts, list(articles.values()), annotations, dangling) == (standing, leaning)


# Timeline17 dev (Reuters, Guardian, BBC) and DUC 2004 sentences that leave what they are about to the sentence before
# them (``summarize.references.v3``), and sentences of the same pages that carry it.
@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the rebels fighting to end Gaddafi's 41-year rule said the Libyan leader was to blame.",
        "Officials at the World Health Organisation simply had no choice.",
        "Beijing has said it is not to blame.",
        "Saras declined to comment.",
        "Legislator Jamal al-Jarrah denied this.",
        "The Libyan government has rejected the allegations.",
        "The statement was a rare instance of Syria's ruling hierarchy responding to popular pressure.",
        "Elsewhere in Syria tens of thousands of people marched to call for the overthrow of the president.",
    ],
)
def test_a_sentence_that_leaves_what_it_is_about_to_the_one_before_leans(text: str) -> None:
    assert leans_for_what(text)


@pytest.mark.parametrize(
    "text",
    [
        "A battle for the military air base was also under way, he said, although a Libyan government source denied "
        "the report.",
        "They are diseases for which the government is to blame.",
        "White House officials said they did not know whether the three had made such appeals, and Human Rights "
        "Campaign officials declined to comment.",
        "The killing last month of Abdel Fattah Younes, military chief for the National Transitional Council (NTC), by "
        "rival rebels further strengthened views of Gaddafi's opponents in the east as divided among themselves.",
        "Earlier, Haiti's government said search-and-rescue operations had ended.",
        "The plan is that over the next week the UN, with the help of the US military, will secure a humanitarian "
        "corridor from the border in preparation for stage two of the aid operation.",
        "Apart from Libya's civil war, Syria's military crackdown has been the most violent outgrowth of unrest in the "
        "Arab world this year.",
        "Rebels control the east of Libya, the western city of Misrata and the range of western mountains near the "
        "border with Tunisia.",
    ],
)
def test_a_sentence_that_carries_what_it_is_about_stands(text: str) -> None:
    assert not leans_for_what(text)


def test_the_rebels_spokesman_blaming_gaddafi_dangles_in_his_page() -> None:
    """LibyaWar_reuters' summary line (brief of 342 articles, main at session 16) is sentence 22 of its page."""
    page = t17_page("LibyaWar_reuters", "327")
    key = _key(page, "A spokesman for the rebels fighting to end Gaddafi's 41-year rule")
    assert key in dangling_references([page], {page.id: annotate([page])[page.id]})


# Timeline17 dev sentences that point back at the sentence before through a connective or an opening "It" that refers
# (``summarize.references.v4``), and sentences of the same pages that stand: a time or a list relative to the story, an
# "It" that is the empty subject of an extraposed clause, an opening connective a summary line is given without.
@pytest.mark.parametrize(
    "text",
    [
        "Margaret Chan, the World Health Organisation's director general, was confident, however.",
        "Trade sources said at least three oil cargoes did make it out of Libyan ports over the 24 hours to "
        "mid-Wednesday, however.",
        "Instead he said he was transferring some powers to the vice president.",
        "Bin Hammam, though, is not just one of the crowd.",
        "After that, protests started mushrooming around the country.",
        "In the other, it doesn't.",
        "It is operating under a U.N. Security Council resolution authorizing the use of force to protect civilians.",
        "It said two members of the security forces and one gunman were killed in a clash in Harasta, near Damascus.",
        "It was the first call since Mubarak stepped down.",
    ],
)
def test_a_sentence_that_points_back_through_a_connective_or_an_it_leans(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize(
    "text",
    [
        # a summary line gives these without the opening connective (``trim``): "Smugglers are importing …"
        "Instead, smugglers are importing fuels overland from Algeria and Tunisia.",
        "Nevertheless, a final joint statement set out several points of agreement, including the rejection of foreign "
        "intervention in the conflict-stricken country.",
        "Earlier, the state-run Nile TV earlier reported that at least 38 people died in the country's unrest.",
        "Meanwhile, the UN Security Council unanimously voted on Friday to renew the mandate for its observer "
        'mission in Syria for a "final" 30 days, while leaving open the possibility of an extension.',
        "In one incident, an officer from Bani Walid was heckled by troops from Tripoli after he tried to order them "
        "to stop randomly shooting in the air as they celebrated seizing a mortar from Gaddafi forces.",
        "Instead of blaming NATO for civilian deaths, Younes needs to question the position of the opposition for the "
        "safety of innocent civilians.",
        "You try shutting down their Internet and their phones, and that doesn't work, so, instead, you arrest them.",
        'The former UN secretary general said the two men had discussed "the need to do everything possible to stop '
        'the killing", but did not elaborate.',
        "It is unclear how many Britons remain unaccounted for in Haiti, after the earthquake which killed tens of "
        "thousands.",
        "It was not possible to obtain independent confirmation.",
        "It was not immediately possible to verify the report.",  # held out (SyrianCrisis_reuters), fixed after
        "It's too early to say if there will be a pandemic, he said.",
        "It's believed that an inmate serving life for rape and assault strangled her as she was trying to escape.",
        "It seems the only difficulty is drilling deep enough with a large enough diameter pipe.",
        "It's worth remembering that seasonal flu kills several thousand people in the UK each winter.",
        "\"It may be that, when we have all the evidence in, we still won't know but it's important we try and find "
        'out," the coroner said.',
    ],
)
def test_a_sentence_with_no_connective_or_it_pointing_back_stands(text: str) -> None:
    assert not points_back(text)


@pytest.mark.parametrize(
    ("topic", "record", "starts"),
    [
        ("H1N1_guardian", "524", "Margaret Chan, the World Health Organisation's director general, was confident"),
        ("LibyaWar_cnn", "183", "It is operating under a U.N. Security Council resolution"),
    ],
)
def test_a_line_pointing_back_dangles_in_its_page(topic: str, record: str, starts: str) -> None:
    """Lines of the Timeline17 briefs (sessions 17 and 19: H1N1_guardian's held-out summary, LibyaWar_cnn's)."""
    page = t17_page(topic, record)
    key = _key(page, starts)
    assert key in dangling_references([page], {page.id: annotate([page])[page.id]})


def test_a_fact_worded_by_an_it_that_refers_is_not_reworded_by_a_they() -> None:
    """H1N1_bbc: v4 puts "It brings the overall totals to 24 in England …" among the sentences that dangle; its fact's
    other wording, "They bring the overall totals to 23 …", leans the same way and is no better a wording."""
    it_page, they_page = t17_page("H1N1_bbc", "976"), t17_page("H1N1_bbc", "485")
    it_key = _key(it_page, "It brings the overall totals to 24 in England")
    they_key = _key(they_page, "They bring the overall totals to 23 in England")
    pages = [it_page, they_page]
    dangling = dangling_references(pages, annotate(pages))
    assert it_key in dangling
    text = it_page.sentences[it_key[1]].text
    fact = Fact(text, (Citation(*it_key), Citation(*they_key)), (it_page.id, they_page.id))
    assert standalone_wording(fact, {p.id: p for p in pages}, dangling) == fact


# ``summarize.references.v5``: "They" openings, and a "they" or an "it" that refers opening the main clause after an
# opening clause that names nothing it could mean (Timeline17 dev sentences, H1N1_guardian unless marked); sentences
# that stand: a cataphoric pronoun in the opening clause with the main clause naming what it is, an opening clause
# naming the antecedent, an empty "it" after the clause, a quotation's own opening words.
@pytest.mark.parametrize(
    "text",
    [
        "They had just returned from Mexico where the authorities said the virus had caused 152 deaths.",
        "But they agreed that going to the highest level could be an eventuality.",
        "They and 150 others have been given antiviral drugs.",
        "If they do not deliver the aid fast, they will need all those troops.",  # haiti_bbc
        "While working with a Haitian team, they helped to rescue a severely-injured police officer from a collapsed "
        "building.",  # haiti_bbc
        "On Thursday, they announced swine flu had achieved pandemic status, the first strain of influenza to reach "
        "this mark for 41 years.",
        "In the past 24 hours, it has referred 238 callers who had traveled to infected areas and were showing "
        "potential symptoms of the virus to their GPs.",
        # H1N1_reuters (session 20's development briefs)
        "Although it is not yet a pandemic -- a global epidemic of a new and serious disease -- it could quickly start "
        "one.",
    ],
)
def test_a_they_or_an_it_opening_the_sentence_or_its_main_clause_leans(text: str) -> None:
    assert leans_after_opening(text)


@pytest.mark.parametrize(
    "text",
    [
        "When it struck, the earthquake killed tens of thousands of people.",
        "After the quake, it was unclear how many people had died.",
        "In Mexico City, the authorities closed schools, museums and restaurants.",
        '"They asked us to avoid having multitudes of people," said Diego Monroy Ponce.',
        "Although they are not yet confirmed, the cases would bring the UK total to 40.",
        # an opening clause that names the pronoun's antecedent (haiti_bbc, LibyaWar_reuters)
        "While the main airport in Port-au-Prince was not put out of action by the disaster, it was not equipped to "
        "deal with the volume of flights required by the relief effort.",
        "If the NTC is unable to swiftly assert its control over the country and its own forces, it could embarrass "
        "Western leaders.",
        "While rebel forces have been unable to move decisively against Gaddafi, they have accused neighbouring "
        "Algeria of bolstering his troops.",
        "On Monday, it was unclear how many people had died.",
        "It is operating under a U.N. Security Council resolution.",  # v4's ``points_back`` reads it, not this rule
    ],
)
def test_a_sentence_whose_main_clause_names_what_it_is_about_stands(text: str) -> None:
    assert not leans_after_opening(text)


def test_the_they_line_dangles_in_its_page() -> None:
    """H1N1_guardian record 519: "They had just returned from Mexico …" names no one; v4 did not reject it."""
    page = t17_page("H1N1_guardian", "519")
    key = _key(page, "They had just returned from Mexico")
    assert key in dangling_references([page], {page.id: annotate([page])[page.id]})
