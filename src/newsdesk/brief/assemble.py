"""Build the stories of a set of articles and fill each story's brief sections.

Each section comes from the stage that owns it (summarize, and as they land: cluster, extract, align); this
module only wires them, so the CLI, the API and the web pages all show the same story.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsdesk import __version__
from newsdesk.align import align_story, merge_quote_variants, unique_reports
from newsdesk.align.caveats import ALGORITHM as CAVEATS_ALGORITHM
from newsdesk.align.caveats import own_sentences, standalone_notes, story_caveats
from newsdesk.align.facts import ALGORITHM as ALIGN_ALGORITHM
from newsdesk.align.offstory import ALGORITHM as OFFSTORY_ALGORITHM
from newsdesk.align.offstory import off_story
from newsdesk.align.quotes import ALGORITHM as QUOTE_VARIANTS_ALGORITHM
from newsdesk.align.units import READER_ADDRESS_ALGORITHM, nonstatements
from newsdesk.clean.templates import ALGORITHM as TEMPLATES_ALGORITHM
from newsdesk.clean.templates import Templates, template_sentences, withhold_templates
from newsdesk.clean.tickers import ALGORITHM as TICKERS_ALGORITHM
from newsdesk.cluster.events import ALGORITHM as EVENTS_ALGORITHM
from newsdesk.cluster.groups import INPUT_ALGORITHM as CLUSTER_INPUT_ALGORITHM
from newsdesk.cluster.groups import SET_APART, StoryGroup, group_stories
from newsdesk.cluster.stories import ALGORITHM as STORIES_ALGORITHM
from newsdesk.cluster.titles import ALGORITHM as TITLE_ALGORITHM
from newsdesk.dedup import ALGORITHM as DEDUP_ALGORITHM
from newsdesk.dedup.updates import ALGORITHM as UPDATES_ALGORITHM
from newsdesk.extract import annotate, story_entities
from newsdesk.extract.aliases import ALGORITHM as ENTITIES_ALGORITHM
from newsdesk.extract.figures import ALGORITHM as FIGURES_ALGORITHM
from newsdesk.extract.press import ALGORITHM as PRESS_ALGORITHM
from newsdesk.extract.press import story_press
from newsdesk.extract.quote_spans import ALGORITHM as QUOTES_ALGORITHM
from newsdesk.extract.quotes import brief_quotes
from newsdesk.extract.speakers import ALGORITHM as SPEAKERS_ALGORITHM
from newsdesk.extract.timex import ALGORITHM as TIMEX_ALGORITHM
from newsdesk.extract.turn_quotes import ALGORITHM as TURN_QUOTES_ALGORITHM
from newsdesk.extract.turn_quotes import relayed_by_press, story_turn_quotes
from newsdesk.model import Annotations, Article, Caveat, Citation, Fact, Story, SummarySentence
from newsdesk.summarize import CHOOSERS, DEFAULT_SUMMARIZER
from newsdesk.summarize.lines import ALGORITHM as LINES_ALGORITHM
from newsdesk.summarize.lines import standalone_lines
from newsdesk.summarize.references import ALGORITHM as REFERENCES_ALGORITHM
from newsdesk.summarize.references import dangling_references, standalone_wording
from newsdesk.timeline import TIMELINE_ALGORITHM, build_timeline

from .fact_order import ALGORITHM as FACT_ORDER_ALGORITHM
from .fact_order import order_facts
from .figures import ALGORITHM as FIGURE_VARIANTS_ALGORITHM
from .figures import story_figures
from .quotes import ALGORITHM as BRIEF_QUOTES_ALGORITHM
from .quotes import joined_parts, resolve_speakers, statements

# A page set apart as no news report (``cluster.pages``: an index page, a notice, a promo …) gets no summary, facts,
# quotes, figures or timeline: an editor asked for its brief wants to be told what the page is, not a summary of a
# quiz's clues or a list of teasers cited as if they were reported. Its brief is its labelled title and its page
# (every view says so: ``render.set_apart_note``).
SET_APART_BRIEF = "brief.set-apart.v1"
TITLE_MAX_WORDS = 16
# Every versioned algorithm a default brief is made by. Outputs change only with a new name (see STYLE), so a
# brief cached under other names or another package version is stale.
BRIEF_ALGORITHMS = (
    TEMPLATES_ALGORITHM,
    TICKERS_ALGORITHM,
    REFERENCES_ALGORITHM,
    LINES_ALGORITHM,
    READER_ADDRESS_ALGORITHM,
    CAVEATS_ALGORITHM,
    OFFSTORY_ALGORITHM,
    TIMEX_ALGORITHM,
    QUOTES_ALGORITHM,
    SPEAKERS_ALGORITHM,
    TURN_QUOTES_ALGORITHM,
    DEDUP_ALGORITHM,
    UPDATES_ALGORITHM,
    CLUSTER_INPUT_ALGORITHM,
    STORIES_ALGORITHM,
    EVENTS_ALGORITHM,
    TITLE_ALGORITHM,
    ENTITIES_ALGORITHM,
    PRESS_ALGORITHM,
    FIGURES_ALGORITHM,
    FIGURE_VARIANTS_ALGORITHM,
    ALIGN_ALGORITHM,
    FACT_ORDER_ALGORITHM,
    QUOTE_VARIANTS_ALGORITHM,
    BRIEF_QUOTES_ALGORITHM,
    DEFAULT_SUMMARIZER,
    TIMELINE_ALGORITHM,
    SET_APART_BRIEF,
)
TIMELINE_DATES = 8  # a brief's timeline shows the story's most important days, not every mention


def story_id(article_ids: Sequence[str]) -> str:
    """Stable across runs: a hash of the member ids, independent of their order."""
    return "s" + hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:12]


def story_title(articles: Sequence[Article]) -> str:
    """The first headline, else the lead sentence of the first article, cut to a headline's length (a sentence
    emptied by ``withhold_templates`` is no lead)."""
    for article in articles:
        if article.title:
            return article.title
    lead = next((s.text for s in articles[0].sentences if s.text), "Untitled story") if articles else "Untitled story"
    words = lead.split()
    return " ".join(words[:TITLE_MAX_WORDS]) + ("…" if len(words) > TITLE_MAX_WORDS else "")


def _corroboration(facts: Sequence[Fact], articles: Sequence[Article]) -> dict[Citation, float]:
    """Per sentence, how many other outlets state its fact: the summary's prior.

    Outlets, not articles: one outlet repeating its own line across its articles (a wire's background paragraph,
    its comment policy on every page) is not corroboration. An article of unknown outlet counts as its own."""
    outlet = {a.id: a.source or a.id for a in articles}
    prior: dict[Citation, float] = {}
    for fact in facts:  # a sentence whose clauses state several facts takes its best-corroborated one
        others = float(len({outlet.get(source, source) for source in fact.sources}) - 1)
        for citation in fact.citations:
            prior[citation] = max(prior.get(citation, 0.0), others)
    return {c: v for c, v in prior.items() if v > 0}


def _nonstatements(
    articles: Sequence[Article], templates: Templates | None, caveats: Sequence[Caveat] | None = None
) -> Templates:
    """An outlet's template text (``templates``, else found in ``articles``), questions and calls to the reader, and
    an outlet's notes of its own that it could not verify something (of ``caveats``, the articles' ``story_caveats``
    when read already)."""
    found = template_sentences(articles) if templates is None else templates
    notes = standalone_notes(articles) if caveats is None else own_sentences(caveats)
    return found | nonstatements(articles) | notes


def withheld_sentences(articles: Sequence[Article], templates: Templates | None = None) -> Templates:
    """The sentences no section of a brief may choose, align or date: an outlet's template text (``templates``, else
    found in ``articles``), questions and calls to the reader (``align.units.nonstatements``), an outlet's note of
    its own that it could not verify something (``align.caveats``: the brief lists those apart), and the segments of
    a multi-story page that are about another story (``align.offstory``)."""
    withheld = _nonstatements(articles, templates)
    return withheld | off_story(articles, withheld)


def _caveats(caveats: Sequence[Caveat], withheld: Templates) -> tuple[Caveat, ...]:
    """The outlets' notes that they could not verify a claim (``story_caveats``), but for notes and claims the brief
    withholds otherwise (site templates, off-story segments)."""
    others = withheld - own_sentences(caveats)
    kept = []
    for caveat in caveats:
        if (caveat.note.article, caveat.note.sentence) in others:
            continue
        claim = caveat.claim
        if claim is not None and claim != caveat.note and (claim.article, claim.sentence) in withheld:
            claim = None
        kept.append(replace(caveat, claim=claim))
    return tuple(kept)


def _contradicting(fact: Fact, citation: Citation) -> set[Citation]:
    """The sentences on the other side of a conflict of ``fact`` from ``citation``."""
    against: set[Citation] = set()
    for conflict in fact.conflicts:
        if conflict["kind"] != "conflict":
            continue
        sides = [set(side["citations"]) for side in conflict["sides"]]
        if any(citation in side for side in sides):
            against |= set().union(*(side for side in sides if citation not in side))
    return against


def _cite_facts(summary: Sequence[SummarySentence], facts: Sequence[Fact]) -> tuple[SummarySentence, ...]:
    """A summary sentence that states an aligned fact is cited to every outlet stating it (first citation kept),
    except the sentences the fact's conflicts set against it: "to Egypt" does not back "to Egypt and Qatar"."""
    fact_of = {c: f for f in facts if len(f.sources) > 1 for c in f.citations}
    result = []
    for sentence in summary:
        citations = list(sentence.citations)
        fact = fact_of.get(citations[0]) if citations else None
        if fact is not None:
            cited = {c.article for c in citations} | {c.article for c in _contradicting(fact, citations[0])}
            for citation in fact.citations:
                if citation.article not in cited:
                    citations.append(citation)
                    cited.add(citation.article)
        result.append(replace(sentence, citations=tuple(citations)))
    return tuple(result)


