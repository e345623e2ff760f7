"""Broadcast transcripts: the turns of a show's speakers are speech, not the reporter's written voice.

A news site prints its shows' transcripts as pages ("THIS IS A RUSH TRANSCRIPT."): each turn opens with its
speaker's label in capitals and a colon, the first turn of a speaker with a name and a title ("HILLARY CLINTON,
SECRETARY OF STATE:", "CARL AZUZ, CNN STUDENT NEWS ANCHOR:"), later ones with the surname ("CLINTON:", "AZUZ:"). What
follows a label, up to the next one, is what that speaker said on air: a guest's "I -- I'm going to Egypt in the next
few days.", an anchor's promo "Watch out for the State of the Union address later tonight.", a host's "I'm Eliot
Spitzer." Such a line is no statement of the reporter's, so the brief withholds it from its summary, facts and
timeline (``align.units.nonstatements``), as it withholds questions and calls to the reader; the page keeps it.

A page is a transcript by its shape, never by its words: at least ``MIN_TURNS`` sentences open with a label, of at
least two speakers, one of whom speaks more than once (a dialogue). A live page's "NEW: …" lines (one label, however
often), a list of regions ("MIDDLE EAST: …", "AFRICA: …": many labels, none twice) and a lone "NATO: …" are not. On
the Timeline17 dev CNN folders 36 of 271 EgyptianProtest_cnn pages and 7 of 396 LibyaWar_cnn pages are transcripts
(2,706 and 133 turns; docs/benchmarks.md, session 9).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.model import Sentence

MIN_TURNS = 3
# A speaker label: a name in capitals (up to six words: "U.S. SECRETARY OF STATE HILLARY CLINTON"), an optional
# title after a comma ("SEN. JOHN MCCAIN (R), ARIZONA"), an optional stage note ("(through translator)",
# "(voice-over)", "(TRANSLATED)"), then a colon. Lower case in the name or title makes it a heading or prose.
_WORD = r"[A-Z][A-Z0-9.'’-]*"
LABEL = re.compile(
    rf"^(?P<name>{_WORD}(?: {_WORD}){{0,5}})(?: \([A-Z]{{1,2}}(?:-[A-Z.]+)?\))?"
    r"(?P<title>,(?: [A-Z0-9(&][A-Z0-9.'’()&/-]*,?){1,12})?"
    r"(?: \((?:[a-z][a-z -]*|[A-Z][A-Z -]+)\))?:\s"
)

# The notice a transcript's header carries, in capitals: "THIS IS A RUSH TRANSCRIPT.", "RUSH FDCH TRANSCRIPT".
_NOTICE = re.compile(r"\b[A-Z]+ TRANSCRIPT\b")


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: the label as printed, the speaker's surname (how later turns name them) and the indices
    of the turn's sentences, the labelled one first."""

    label: str
    speaker: str
    sentences: tuple[int, ...]


def speaker_label(text: str) -> tuple[str, str] | None:
    """(the label as printed, the speaker's surname) when ``text`` opens with a speaker label, else None."""
    match = LABEL.match(text)
    if not match:
        return None
    return match.group(0).rstrip(": \t\n"), match.group("name").split()[-1].rstrip(".")


def transcript_turns(sentences: Sequence[Sentence]) -> list[Turn]:
    """The turns of a transcript page, each running from its label to the next label or the page's end; [] for a
    page that is no transcript (see the module's docstring). Sentences before the first label (the page's header)
    belong to no turn."""
    labels = [(k, found) for k, s in enumerate(sentences) if (found := speaker_label(s.text))]
    speakers = Counter(surname for _, (_, surname) in labels)
    if len(labels) < MIN_TURNS or len(speakers) < 2 or max(speakers.values()) < 2:
        return []
    turns = []
    for n, (k, (label, surname)) in enumerate(labels):
        end = labels[n + 1][0] if n + 1 < len(labels) else len(sentences)
        turns.append(Turn(label, surname, tuple(s.i for s in sentences[k:end])))
    return turns


def transcript_lines(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of the sentences said in a transcript's turns, and of the header lines that carry its notice (the
    show's listing: "Massive Protests in Egypt; Lebanon Political Upheaval; … Aired January 25, 2011 - 16:00:00 ET
    THIS IS A RUSH TRANSCRIPT."); none for a page that is no transcript. A header in prose (a blog's "Egyptian
    Ambassador … spoke with CNN's Wolf Blitzer …" above "FULL TRANSCRIPT: …") stays the reporter's."""
    turns = transcript_turns(sentences)
    if not turns:
        return frozenset()
    first = turns[0].sentences[0]
    header = {s.i for s in sentences if s.i < first and _NOTICE.search(s.text)}
    return frozenset(header | {i for turn in turns for i in turn.sentences})
