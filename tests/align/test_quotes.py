from __future__ import annotations

import dataclasses

import newsdesk.align.quotes as quotes_module
from newsdesk.align import merge_quote_variants
from newsdesk.align.quotes import same_utterance
from newsdesk.model import Article, Citation, Entity, Quote


def _quote(article: Article, sentence: int, fragment: str, speaker: str | None) -> Quote:
    start = article.text.index(fragment, article.sentences[sentence].start)
    return Quote(article.id, sentence, start, start + len(fragment), fragment, speaker)


def test_blinkens_two_renderings_are_one_quote(seed_articles):
    a1, a2 = seed_articles["001"], seed_articles["002"]
    q1 = _quote(
        a1,
        4,
        "In a very constructive meeting today with Prime Minister Netanyahu, he confirmed to me "
        "that Israel accepts the bridge-building proposal — and that he supports it",
        "Antony Blinken",
    )
    q2 = _quote(
        a2,
        5,
        "In a very constructive meeting with Prime Minister Netanyahu today, he confirmed to me "
        "that Israel supports the bridging proposal",
        "Blinken",
    )
    other = _quote(a2, 6, "the next important step is for Hamas to say yes", "Blinken")
    merged = merge_quote_variants([q1, q2, other])
    assert len(merged) == 2
    main = next(q for q in merged if q.variants)
    assert main.article == a1.id  # the fuller rendering is kept
    assert main.variants == (Citation(a2.id, 5),)
    assert a1.text[main.start : main.end] == main.text


def test_same_words_from_different_speakers_stay_apart(seed_articles):
    a2, a3 = seed_articles["002"], seed_articles["003"]
    q_blinken = _quote(a2, 5, "In a very constructive meeting with Prime Minister Netanyahu today", "Blinken")
    q_official = _quote(a3, 2, "constructive", "a senior U.S. official")
    assert len(merge_quote_variants([q_blinken, q_official])) == 2


def test_unknown_speaker_takes_the_known_one(seed_articles):
    a1, a2 = seed_articles["001"], seed_articles["002"]
    q1 = _quote(a1, 4, "he confirmed to me that Israel accepts the bridge-building proposal", None)
    q2 = _quote(a2, 5, "he confirmed to me that Israel supports the bridging proposal", "Blinken")
    (merged,) = merge_quote_variants([q1, q2])
    assert merged.speaker == "Blinken"


def test_short_quotes_merge_only_when_equal(seed_articles):
    a2, a3 = seed_articles["002"], seed_articles["003"]
    assert (
        len(
            merge_quote_variants(
                [_quote(a2, 15, "decisive moment", "Blinken"), _quote(a3, 2, "constructive", "Blinken")]
            )
        )
        == 2
    )


def test_no_quotes():
    assert merge_quote_variants([]) == ()


def _first_fitting_groups(quotes: list[Quote]) -> list[list[Quote]]:
    """The grouping as specified: each quote joins the first group whose every member is the same utterance."""
    groups: list[list[Quote]] = []
    for quote in quotes:
        group = next((g for g in groups if all(same_utterance(quote, m) for m in g)), None)
        if group is None:
            groups.append([quote])
        else:
            group.append(quote)
    return groups


def test_quotes_of_two_named_speakers_are_not_compared_and_grouping_is_unchanged(seed_list, monkeypatch):
    """The group index skips only groups the full check would reject: on the seeds' extracted quotes (with and
    without their speakers' names) the merged quotes are those of the first-fitting-group rule, and no two
    renderings whose named speakers have different surnames are ever compared word by word."""
    from newsdesk.extract import annotate

    annotations = annotate(seed_list)
    named = [q for a in seed_list for q in annotations[a.id].quotes]
    assert len({q.speaker.split()[-1] for q in named if q.speaker}) >= 2
    for quotes in (named, [dataclasses.replace(q, speaker=None) if k % 3 == 0 else q for k, q in enumerate(named)]):
        expected = [_merged_from(g) for g in _first_fitting_groups(quotes)]
        compared = []
        real = quotes_module._same_rendering

        def counted(a, b, real=real, compared=compared):
            compared.append((a.surname, b.surname, a.described or b.described))
            return real(a, b)

        monkeypatch.setattr(quotes_module, "_same_rendering", counted)
        assert list(merge_quote_variants(quotes)) == expected
        monkeypatch.undo()
        assert compared
        # a description ("medics") is compared with any speaker; two names with different surnames never are
        assert not [(a, b) for a, b, described in compared if a and b and a != b and not described]


