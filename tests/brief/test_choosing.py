"""What a brief may choose: a question or a call to the reader states no fact; one outlet repeating itself does
not corroborate."""

from __future__ import annotations

from newsdesk.brief.assemble import build_story
from newsdesk.clean import clean_document
from newsdesk.evaluate.io import read_jsonl
from newsdesk.ingest.dates import parse_date
from newsdesk.model import RawDocument
from tests.conftest import EVAL


def test_reuters_q_and_a_boxes_stay_out_of_the_brief() -> None:
    """Two Reuters H1N1 pages that carry the same Q&A box ("HOW MANY PEOPLE HAVE DIED?"): before, its
    questions were a fact backed by both pages and a summary sentence."""
    records = read_jsonl(EVAL / "timelines" / "t17" / "dev" / "H1N1_reuters" / "articles.jsonl.gz")
    boxes = [r for r in records if "HOW MANY PEOPLE HAVE DIED?" in r["text"]]
    assert len(boxes) == 2
    articles = [
        clean_document(RawDocument(path=f"{r['id']}.txt", text=r["text"], published=parse_date(r["published"])))
        for r in boxes
    ]
    story = build_story(articles, 120)
    chosen = [s.text for s in story.summary] + [f.text for f in story.facts] + [e.text for e in story.timeline]
    assert story.summary and story.facts
    assert not [text for text in chosen if text.rstrip(" \"'”’)").endswith("?")]


def test_calls_to_action_stay_out_of_the_brief() -> None:
    """The BBC's H1N1 pages that end "Tell us your experiences by filling in the form below.": before, that line
    was a fact of the brief "backed by 4 sources". Four of the outlet's many pages are too few for a site template
    (found, as the CLI does, over the whole run); the call-to-action rule kept it out, and since
    ``clean.document.v4`` cleaning drops it first (``clean.address``: the reader told to use the form below)."""
    from newsdesk.clean.templates import template_sentences
    from newsdesk.evaluate.timeline import load_articles

    furniture = "Tell us your experiences by filling in the form below."
    run = load_articles(EVAL / "timelines" / "t17" / "dev" / "H1N1_bbc")
    pages = [a for a in run if any(r.text == furniture for r in a.removed)]
    assert len(pages) == 4 and not [a for a in pages if furniture in a.text]
    templates = template_sentences(run)
    assert not {(a.id, s.i) for a in pages for s in a.sentences if s.text == furniture} & templates
    story = build_story(pages, 120, templates=templates)
    chosen = [s.text for s in story.summary] + [f.text for f in story.facts] + [e.text for e in story.timeline]
    text_of = {(a.id, s.i): s.text for a in pages for s in a.sentences}
    chosen += [text_of[(article, i)] for article, sentences in story.unique for i in sentences]
    assert story.summary and story.facts
    assert not [text for text in chosen if "Tell us your experiences" in text]


def test_corroboration_counts_other_outlets_not_an_outlets_own_repeats(seed_articles) -> None:
    """The summary's prior: a line one outlet repeats on its pages (Reuters' comment policy was a summary
    sentence of a Timeline17 H1N1 brief, "backed by 5 sources") is not corroborated; another outlet is."""
    from dataclasses import replace

    from newsdesk.brief.assemble import _corroboration
    from newsdesk.model import Citation, Fact

    a, b, c = (replace(seed_articles[k], source=s) for k, s in (("000", "Reuters"), ("002", "Reuters"), ("003", None)))
    cites = tuple(Citation(x.id, 0) for x in (a, b, c))
    own = Fact("Views expressed in the comments do not represent those of Reuters.", cites[:2], (a.id, b.id))
    shared = Fact("Talks failed.", cites, (a.id, b.id, c.id))
    assert _corroboration([own], [a, b, c]) == {}
    assert _corroboration([shared], [a, b, c]) == dict.fromkeys(cites, 1.0)
