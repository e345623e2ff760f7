from __future__ import annotations

from newsdesk.align import merge_quote_variants
from newsdesk.model import Article, Citation, Quote


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
