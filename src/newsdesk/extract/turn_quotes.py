"""What a broadcast's guests said on air, as quotes: a transcript's turn is its speaker's own words.

Quote extraction reads quotation marks and verbs of saying (``quote_spans``); a transcript has neither: "MOHAMED
ELBARADEI, FORMER IAEA CHIEF: I was stunned to hear, you know, Secretary Clinton saying …". Its labels say who speaks
(``clean.transcripts``). A turn is a newsmaker's quote when a label of the page names its speaker in full (a later
"ELBARADEI:" is the page's one MOHAMED ELBARADEI; a surname two full names share, or that no full name bears, names
no one) and the speaker is not the press (``extract.press``: an anchor's question and a correspondent's report are
the broadcaster's voice, on this page or labelled so on another page of the story), nor a voice the page does not
name ("UNIDENTIFIED FEMALE:", "CROWD:").

A quote is the turn's opening sentences up to ``QUOTE_WORDS`` words (at least one sentence): the brief ranks no quote
higher for being longer than that (``brief.quotes.RANK_WORDS``), and a guest's turn runs to 300 words. It stops before
an interjection that sentence splitting left inside the turn ("You can't raise -- PARKER: Believe me, …"), at the
last full stop before it ("I sent her a card yesterday. I -- SPITZER: …"); a turn cut off before its first full stop
("You can't raise -- PARKER: …") says nothing whole and is no quote.

The other way round, words in quotation marks inside a transcript's turns are not the press's (``relayed_by_press``):
a correspondent's turn quotes a sign or a chant, a guest's turn quotes a third person, and the speaker rules would give
them to the nearest person named, a correspondent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from newsdesk.clean.transcripts import LABEL, transcript_lines, transcript_turns
from newsdesk.model import Article, Entity, Quote, Reporter, Span

from .alias_lookup import canonical_name
from .aliases import display_name, name_key
from .press import page_speakers, press_labels

ALGORITHM = "extract.turn-quotes.v1"
QUOTE_WORDS = 40
# Another speaker's label inside a turn's text: a name in capitals (an initial's dots allowed: "E.D. HILL"), an
# optional stage note, a colon; with the dash of the cut-off words before it ("-- PARKER:").
_INLINE_LABEL = re.compile(r"(?:\s+--)?\s+[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,5}(?: \([^)]*\))?:\s")


def turn_quotes(
    article: Article, entities: Sequence[Entity] = (), press: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """The newsmakers' turns of one transcript page as direct quotes (see the module's docstring). ``press``: the
    name keys (``name_key``) of the story's press, whose turns are not quotes wherever their page labels them."""
    speakers = page_speakers(article.sentences)
    by_index = {s.i: s for s in article.sentences}
    for turn in transcript_turns(article.sentences):
        speaker = speakers.get(turn.speaker)
        if speaker is None or speaker.press:
            continue
        name = canonical_name(speaker.name, entities) or display_name(speaker.name)
        if name_key(name) in press or name_key(speaker.name) in press:
            continue
        first = by_index[turn.sentences[0]]
        label = LABEL.match(first.text)
        if label is None:
            continue
        start, end, words = first.start + label.end(), first.end, len(first.text[label.end() :].split())
        for i in turn.sentences[1:]:
            words += len(by_index[i].text.split())
            if words > QUOTE_WORDS:
                break
            end = by_index[i].end
        if inline := _INLINE_LABEL.search(article.text, start, end):  # the words cut off by it end at its last stop
            stop = max(article.text.rfind(mark, start, inline.start()) for mark in ".?!")
            if stop <= start:  # nothing but the cut-off words ("You can't raise -- PARKER: …"): no statement
                continue
            end = stop + 1
        raw = article.text[start:end]
        start, end = start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())
        if not any(c.isalpha() for c in article.text[start:end]):
            continue
        yield Quote(
            article=article.id,
            sentence=first.i,
            start=start,
            end=end,
            text=article.text[start:end],
            speaker=name,
            speaker_span=Span(article.id, first.start + label.start("name"), first.start + label.end("name")),
            direct=True,
        )


def story_turn_quotes(
    articles: Sequence[Article], entities: Sequence[Entity], press: Sequence[Reporter]
) -> tuple[Quote, ...]:
    """The newsmakers' turns of every transcript of a story; a speaker that any page of the story labels as its
    press (``press_labels``) or that the story's press list names is no newsmaker on any page."""
    names = {name_key(r.name) for r in press} | {name_key(n) for a in articles for n, _ in press_labels(a.sentences)}
    return tuple(q for a in articles for q in turn_quotes(a, entities, frozenset(names)))


def relayed_by_press(
    quotes: Iterable[Quote], articles: Sequence[Article], press: Sequence[Reporter]
) -> tuple[Quote, ...]:
    """Quoted words inside a transcript's turns, given to the press, lose that speaker: on air a reporter's own words
    are their turn itself, so the words a correspondent's turn puts in quotation marks are someone else's (a protest
    sign's "U.S. 'aid' equals tear gas.", a slogan's "Mubarak, get out of the country."), and a guest's "He said, 'I
    will change everything.'" is not the correspondent named two turns before."""
    names = {r.name for r in press}
    if not names:
        return tuple(quotes)
    lines = {a.id: transcript_lines(a.sentences) for a in articles}
    return tuple(
        replace(q, speaker=None) if q.speaker in names and q.sentence in lines.get(q.article, ()) else q for q in quotes
    )
