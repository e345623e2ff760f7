"""Clause units and predicate-argument frames on seed sentences."""

from __future__ import annotations

from newsdesk.align.clauses import clause_spans
from newsdesk.align.frames import _agreement, _kind, frame_agreement, story_frames
from newsdesk.align.similarity import stem, story_units
from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article

from .conftest import mention


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans(text)]


def test_a_sentence_stating_two_facts_is_split(seed_articles):
    text = seed_articles["000"].sentences[11].text
    first, second = _clauses(text)
    assert first.endswith("he accepts the ceasefire deal proposed by the US last week")
    assert second.startswith("that they are now waiting to hear that Hamas")


def test_quoted_speech_lists_and_short_pieces_are_not_split(seed_articles):
    quoted = seed_articles["001"].sentences[4].text  # “… proposal — and that he supports it,” Blinken told …
    assert _clauses(quoted) == [quoted]
    assert len(_clauses("Blinken will travel to Egypt, and the Qatari capital.")) == 1
    assert _clauses("The talks stalled; Hamas left.") == ["The talks stalled; Hamas left."]


def test_clause_spans_point_into_the_sentence(seed_list):
    for unit in story_units(seed_list, clauses=True):
        article = next(a for a in seed_list if a.id == unit.article)
        assert article.text[unit.start : unit.end] == unit.text
        sentence = article.sentences[unit.sentence]
        assert sentence.start <= unit.start < unit.end <= sentence.end


def _frames(article: Article, sentence: int, names: list[tuple[str, str]]):
    ann = {article.id: Annotations(article.id, mentions=tuple(mention(article, sentence, t, lab) for t, lab in names))}
    units = [u for u in story_units([article], clauses=True) if u.sentence == sentence]
    return story_frames(units, ann, stem)[0]


def test_subjects_of_accept(seed_articles):
    urged = _frames(
        seed_articles["001"], 0, [("Antony Blinken", "PERSON"), ("Hamas", "ORG"), ("Benjamin Netanyahu", "PERSON")]
    )
    assert urged.by_class["accept"] == (frozenset({"hamas"}),)  # "urged Hamas to accept"
    he = _frames(seed_articles["000"], 11, [("Blinken", "PERSON"), ("Netanyahu", "PERSON")])
    assert he.by_class["accept"] == (frozenset({"netanyahu"}),)  # "told him that he accepts": he = Netanyahu
    israel = _frames(seed_articles["002"], 5, [("Blinken", "PERSON"), ("Netanyahu", "PERSON"), ("Israel", "GPE")])
    assert frozenset({"israel"}) in israel.by_class["accept"]  # "Israel supports": the same class as accept
    agreement = frame_agreement([urged, israel])
    assert agreement[0, 1] == -1.0  # Hamas vs Israel, and neither sentence names the other's subject


def test_a_coordinated_verb_shares_the_subject_of_the_first(seed_articles):
    """ "He is scheduled to meet with top Israeli officials on Monday and then travel to Egypt": he travels (he =
    Blinken, named in the sentence before), not the officials named nearest the verb."""
    article = seed_articles["004"]
    ann = {
        article.id: Annotations(
            article.id,
            mentions=(
                mention(article, 2, "Blinken", "PERSON"),
                mention(article, 3, "Israeli", "NORP"),
                mention(article, 3, "Egypt", "GPE"),
            ),
        )
    }
    units = [u for u in story_units([article], clauses=True) if u.sentence == 3]
    coordinated = story_frames(units, ann, stem, coordination=True)[0]
    assert coordinated.by_class["travel"] == (frozenset({"blinken"}),)
    assert coordinated.by_class["meet"] == (frozenset({"blinken"}),)
    nearest = story_frames(units, ann, stem)[0]  # align v2/v3: the nearest name before the verb
    assert nearest.by_class["travel"] == (frozenset({"israeli"}),)


def test_units_with_equal_frames_are_compared_once_with_the_same_result(seed_list):
    """``frame_agreement`` compares one unit of each kind (``_kind``: equal frames) and fills in the rest: every
    pair that shares a predicate class still gets ``_agreement`` of its own two units, every other pair 0."""
    units = story_units(seed_list, clauses=True)
    frames = story_frames(units, annotate(seed_list), stem, coordination=True)
    kinds = [_kind(f) for f in frames if f.by_class]
    assert len(set(kinds)) < len(kinds)  # the seeds have units of one kind: the shortcut is taken
    agreement = frame_agreement(frames)
    assert (agreement == agreement.T).all() and not agreement.diagonal().any()
    for i, a in enumerate(frames):
        for j, b in enumerate(frames[i + 1 :], start=i + 1):
            expected = _agreement(a, b) if a.by_class.keys() & b.by_class.keys() else 0.0
            assert agreement[i, j] == expected, (units[i].text, units[j].text)
    assert (agreement == 1.0).any() and (agreement == -1.0).any()
