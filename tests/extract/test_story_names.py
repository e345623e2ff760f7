"""``extract.aliases.v6``: a story's entities are names, typed once, read off the sentences the brief keeps.

Sentences are Timeline17 dev text (H1N1_guardian, LibyaWar_cnn); the mentions carry the labels the small spaCy model
gave them in those stories (session 21), so the story-level rules are tested on what the tagger really does."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.extract import canonical_name, story_entities
from newsdesk.extract.aliases import ALGORITHM
from newsdesk.extract.name_checks import credit
from newsdesk.model import Article, Entity, Mention, Sentence, Span


def _story(
    sentences: list[tuple[str, list[tuple[str, str]]]], titles: dict[str, str] | None = None
) -> tuple[list[Article], dict[str, list[Mention]]]:
    """One article per sentence; each named surface (the first after the previous one) a mention with its label."""
    articles, mentions = [], {}
    for n, (text, named) in enumerate(sentences):
        article = Article(id=f"a{n}", path=f"a{n}.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))
        found, at = [], 0
        for surface, label in named:
            start = text.index(surface, at)
            at = start + len(surface)
            title = (titles or {}).get(surface)
            found.append(Mention(Span(article.id, start, at), 0, surface, label, title))
        articles.append(article)
        mentions[article.id] = found
    return articles, mentions


def _article(
    sentences: list[tuple[str, list[tuple[str, str]]]], name: str = "a0"
) -> tuple[list[Article], dict[str, list[Mention]]]:
    """The sentences as one article, in order."""
    text = " ".join(t for t, _ in sentences)
    spans, at = [], 0
    for n, (t, _) in enumerate(sentences):
        spans.append(Sentence(n, at, at + len(t), t))
        at += len(t) + 1
    found = []
    for sentence, (_, named) in zip(spans, sentences, strict=True):
        at = sentence.start
        for surface, label in named:
            start = text.index(surface, at)
            at = start + len(surface)
            found.append(Mention(Span(name, start, at), sentence.i, surface, label))
    return [Article(id=name, path=f"{name}.txt", text=text, sentences=tuple(spans))], {name: found}


def _by_name(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


_MEXICO = [
    (
        'Under the headline, Sick Mexico, he says poverty, structural weaknesses and bad government, are "killing '
        'Mexicans in ever greater areas of the country, and there is no one who can stop it."',
        [("Sick Mexico", "PERSON"), ("Mexicans", "NORP")],
    ),
    ("Mexico has closed its schools.", [("Mexico", "GPE")]),
    ("The death toll in Mexico rose to 20.", [("Mexico", "GPE")]),
    ("The health ministry is Spain added that 17 sick people are under investigation.", [("Spain", "GPE")]),
    ("At least 100 children had been off sick, according to local reports.", []),
]


def test_a_common_word_glued_to_a_name_is_cut_off() -> None:
    """The story writes "sick" in lower case, so "Sick Mexico" is Mexico; v5 merged every "Mexico" into a
    PERSON "Sick Mexico" (H1N1_guardian's brief listed "Sick Mexico (PERSON)" first)."""
    assert ALGORITHM == "extract.aliases.v11"
    entities = _by_name(story_entities(*_story(_MEXICO)))
    assert "Sick Mexico" not in entities
    assert entities["Mexico"].type == "GPE" and entities["Mexico"].mentions == 3


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    """LibyaWar_cnn: "Fierce" at a sentence's start was an ORG; the story writes "fierce" in lower case."""
    articles, mentions = _story(
        [
            (
                "Fierce battles raged Tuesday for control of key Libyan cities in the east and west.",
                [("Fierce", "ORG"), ("Libyan", "NORP")],
            ),
            ("It will be a fierce civil war.", []),
            ("Rebels took B'ir al Ghanam in fierce fighting Saturday.", [("B'ir al Ghanam", "GPE")]),
        ]
    )
    names = {e.name for e in story_entities(articles, mentions)}
    assert "Fierce" not in names and {"Libyan", "B'ir al Ghanam"} <= names


def test_photo_credits_and_withheld_sentences_name_no_one() -> None:
    """A credit is no person ("Christopher Furlong/Getty Images (PERSON)" in H1N1_guardian's brief), and a sentence
    the brief withholds (emptied by ``withhold_templates``) names no one: its mentions are not counted."""
    assert credit("Christopher Furlong/Getty Images") and credit("Eitan Abramovich/AFP/Getty")
    assert not credit("AC/DC") and not credit("Eton College")
    sentences = [
        ("Photograph: Christopher Furlong/Getty Images", [("Christopher Furlong/Getty Images", "PERSON")]),
        ("Swine flu shuts Eton as UK cases pass 200", [("Eton", "PERSON"), ("UK", "GPE")]),
        ("The UK has 200 cases.", [("UK", "GPE")]),
    ]
    articles, mentions = _story(sentences)
    assert {e.name for e in story_entities(articles, mentions)} == {"Eton", "UK"}  # the credit is never a name
    withheld = replace(articles[1], sentences=(replace(articles[1].sentences[0], text=""),))
    kept = story_entities([articles[0], withheld, articles[2]], mentions)
    assert [(e.name, e.mentions) for e in kept] == [("UK", 1)]


_MISRATA = [
    ("Two doctors in Misrata said medical supplies were in short supply.", [("Misrata", "PERSON")]),
    ("Medics in Misrata have complained of a lack of anesthesia.", [("Misrata", "PERSON")]),
    ("A doctor said 109 people have died in Misrata over the past week.", [("Misrata", "GPE")]),
    ("Misrata is the country's third-largest city.", [("Misrata", "PERSON")]),
]


def test_a_name_has_one_type_its_context_gives() -> None:
    """LibyaWar_cnn: the tagger typed "Misrata" PERSON more often than GPE; "in Misrata" says it is a place."""
    entities = _by_name(story_entities(*_story(_MISRATA)))
    assert entities["Misrata"].type == "GPE" and entities["Misrata"].mentions == 4


_PACITTI = [
    (
        "Graeme Pacitti, a clerical worker at Falkirk Royal Infirmary, became the first person confirmed with the "
        "disease who had not visited Mexico.",
        [("Graeme Pacitti", "ORG"), ("Falkirk Royal Infirmary", "ORG"), ("Mexico", "GPE")],
    ),
    ("Minutes after getting the results, Pacitti said he was really disappointed.", [("Pacitti", "ORG")]),
    ("Pacitti, 24, has been confined to his home.", [("Pacitti", "ORG")]),
    ("As Pacitti and the others sat around Iain Askham, they noticed he seemed tired.", [("Pacitti", "PERSON")]),
]


def test_a_person_the_tagger_calls_an_organisation() -> None:
    """H1N1_guardian: "Graeme Pacitti (ORG)"; "Pacitti said he", "Pacitti, 24," make him a person, and the full
    name that introduced the bare surname is his."""
    entities = _by_name(story_entities(*_article(_PACITTI)))
    pacitti = entities["Graeme Pacitti"]
    assert pacitti.type == "PERSON" and "Pacitti" in pacitti.aliases
    assert entities["Falkirk Royal Infirmary"].type == "ORG"


def test_a_title_stands_for_a_person_only_when_it_is_an_office() -> None:
    """LibyaWar_cnn: a parse attached "Monday" to Deborah Haynes as a title, and v5 counted every "the Monday" as
    her; "Secretary of State" (seeds) stays an office."""
    articles, mentions = _story(
        [
            (
                "said Deborah Haynes, a reporter for the Times of London who left the city Monday.",
                [("Deborah Haynes", "PERSON"), ("Times of London", "ORG")],
            ),
            ("The rebels attacked on the Monday after the vote.", []),
            (
                "US Secretary of State Antony Blinken arrived in Cairo.",
                [("Antony Blinken", "PERSON"), ("Cairo", "GPE")],
            ),
            ("The Secretary of State met the president.", []),
        ],
        titles={"Deborah Haynes": "Monday", "Antony Blinken": "Secretary of State"},
    )
    entities = story_entities(articles, mentions)
    named = _by_name(entities)
    assert named["Deborah Haynes"].mentions == 1 and "Monday" not in named["Deborah Haynes"].aliases
    assert named["Antony Blinken"].mentions == 2
    assert canonical_name("the Secretary of State", entities) == "Antony Blinken"


def test_an_acronym_is_spelled_out_by_a_name_of_its_type() -> None:
    """H1N1_guardian: "US" stayed apart from "United States" because "US Senate" and "Ulla Schmidt" have its
    initials too."""
    articles, mentions = _story(
        [
            ("The US has confirmed 20 cases.", [("US", "GPE")]),
            ("The United States declared a public health emergency.", [("United States", "GPE")]),
            ("The US Senate held a hearing.", [("US Senate", "ORG")]),
            ("The German health minister, Ulla Schmidt, said so.", [("Ulla Schmidt", "PERSON")]),
        ]
    )
    entities = story_entities(articles, mentions)
    assert canonical_name("US", entities) == "United States"
    assert "US" not in _by_name(entities)["US Senate"].aliases


def test_an_adjective_made_of_a_name_is_no_name() -> None:
    """LibyaWar_cnn: "pro-Gadhafi" (130 mentions, ORG) was an entity of its own."""
    articles, mentions = _story(
        [
            ("Pro-Gadhafi forces shelled Misrata.", [("Pro-Gadhafi", "ORG"), ("Misrata", "GPE")]),
            ("The anti-Gadhafi rebels held the port.", [("anti-Gadhafi", "NORP")]),
        ]
    )
    assert {e.name for e in story_entities(articles, mentions)} == {"Misrata"}


def test_a_name_met_once_in_one_page_of_many_ranks_below_one_named_across_them() -> None:
    """H1N1_guardian (64 pages): v5 scored a name met once, in one page's first sentence, a full third for its
    position, above Scotland named 33 times, late in its pages; the position score is now a mean over all the
    story's pages."""
    scotland = [
        ("Health officials confirmed two more cases of swine flu today.", []),
        ("His family has been given antiviral drugs.", []),
        ("Schools will stay open.", []),
        ("The man, who lives in Scotland, is recovering at home.", [("Scotland", "GPE")]),
    ]
    articles, mentions = [], {}
    for n in range(30):
        page, named = _article(
            scotland if n < 9 else [("Mexico has closed its schools.", [("Mexico", "GPE")])], f"p{n}"
        )
        articles += page
        mentions.update(named)
    page, named = _article([("Ronaldo said the virus scared him.", [("Ronaldo", "PERSON")])], "r")
    ranked = [e.name for e in story_entities([*articles, *page], {**mentions, **named})]
    assert ranked == ["Mexico", "Scotland", "Ronaldo"]