def build_group(
    group: StoryGroup,
    words: int,
    summarizer: str = DEFAULT_SUMMARIZER,
    annotations: Mapping[str, Annotations] | None = None,
    templates: Templates | None = None,
) -> Story:
    """A clustered story: its stable id, central title and events, and every section of its brief.
    ``templates``: the outlets' template sentences found over everything being briefed (see ``build_story``).
    A page set apart (``group.reason``) has no section: ``SET_APART_BRIEF``."""
    if group.reason.startswith(SET_APART):
        articles = tuple(a.id for a in group.articles)
        return Story(group.id, group.title, articles, algorithms={**dict(group.algorithms), "brief": SET_APART_BRIEF})
    return build_story(group.articles, words, summarizer, annotations, group=group, templates=templates)


def build_story(
    articles: Sequence[Article],
    words: int,
    summarizer: str = DEFAULT_SUMMARIZER,
    annotations: Mapping[str, Annotations] | None = None,
    group: StoryGroup | None = None,
    templates: Templates | None = None,
) -> Story:
    """Every section of one story's brief; ``annotations`` are computed when not given. A ``group`` from
    story clustering gives the story its stable id, title and events. ``templates`` are the sentences no
    section may choose (an outlet's furniture): best found over all the articles of a run, since a site's
    template recurs across stories while a story's background line does not; else found in this story."""
    annotations = annotations if annotations is not None else annotate(articles)
    # summary, facts and timeline choose among sentences that state something: an outlet's template text, a
    # question (a Q&A box's "HOW MANY PEOPLE HAVE DIED?") and a call to the reader ("Tell us your experiences by
    # filling in the form below.") are not candidates
    caveats = story_caveats(articles)  # read once: the withheld notes and the caveats section are both made of them
    withheld = _nonstatements(articles, templates, caveats)
    # and a multi-story page's segments about other stories (a digest's snowstorm, a transcript's State of the
    # Union) state, date, quote and count nothing for this story
    elsewhere = off_story(articles, withheld)
    withheld |= elsewhere
    working = withhold_templates(articles, withheld)
    # the story's people and places as the brief's own sentences name them: a withheld sentence (a template, a photo
    # credit, a question) names no one in the story
    entities = story_entities(working, {k: ann.mentions for k, ann in annotations.items()})
    alignment = align_story(working, annotations)
    press = story_press(articles, entities)
    # what the story's guests said on air (their transcript turns) is quoted with what the articles quote
    said = [q for a in articles if a.id in annotations for q in annotations[a.id].quotes]
    # and quoted words inside a correspondent's turn are a sign's or a crowd's, not the correspondent's
    spoken = [
        q for q in [*said, *story_turn_quotes(articles, entities, press)] if (q.article, q.sentence) not in elsewhere
    ]
    quotes = relayed_by_press(resolve_speakers(spoken, entities), articles, press)
    timexes = {k: ann.timexes for k, ann in annotations.items()}  # a withheld sentence's dates count for no day
    prior = _corroboration(alignment.facts, articles)
    dangling = dangling_references(working, annotations)
    by_id = {a.id: a for a in articles}
    texts = {k: a.text for k, a in by_id.items()}
    return Story(
        id=group.id if group else story_id([a.id for a in articles]),
        title=group.title if group else story_title(working),
        events=group.events if group else (),
        articles=tuple(a.id for a in articles),
        summary=_cite_facts(standalone_lines(summarizer, working, words, prior, dangling), alignment.facts),
        entities=entities,
        press=press,
        caveats=_caveats(caveats, withheld),
        figures=story_figures(
            (
                f
                for a in articles
                if a.id in annotations
                for f in annotations[a.id].figures
                if (f.article, f.sentence) not in withheld
            ),
            alignment.facts,
            articles,
            timexes=timexes,  # v5: a figure is dated by the day its sentence names
        ),
        # The brief shows facts that more than one independent source states; single-source ones are `unique`.
        facts=order_facts(
            [standalone_wording(f, by_id, dangling) for f in alignment.facts if len(f.sources) > 1],
            working,
            annotations,
            dangling,
        ),
        unique=unique_reports(working, alignment.facts),
        quotes=merge_quote_variants(joined_parts(brief_quotes(statements(quotes, by_id)), by_id), entities, texts),
        timeline=build_timeline(working, timexes, max_dates=TIMELINE_DATES),
        algorithms={
            "summary": f"{summarizer}+{UPDATES_ALGORITHM}+{REFERENCES_ALGORITHM}"
            + (f"+{LINES_ALGORITHM}" if summarizer in CHOOSERS else ""),
            "entities": ENTITIES_ALGORITHM,
            "press": PRESS_ALGORITHM,
            "caveats": CAVEATS_ALGORITHM,
            "figures": f"{FIGURES_ALGORITHM}+{FIGURE_VARIANTS_ALGORITHM}",
            "align": f"{alignment.algorithm}+{alignment.encoder}",
            "facts": FACT_ORDER_ALGORITHM,
            "timeline": TIMELINE_ALGORITHM,
            "quotes": f"{BRIEF_QUOTES_ALGORITHM}+{QUOTE_VARIANTS_ALGORITHM}+{TURN_QUOTES_ALGORITHM}",
            **dict(group.algorithms if group else ()),
        },
    )


def brief_code() -> str:
    """Which code a brief was made by: the package version and every default algorithm's name."""
    return hashlib.sha256("\n".join((__version__, *BRIEF_ALGORITHMS)).encode()).hexdigest()[:12]


def build_stories(
    articles: Sequence[Article], words: int = 120, annotations: Mapping[str, Annotations] | None = None
) -> list[Story]:
    """One ``Story`` per group, largest first (ties: by id, so output is deterministic)."""
    templates = template_sentences(articles)
    stories = [
        build_group(group, words, annotations=annotations, templates=templates)
        for group in group_stories(articles, templates=templates)
    ]
    return sorted(stories, key=lambda s: (-len(s.articles), s.id))
