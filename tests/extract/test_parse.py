"""The selective parse gives the extractors what the full pipeline gives them, on the seeds."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, POS, TAG

from newsdesk.extract import annotate
from newsdesk.extract.nlp import load_nlp
from newsdesk.extract.parse import FULL, SELECTIVE, iter_docs, rule_sentences
from newsdesk.extract.pos_rules import COLUMNS, PosRules
from newsdesk.model import Annotations, Article


@pytest.fixture(scope="module")
def full(seed_articles: dict[str, Article]) -> dict[str, Annotations]:
    return annotate(list(seed_articles.values()), parse=FULL)


def test_selective_parse_gives_the_full_parse_quotes_entities_and_figures(
    seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations], full: dict[str, Annotations]
) -> None:
    assert sum(len(a.quotes) for a in seed_annotations.values()) > 50
    for n, article in seed_articles.items():
        selective, reference = seed_annotations[n], full[article.id]
        assert selective.quotes == reference.quotes, n
        assert selective.mentions == reference.mentions, n
        assert selective.figures == reference.figures, n
        assert selective.timexes == reference.timexes, n


def test_selective_parse_leaves_unread_sentences_unparsed(seed_articles: dict[str, Article]) -> None:
    texts = [a.text for a in seed_articles.values()]
    unparsed = sum(1 for doc in iter_docs(texts, method=SELECTIVE) for t in doc if not t.is_space and not t.tag_)
    assert unparsed > 0
    assert all(t.tag_ for doc in iter_docs(texts, method=FULL) for t in doc if not t.is_space)


def test_two_processes_give_the_same_annotations(
    seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations]
) -> None:
    articles = list(seed_articles.values())
    pooled = annotate(articles, batch_size=2, n_process=2)
    assert pooled == {a.id: seed_annotations[n] for n, a in seed_articles.items()}


def test_pos_rules_equal_the_attribute_ruler(seed_articles: dict[str, Article]) -> None:
    nlp = load_nlp()
    rules = PosRules(nlp)
    for article in seed_articles.values():
        doc = nlp.make_doc(article.text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        ours = rules(doc.copy())
        theirs = nlp.get_pipe("attribute_ruler")(doc)
        assert (ours.to_array([POS, TAG, DEP, HEAD]) == theirs.to_array([POS, TAG, DEP, HEAD])).all()


def test_pos_rules_compile_every_pattern_and_match_several_tokens_within_one_doc_only() -> None:
    nlp = load_nlp()
    rules = PosRules(nlp)
    assert rules.rules is not None  # en_core_web_sm's patterns are all array tests, no Matcher fallback
    doc = nlp.make_doc("There is a way. There is")
    for name in ("tok2vec", "tagger", "parser"):
        doc = nlp.get_pipe(name)(doc)
    assert doc[0].dep_ == "expl" and doc[5].dep_ == "expl"
    theirs = nlp.get_pipe("attribute_ruler")(doc.copy())
    array = doc.to_array(COLUMNS).astype("uint64")
    rules.apply(array, [0])
    assert (array[:, :3] == theirs.to_array(COLUMNS[:3])).all()
    assert theirs[1].pos_ == "VERB"  # "is" after an expletive "There": the two-token pattern
    # the same tokens cut into two docs between "There" and "is": the pattern may not match across the cut
    cut = doc.to_array(COLUMNS).astype("uint64")
    rules.apply(cut, [0, 1])
    assert nlp.vocab.strings[int(cut[1, 1])] != "VERB"
    assert (cut[2:] == array[2:]).all()


def test_rule_sentences_split_at_final_punctuation_and_line_breaks() -> None:
    doc = load_nlp().make_doc('He said: "We will go." Then he left\nA new paragraph. U.S. officials agreed.')
    starts = [doc[s].text for s, _ in rule_sentences(doc)]
    assert starts == ["He", "Then", "A", "U.S."]


def test_unknown_parse_method_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown parse method"):
        list(iter_docs(["text"], method="extract.parse.none"))
