"""A round-up's teasers: "Head: lead." lines listing a day's other stories on a news blog's page.

CNN's "This Just In" pages (Timeline17's EgyptianProtest_cnn, LibyaWar_cnn) print between their on-story entries a list
of the day's most-read stories, one sentence each: a head, a colon, and the story's lead ("Why Nicole Kidman kept baby
Faith a secret: Actress Nicole Kidman says keeping quiet about …", "Egyptian president dissolves government: Embattled
President Hosni Mubarak said early Saturday …"). Each teaser is one sentence among others, so ``align.offstory``'s runs
of ``MIN_RUN`` sentences never hold them; this module finds the list by its shape, and ``align.offstory.v3`` (and v4)
withholds the teasers that name nothing the story names widely (the on-story teasers stay).

The shape, read on the dev split (EgyptianProtest_cnn, LibyaWar_cnn, H1N1_reuters; docs/benchmarks/sessions-25.md):

- a head of ``MIN_HEAD_WORDS`` to ``MAX_HEAD_WORDS`` words with no end mark, a dash or a quotation before its colon,
  and with a word in lower case outside brackets: a transcript's speaker label is in capitals ("ROBERTSON:",
  "DAN LOTHIAN, CNN WHITE HOUSE CORRESPONDENT (voice-over):", "WU (speaking Chinese, English Subtitles):"), and a
  chronology's date names no word ("29 Nov, 2007: Martinique region, Windward Islands.", a list of the region's
  earthquakes in haiti_bbc, read after the first commit);
- not a quotation's attribution: the head does not end on a verb of saying ("CNN's Fred Pleitgen tweeted:",
  "Michael in New Mexico writes:") and the lead opens with no quotation mark (an interview's "On whether …: "…"");
- a lead opening with a capital or a digit and ending on an end mark;
- v4 (``wider``, read on the left-overs of session 25: LibyaWar_cnn's "Japan raises threat level at nuclear plant:
  "Japan's Nuclear and Industrial Safety Agency raised …"", "Japan crisis at 3 Mile Island level, agency says: The
  owner of …"): a lead opening with a quotation that shares a content word with the head (a teaser's lead restates
  its head; an interview's topic label, "On whether President Obama is being too timid …: "In light of the urgency
  …", is answered in the speaker's own words), and a head ending on a headline's attribution, a comma and a source
  named with no article before the verb ("…, agency says", "…, police say"; not a sentence's "On the benefits of the
  drugs, the agency says:");
- at least ``MIN_TEASERS`` such sentences with at most ``GAP`` sentence between neighbours: one "Head: lead." line
  is an ordinary sentence with a colon ("Here's what the government has done so far: Noor Group, …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

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
_QUOTED_LEAD = re.compile(r"""([A-Z0-9'‘"“][^:.!?"“”]{8,160}?): ["“](?=[A-Z0-9])""")
# A headline's attribution: a comma, a source of one to three words with no article or pronoun, a verb of saying.
_HEADLINE_SOURCE = re.compile(r",\s+(?P<source>[\w.'’-]+(?:\s+[\w.'’-]+){0,2})\s+(?:says|say|said)$")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _restates(head: str, lead: str) -> bool:
    """Whether ``head`` and ``lead`` share a content word (three letters or more, no stop word, "'s" off)."""

    def words(text: str) -> set[str]:
        found = {w.lower().removesuffix("'s").removesuffix("’s") for w in _WORDS.findall(text)}
        return {w for w in found if len(w) >= 3 and w not in ENGLISH_STOP_WORDS}

    return bool(words(head) & words(lead))


def _headline_source(head: str) -> bool:
    """Whether ``head`` ends on a headline's attribution: ", agency says", not ", the agency says" (v4)."""
    match = _HEADLINE_SOURCE.search(head)
    return match is not None and not any(w.lower() in ENGLISH_STOP_WORDS for w in match.group("source").split())


def teaser_head(text: str, wider: bool = True) -> str | None:
    """The head of a "Head: lead." teaser sentence, or None when ``text`` has not that shape (see the module);
    ``wider=False`` reproduces v3's shape (no quoted lead, no headline's attribution)."""
    match = _HEAD.match(text)
    quoted = _QUOTED_LEAD.match(text) if match is None and wider else None
    if quoted is not None and _restates(quoted.group(1), text[quoted.end() :]):
        match = quoted
    if match is None or not _END.search(text):
        return None
    head = match.group(1)
    words = head.split()
    if not MIN_HEAD_WORDS <= len(words) <= MAX_HEAD_WORDS or "--" in head or " - " in head:
        return None
    if not any(word.isalpha() and word.islower() for word in _BRACKETS.sub("", head).split()):
        return None  # a transcript's speaker label, in capitals, or a date and place ("29 Nov, 2007: Martinique …")
    if _SAYING.fullmatch(words[-1].lower().strip(",")) and not (wider and _headline_source(head)):
        return None  # a quotation's attribution
    return head


def teaser_runs(texts: Sequence[str], wider: bool = True) -> list[list[int]]:
    """Positions of a page's teaser lists: at least ``MIN_TEASERS`` teasers, at most ``GAP`` sentence between two;
    ``wider``: as ``teaser_head``."""
    found = [k for k, text in enumerate(texts) if teaser_head(text, wider) is not None]
    runs: list[list[int]] = []
    run: list[int] = []
    for k in found:
        if run and k - run[-1] - 1 > GAP:
            runs.append(run)
            run = []
        run.append(k)
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_TEASERS]
