"""Numbers that name, not count, are no figures (extract.figures.v8): "9/11", "9-11" (the attacks) and "24/7", on
Timeline17 dev sentences. v7 listed "9/11 — attacks" with no value, and read "9-11" as a range of 9 to 11."""

from __future__ import annotations

import pytest

from newsdesk.extract import find_figures
from newsdesk.extract.nlp import load_nlp
from newsdesk.model import Article, Figure, Sentence


def _figures(text: str) -> tuple[Figure, ...]:
    article = Article(id="t", path="t.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))
    return find_figures(article, load_nlp()(text))


@pytest.mark.parametrize(
    "text",
    [
        "He didn't plan 9/11 but his response leaves much to be desired.",
        "But Bush's earlier years in office were less polarizing mostly due to the widespread support he got right "
        "after the 9/11 attacks.",
        "Because even if Clinton did fail to get Osama Bin Laden, Bush as President and Commander-in-Chief had a "
        "choice about how to respond to 9-11.",
        "Thanks to the internet and 24/7 rolling news channels, information about epidemic diseases travels far "
        "faster than a virus can ever hope to, and competition between papers means that hysterical, unscientific "
        "claims are ubiquitous.",
    ],
)
def test_a_number_that_names_is_no_figure(text: str) -> None:
    assert _figures(text) == ()


def test_the_counts_beside_a_number_name_stay() -> None:
    # PolNeAR dev: "We lost 3,000 people on 9/11." keeps its toll
    figures = _figures("We lost 3,000 people on 9/11.")
    assert [(f.text, f.value, f.unit) for f in figures] == [("3,000", 3000, "people")]
