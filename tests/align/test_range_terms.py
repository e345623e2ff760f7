"""``align.facts.v19``: a range is one lexical term in the pair scores. Under v18 a range gave both its ends as terms,
read with the high end's scale, so Qatar's pledge of "$400 - $500 million" (Timeline17 LibyaWar_reuters) shared two
numbers with a Canadian firm's write-down "by C$ 514 million ($500 million)" and its "about C$ 400 million" book
value, and the three sentences were printed as one fact (docs/benchmarks.md, session 19, helper ``figures3``)."""

from __future__ import annotations

from newsdesk.align.facts import ALGORITHM, ALGORITHMS
from newsdesk.align.similarity import Unit, lexical_similarity
from newsdesk.extract import annotate
from newsdesk.model import Article, Sentence

SENTENCES = (
    "When the anti-Gaddafi coalition set up its fund, Qatar immediately pledged the largest sum of $400 - $500 "
    "million.",
    "The company wrote down the value of the operations in July by C$ 514 million ($500 million).",
    "The book value is now about C$ 400 million.",
)


def _story() -> tuple[list[Unit], dict]:
    articles = [
        Article(f"a{i}", f"a{i}.txt", text, (Sentence(0, 0, len(text), text),), source=f"S{i}")
        for i, text in enumerate(SENTENCES)
    ]
    return [Unit(a.id, 0, a.text, a.source or a.id) for a in articles], annotate(articles)


def test_a_range_shares_no_number_with_its_ends() -> None:
    units, ann = _story()
    (qatar,) = ann["a0"].figures
    assert (qatar.value, qatar.high) == (400e6, 500e6)
    assert ALGORITHMS[ALGORITHM].range_terms
    ends = lexical_similarity(units, ann, predicates=True)
    whole = lexical_similarity(units, ann, predicates=True, range_terms=True)
    # v18: "num:5e+08" and "num:4e+08" shared besides the word "million"; v19: only the word
    assert whole[0, 1] < ends[0, 1] and whole[0, 2] < ends[0, 2]
