"""A round-up's teasers: "Head: lead." lines listing a day's other stories on a news blog's page.

CNN's "This Just In" pages (Timeline17's EgyptianProtest_cnn, LibyaWar_cnn) print between their on-story entries a list
of the day's most-read stories, one sentence each: a head, a colon, and the story's lead ("Why Nicole Kidman kept baby
Faith a secret: Actress Nicole Kidman says keeping quiet about …", "Egyptian president dissolves government: Embattled
President Hosni Mubarak said early Saturday …"). Each teaser is one sentence among others, so ``align.offstory``'s runs
of ``MIN_RUN`` sentences never hold them; this module finds the list by its shape, and ``align.offstory.v3`` withholds
the teasers that name nothing the story names widely (the on-story teasers stay).

The shape, read on the dev split (EgyptianProtest_cnn, LibyaWar_cnn, H1N1_reuters; docs/benchmarks/sessions-25.md):

- a head of ``MIN_HEAD_WORDS`` to ``MAX_HEAD_WORDS`` words with no end mark, a dash or a quotation before its colon,
  and with a word in lower case outside brackets: a transcript's speaker label is in capitals ("ROBERTSON:",
  "DAN LOTHIAN, CNN WHITE HOUSE CORRESPONDENT (voice-over):", "WU (speaking Chinese, English Subtitles):"), and a
  chronology's date names no word ("29 Nov, 2007: Martinique region, Windward Islands.", a list of the region's
  earthquakes in haiti_bbc, read after the first commit);
- not a quotation's attribution: the head does not end on a verb of saying ("CNN's Fred Pleitgen tweeted:",
  "Michael in New Mexico writes:") and the lead opens with no quotation mark (an interview's "On whether …: "…"");
- a lead opening with a capital or a digit and ending on an end mark;
- at least ``MIN_TEASERS`` such sentences with at most ``GAP`` sentence between neighbours: one "Head: lead." line
  is an ordinary sentence with a colon ("Here's what the government has done so far: Noor Group, …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Three to sixteen words: CNN's heads on the dev split run from "Mubarak resigns presidency" to "Authorities believe
# body found in California canal is abducted boy"; a sentence of more words before a colon is prose.
MIN_HEAD_WORDS = 3
MAX_HEAD_WORDS = 16
# A list is three teasers or more with at most one other sentence between two of them (a CNNMoney item's second
# sentence, a photo caption between two items on the dev pages).
MIN_TEASERS = 3
GAP = 1

_HEAD = re.compile(r"([A-Z0-9'‘\"“][^:.!?\"“”]{8,160}?): (?=[A-Z0-9])")
_BRACKETS = re.compile(r"\([^)]*\)")
_SAYING = re.compile(
    r"said|says|tweet(?:ed|s)|writes|wrote|reads?|add(?:ed|s)|told|tells|ask(?:ed|s)|explain(?:ed|s)|insists|"
    r"not(?:ed|es)|quipped|declared|announced"
)
_END = re.compile(r"""[.!?]["'’”)]*\s*$""")


def teaser_head(text: str) -> str | None:
    """The head of a "Head: lead." teaser sentence, or None when ``text`` has not that shape (see the module)."""
    match = _HEAD.match(text)
    if match is None or not _END.search(text):
        return None
    head = match.group(1)
    words = head.split()
    if not MIN_HEAD_WORDS <= len(words) <= MAX_HEAD_WORDS or "--" in head or " - " in head:
        return None
    if not any(word.isalpha() and word.islower() for word in _BRACKETS.sub("", head).split()):
        return None  # a transcript's speaker label, in capitals, or a date and place ("29 Nov, 2007: Martinique …")
    if _SAYING.fullmatch(words[-1].lower().strip(",")):
        return None  # a quotation's attribution
    return head


def teaser_runs(texts: Sequence[str]) -> list[list[int]]:
    """Positions of a page's teaser lists: at least ``MIN_TEASERS`` teasers, at most ``GAP`` sentence between two."""
    found = [k for k, text in enumerate(texts) if teaser_head(text) is not None]
    runs: list[list[int]] = []
    run: list[int] = []
    for k in found:
        if run and k - run[-1] - 1 > GAP:
            runs.append(run)
            run = []
        run.append(k)
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_TEASERS]