def _merged_from(group: list[Quote]) -> Quote:
    (merged,) = merge_quote_variants(group)
    return merged


def test_a_quote_under_a_description_and_under_a_name_is_one_quote_under_the_name():
    """H1N1_guardian 26 and 799 carry Margaret Chan's "We are seeing a range of severity of the disease …": 799 says
    "said Chan", 26's parse misses its "said Chan" and the quote runs on from "Scientists have long feared …". One
    quote under Margaret Chan, the other rendering its variant (align.quote-variants.v1 kept both, one under
    "Scientists")."""
    from newsdesk.extract import annotate
    from tests.conftest import t17_page

    pages = [t17_page("H1N1_guardian", r) for r in ("26", "799")]
    annotations = annotate(pages)
    renderings = [
        q
        for p in pages
        for q in annotations[p.id].quotes
        if q.direct and q.text.startswith("We are seeing a range of severity")
    ]
    assert len(renderings) == 2 and "Scientists" in {q.speaker for q in renderings}
    (merged,) = merge_quote_variants(renderings)
    assert merged.speaker is not None and merged.speaker.endswith("Chan")
    assert len(merged.variants) == 1


def test_a_description_takes_only_a_named_speakers_whole_sentence(seed_articles):
    """The token-set ratio joins a short quote to any longer one holding its words; across a description and a
    name only the same words in any order join (``_same_words``)."""
    a1, a2 = seed_articles["001"], seed_articles["002"]
    whole = _quote(a1, 4, "he confirmed to me that Israel accepts the bridge-building proposal", "Antony Blinken")
    part = _quote(a2, 5, "he confirmed to me that Israel supports", "officials")
    assert same_utterance(dataclasses.replace(part, speaker=None), whole)
    assert len(merge_quote_variants([whole, part])) == 2
    same = dataclasses.replace(part, text="he confirmed to me that Israel accepts the bridge-building proposal")
    assert len(merge_quote_variants([whole, same])) == 2  # a phrase of two speakers in two articles (v3)
    sentence = dataclasses.replace(same, text="He confirmed to me that Israel accepts the bridge-building proposal")
    assert len(merge_quote_variants([dataclasses.replace(whole, text=sentence.text), sentence])) == 1


def _quote_of(article: Article, fragment: str, speaker: str, after: str = "") -> Quote:
    """``fragment`` where it first stands after ``after`` in ``article``, as a quote of ``speaker``."""
    start = article.text.index(fragment, article.text.index(after))
    sentence = max(s.i for s in article.sentences if s.start <= start)
    return Quote(article.id, sentence, start, start + len(fragment), fragment, speaker)


def test_a_phrase_several_speakers_cite_is_not_one_quote():
    """T17 LibyaWar_cnn 42, 50 and 269 quote the UN resolution's "all necessary measures" under the U.S. ambassador,
    senior administration officials and a Western diplomat: three people citing a third source, three quotes
    (align.quote-variants.v2 made them one, under "U.S. Ambassador"). In one article a phrase under a lede's
    description and under the name further down (302: "a Palestinian official", Nabil Shaath, "half-full glass.")
    is the reporter repeating their attribution: one quote, under the name."""
    from tests.conftest import t17_page

    cited = [
        _quote_of(t17_page("LibyaWar_cnn", record), "all necessary measures", speaker)
        for record, speaker in (
            ("42", "U.S. Ambassador"),
            ("50", "senior administration officials"),
            ("269", "the Western diplomat"),
        )
    ]
    assert len(merge_quote_variants(cited)) == 3
    article = t17_page("LibyaWar_cnn", "302")
    lede = _quote_of(article, "half-full glass.", "a Palestinian official")
    body = _quote_of(article, "half-full glass.", "Nabil Shaath", after="Nabil Shaath")
    (merged,) = merge_quote_variants([lede, body])
    assert merged.speaker == "Nabil Shaath" and merged.variants == (Citation(article.id, lede.sentence),)


