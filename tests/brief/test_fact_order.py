"""brief.fact-order.v1: "Facts across sources" leads with the story's news, not an outlet's bare quotes, lines leaning
on their article, history or reprinted boxes (LibyaWar_cnn, H1N1 BBC and EgyptianProtest of Timeline17)."""

from __future__ import annotations

from datetime import date

from newsdesk.brief.fact_order import order_facts, period_end, quotation_line
from newsdesk.extract import annotate
from newsdesk.model import Article, Citation, Fact, Sentence
from newsdesk.summarize.references import dangling_references

# a page's lead (LEAD_SENTENCES): the line under test is the page's fourth sentence, past it
LEAD = (
    "Anti-government protests spread across the region on Tuesday.",
    "Thousands marched in the capital.",
    "Officials did not comment.",
)


def _article(article_id: str, text: str, source: str | None = "CNN", published: date = date(2011, 2, 22)) -> Article:
    sentences, start = [], 0
    for i, line in enumerate((*LEAD, text)):
        sentences.append(Sentence(i, start, start + len(line), line))
        start += len(line) + 1
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=" ".join((*LEAD, text)),
        sentences=tuple(sentences),
        source=source,
        published=published,
    )


def _fact(*articles: Article) -> Fact:
    cited = len(LEAD)
    return Fact(
        articles[0].sentences[cited].text, tuple(Citation(a.id, cited) for a in articles), tuple(a.id for a in articles)
    )


def _order(facts: list[Fact], articles: list[Article]) -> list[str]:
    annotations = annotate(articles)
    ordered = order_facts(facts, articles, annotations, dangling_references(articles, annotations))
    assert sorted(f.text for f in ordered) == sorted(f.text for f in facts)  # every fact kept, only the order changes
    return [f.text for f in ordered]


def test_news_comes_before_bare_quotes_leaning_lines_and_history() -> None:
    """LibyaWar_cnn (Feb 2011): main's brief led with these four, each from three CNN pages, while the story's news,
    told by two pages in other words, came after them."""
    quote = [_article(f"q{n}", "\u201cI am doing this for him.\u201d") for n in range(3)]
    leaning = [_article(f"l{n}", "A Libyan would never do this to his people.") for n in range(3)]
    profile = [
        _article(
            f"p{n}", "They learned snippets of their father's circumstances through his letters from Abu Salim prison."
        )
        for n in range(3)
    ]
    history = [
        _article(
            f"h{n}",
            "Libya's standing took a turn with the 1988 bombing of Pan Am Flight 103 over Lockerbie, Scotland, killing "
            "270 people.",
        )
        for n in range(3)
    ]
    news = [
        _article("n0", "Justice Minister Mustafa Abdul Jalil resigned to protest the use of excessive force."),
        _article("n1", "Libya's justice minister has quit, saying security forces used excessive force on protesters."),
    ]
    facts = [_fact(*quote), _fact(*leaning), _fact(*profile), _fact(*history), _fact(*news)]
    order = _order(facts, [*quote, *leaning, *profile, *history, *news])
    assert order[0] == news[0].sentences[-1].text
    # the rest keep their order among themselves
    line = [group[0].sentences[-1].text for group in (quote, leaning, profile, history)]
    assert order[1:] == line


def test_a_reprinted_box_follows_but_a_dated_report_or_a_carried_wire_paragraph_does_not() -> None:
    """H1N1 (BBC, no outlet named on the pages): a line of the 1957 flu box printed on five pages, one telling, was the
    brief's fourth fact. An outlet's paragraph repeated in its updates of two days (H1N1, the Guardian) or of a dated
    event (LibyaWar_cnn), and a wire paragraph that several outlets carry (EgyptianProtest) are the story's news, though
    each is one telling too."""
    note = "Caused by a human form of the virus, H2N2, combining with a mutated strain found in wild ducks."
    days = (date(2009, 4, 26), date(2009, 4, 27), date(2009, 4, 27), date(2009, 4, 28))
    box = [_article(f"b{n}", note, source=None, published=day) for n, day in enumerate(days)]
    # the Guardian's paragraph in its updates of 25-26 April 2009: news of those days
    airport = (
        "At Mexico City's international airport, passengers were questioned to try to prevent anyone with flu symptoms "
        "from boarding aircraft and spreading the disease."
    )
    updates = [
        _article(f"g{n}", airport, source=None, published=day)
        for n, day in enumerate((date(2009, 4, 25), date(2009, 4, 26), date(2009, 4, 26)))
    ]
    assert _order([_fact(*box), _fact(*updates)], [*box, *updates]) == [airport, note]
    jalil = (
        'Jalil quit February 21 to protest the "bloody situation" and "use of excessive force" against unarmed '
        "protesters, according to Libyan newspaper Quryna."
    )
    pages = (date(2011, 2, 21), date(2011, 2, 22), date(2011, 2, 28))
    dated = [_article(f"d{n}", jalil, published=day) for n, day in enumerate(pages)]
    wire = "Witnesses saw security forces harassing journalists and photographers."
    carried = [
        _article(f"w{n}", wire, source=outlet, published=day)
        for n, (outlet, day) in enumerate((("AP", date(2011, 1, 26)), ("CNN", date(2011, 1, 28))))
    ]
    assert _order([_fact(*box), _fact(*dated)], [*box, *dated]) == [jalil, note]
    assert _order([_fact(*box), _fact(*carried)], [*box, *carried]) == [wire, note]


def test_a_quote_that_names_its_speaker_keeps_its_place() -> None:
    """EgyptianProtest (CNN, Jan 2011): a pronoun inside the quote leans on nothing when the line names the speaker;
    an unnamed "he said" does."""
    named = "\u201cI just spoke to him after his speech,\u201d Obama said."
    unnamed = "\u201cIt is very important that people have mechanisms to express legitimate grievances,\u201d he said."
    a = [_article(f"o{n}", named, source=outlet) for n, outlet in enumerate(("CNN", "AP", "BBC"))]
    b = [_article(f"u{n}", unnamed, source=outlet) for n, outlet in enumerate(("CNN", "AP", "BBC", "Reuters"))]
    assert _order([_fact(*b), _fact(*a)], [*a, *b]) == [named, unnamed]


def test_quotation_lines_and_period_ends() -> None:
    assert quotation_line("\u201cI am doing this for him.\u201d")
    assert quotation_line('"Our strength is growing and we are getting more weapons.')  # the quotation goes on
    assert quotation_line('In America, France, and everywhere, they will shoot them." *')
    assert not quotation_line('Gadhafi said Libya would "fight to the last man."')
    assert period_end("1988") == date(1988, 12, 31)
    assert period_end("2011-01") == date(2011, 1, 31)
    assert period_end("2011-W07") == date(2011, 2, 20)
    assert period_end("2011-02-23TMO") == date(2011, 2, 23)
    assert period_end("P40Y") is None and period_end("PRESENT_REF") is None and period_end(None) is None