def test_two_given_names_of_one_surname_do_not_share_a_phrase():
    """T17 LibyaWar_cnn 313: Saif Gadhafi's "there are people inside Libya who are opposing us." held as a trimmed
    part of Moammar Gadhafi's "Now, there are people opposing Gadhafi with weapons …" in 118 (v2 listed it as a variant
    of his father's quote). Two renderings in other articles under "Gadhafi" and "Moammar Gadhafi" stay one quote."""
    from tests.conftest import t17_page

    son = _quote_of(
        t17_page("LibyaWar_cnn", "313"), "there are people inside Libya who are opposing us.", "Saif Gadhafi"
    )
    father = t17_page("LibyaWar_cnn", "118")
    start = father.text.index("Now, there are people opposing Gadhafi")
    end = father.text.index('"', start)
    speech = _quote_of(father, father.text[start:end], "Moammar Gadhafi")
    assert same_utterance(dataclasses.replace(son, speaker=None), speech)  # the words alone would join them
    assert len(merge_quote_variants([speech, son])) == 2
    assert len(merge_quote_variants([speech, dataclasses.replace(son, speaker="Gadhafi")])) == 1


def _story_quotes(topic: str, records: tuple[str, ...]) -> tuple[tuple[Quote, ...], tuple[Entity, ...], dict[str, str]]:
    """The brief's quotes of some T17 pages before variant grouping (speakers resolved by the story's entities), those
    entities and the pages' texts: the product's steps, on the pages alone."""
    from newsdesk.brief.quotes import resolve_speakers
    from newsdesk.extract import annotate, story_entities
    from newsdesk.extract.quotes import brief_quotes
    from tests.conftest import t17_page

    articles = [t17_page(topic, record) for record in records]
    annotations = annotate(articles)
    entities = story_entities(articles, {k: a.mentions for k, a in annotations.items()})
    spoken = [q for a in articles for q in annotations[a.id].quotes]
    return brief_quotes(resolve_speakers(spoken, entities)), entities, {a.id: a.text for a in articles}


def test_a_description_the_story_gives_a_name_shares_its_phrase():
    """T17 LibyaWar_cnn 362 opens "Libya's interior minister said … victory in "days or hours."" and names him
    "Ex-Interior Minister Abdul Fattah Younis al Abidi" next; 114 quotes "days or hours." under al Abidi. The story's
    entities give the title to him alone, so the two renderings are one quote, under the name (align.quote-variants.v3
    kept "Libya's interior minister" apart: a phrase two speakers cite). Without the entities it stays apart."""
    quotes, entities, _ = _story_quotes("LibyaWar_cnn", ("362", "114"))
    phrase = [q for q in quotes if q.text == "days or hours."]
    # extract.aliases.v9: "al Abidi" is the story's "Abdul Fattah Younis al Abidi" (v8 kept two entities)
    abidi = "Abdul Fattah Younis al Abidi"
    assert sorted(q.speaker or "" for q in phrase) == [abidi, "Libya's interior minister"]
    (merged,) = (q for q in merge_quote_variants(quotes, entities) if q.text == "days or hours.")
    assert merged.speaker == abidi and len(merged.variants) == 1
    aide = [
        dataclasses.replace(q, speaker="an aide to Libya's interior minister") if q.speaker != abidi else q
        for q in quotes
    ]
    assert len([q for q in merge_quote_variants(aide, entities) if q.text == "days or hours."]) == 2
    assert len([q for q in merge_quote_variants(quotes) if q.text == "days or hours."]) == 2


def test_the_second_part_of_a_split_quote_is_the_speakers_sentence():
    """T17 EgyptianProtest_cnn 157 and 187 both print '"In the absence of these reforms," he said, "grievances have
    built up over time."', its speaker read as "The U.S. president" in one and as Barack Obama in the other. The
    second part opens in lower case but is Obama's sentence, not a phrase two speakers cite: one quote, under the name
    (align.quote-variants.v3 kept two)."""
    quotes, entities, texts = _story_quotes("EgyptianProtest_cnn", ("157", "187"))
    parts = [q for q in quotes if q.text == "grievances have built up over time."]
    assert sorted(q.speaker or "" for q in parts) == ["Barack Obama", "The U.S. president"]
    (merged,) = (q for q in merge_quote_variants(quotes, entities, texts) if q.text == parts[0].text)
    assert merged.speaker == "Barack Obama" and len(merged.variants) == 1
    assert len([q for q in merge_quote_variants(quotes, entities) if q.text == parts[0].text]) == 2
