"""Reader-comment threads: the comments printed under an article are not the article.

From HTML, trafilatura leaves comments out (``html.py``), since it sees the page's comment markup. Plain text and
JSONL records (scraped pages, Timeline17's texts, which have no paragraph breaks) arrive with the thread run into
the article, and a brief then cites readers as sources: their posts became facts, quotes and timeline entries.

A thread is found by the stamps a comment system prints on every comment (a time and a date, with the commenter's
name or the comment's links), never by its words:

- signed: "At 18:10 26th Apr 2009, viralmeme wrote:", "At 10:02 pm on 05 May 2009, threnodio wrote:" (BBC blogs);
- links: "March 21, 2011 at 2:20 pm | Reply", "… at 7:59 pm | Report abuse |" (WordPress threads, CNN's blogs), or the
  time printed twice before the bar: "January 28, 2011 06:33 pm at 6:33 pm |" (CNN's Political Ticker: 115 stamps on
  10 Timeline17 dev pages, whose uncut threads and the ticker lines below them were facts "across 3 sources");
- piped: "March 1, 2011 at 5:58 pm |" with no link after it (CNN's Cafferty File: "… Name, Town March 1, 2011 at 5:58
  pm | I may go as far as …"; 13 of the Timeline17 dev CNN pages, 7–303 stamps each). A post may print its own
  time so, so this form needs a second stamp on the page, as the dated form does;
- posted: "Posted by breezinthru | Report as abusive" (Reuters' blogs, 2011: the stamp follows its post;
  LibyaWar_reuters 179 and 261), and "Posted by Jason-May 1st, 2009 -- 4:59 pm GMT" (Reuters' blogs, 2009), which a
  reply re-prints with "Re:" when the thread's own stamps are lost (H1N1_reuters 679: the reply's "And, perhaps
  equally, if not more important jason; …" was a fact "across 3 sources" of a brief). "Report as abusive" and a
  commenter's name run into its post's date are a comment system's print, so one such stamp is a thread's;
- added: "Added: Tuesday, 19 January, 2010, 18:32 GMT" (BBC's Have Your Say debates);
- dated: "23rd June 2011 - 13:06" (BBC's news-page comments). A date and a time alone may also head a page ("Last
  updated: 14 January, 2010 - 17:26 GMT"), so this form needs an ordinal day, no time zone after it, and a second
  stamp on the page;
- eastern: "February 25th, 2011 4:07 am ET" (CNN's Inside the Middle East blog: 16 stamps under LibyaWar_cnn 389,
  whose "The people of the Middle East have a great love for the United States." was a summary line of a brief; 7 and
  13 on EgyptianProtest_cnn 170 and 271). A page prints its own time with no ordinal ("Apr 25, 2011 11:43 am EDT",
  Reuters' header), so this form needs the ordinal day and a second stamp on the page.

A notice that the thread is closed ("This debate is now closed.") also starts the cut, also when the last post runs
into it with no full stop ("… not a gesture of good will to the Lybians This discussion is now closed."; 14 Reuters
and 1 BBC Timeline17 dev pages, whose posts were kept before v5): on the dev pages it sits above unstamped comments
(Have Your Say, signed "Name, Town, Country") or below a thread with only the form's furniture after it (Reuters) —
unless it is the page's first sentence, a status line above the page's own intro.
When a comment-system sentence ("Views expressed in the comments do not represent those of Reuters.") comes
before the notice, the unstamped comments between them are the thread, and the cut starts at that sentence.

A debate page's notice that readers' comments follow ("A selection of your comments appear below.", "Below is a
selection of your comments.", "We will aim to publish as many of your views as we can.") starts the cut too: Have Your
Say printed its posts under it with no stamp (H1N1_bbc 408: 460 sentences of readers' posts, one of which, "You never
know... Swine flu is a cause of concern to the world.", was a summary line of a brief), and an article's "your
comments" below it ended the article (haiti_bbc 174). A notice that comments *may* be published ("A selection of your
comments may be published, displaying your name …") is the comment form's, printed below the article, and is left to
``COMMENT_POLICY``.

"X wrote:" without the time and date is an article quoting a letter or a post, not a stamp. On the Timeline17 dev
pages every thread runs to the end of the text, followed only by the blog's own furniture ("I'm Fergus Walsh, the
BBC's medical correspondent…", the comment form's terms), so the cut runs from the first stamp to the end. Where
the stamp follows its comment (the links form), the first comment stays above the cut: nothing marks where it
starts.

Threads with no stamp at all (CNN article pages, Reuters 2009 blogs) are found at the page's end by how readers
write (``drop_comment_tail``): a run of informal sentences — lower-case openings, text-speak, abuse, shouting —
that holds at least one forum marker; it runs on text-only input only (``clean_document``).

Comment-system lines outside a thread (the form's terms, "Comments are closed", "This comment was removed because
the moderators found it broke the house rules") are dropped by ``COMMENT_POLICY`` as whole sentences, also when the
splitter glued them to a neighbour ("Send us your comments using the form below: A selection of your comments may
be published …"). Its phrases are what comment systems print about comments, moderation and the comment form; an
outlet's own wording around them is left to the site templates (``templates.py``), which find it by repetition.
"""

from __future__ import annotations

import itertools
import re

from newsdesk.model import Removal

from .boilerplate import rewrite_sentences
from .metadata import MONTH

POLICY_MAX_WORDS = 60  # a policy line glued to one neighbour; a longer sentence is kept, article text may be in it
MIN_DATED_STAMPS = 2  # a lone "date - time" (or "date at time |") may be a page's own stamp; two are a thread's
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
_SIGNED = re.compile(rf"\bAt\s+{_TIME}\s+(?:on\s+)?{_DATE},\s+[^\n]{{1,60}}?\s+wrote\s*:")
_LINKS = re.compile(
    rf"\b{_DATE}\s+(?:at\s+{_TIME}\s*\|\s*(?:Report abuse|Reply|Permalink)\b|{_TIME}\s+at\s+{_TIME}\s*\|)"
)
_PIPED = re.compile(rf"\b{_DATE}\s+at\s+{_TIME}\s*\|")
_POSTED = re.compile(
    rf"\b(?:Re:\s*)?Posted by\s+[^|\n]{{1,40}}?\s*(?:\|\s*Report as abusive\b|-\s*{_DATE}\s+--?\s+{_TIME}\s*GMT\b)"
)
_ADDED = re.compile(rf"\bAdded:\s+(?:[A-Z][a-z]+day,?\s+)?{_DATE},?\s+{_TIME}")
_CLOSED = re.compile(
    r"(?<=[\w.!?\"”’)] )(?:This (?:debate|discussion) is (?:now )?closed|Comments are (?:now )?closed)\."
)
_FOLLOWING = re.compile(
    r"(?<=[.!?\"”’)] )(?:A selection of your (?:comments|views|e-?mails)(?: (?:to|on) this (?:debate|story))?"
    r" (?:appears?|is|are) (?:published )?below|Below (?:is|are) (?:a selection of )?your (?:comments|views|e-?mails)"
    r"|We will (?:aim|try) to publish as many of your (?:comments|views|e-?mails) as (?:we can|possible))\."
)
# A reader poll: a yes/no question, then its answer buttons run into one line ("Do you support the U.N.-mandated
# intervention in Libya? Yes I support the air strikes No I do not support the air strikes"). Reuters printed its polls
# above the readers' comments they asked for (LibyaWar_reuters 42: 80 sentences of posts, two of them lines of a
# brief), so a poll with a comment system's line after it opens the thread; a poll alone may be the page's own.
_POLL = re.compile(
    r"(?<=[.!?\"”’)] )(?:Do|Does|Did|Should|Will|Would|Is|Are|Was|Were|Has|Have|Can|Could)\s[^?!\n]{5,200}?\?"
    r"\s+Yes\b[^.?!\n]{0,120}?\sNo\b"
)
_EASTERN = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th),\s+\d{{4}}\s+\d{{1,2}}:\d{{2}}\s*[ap]m\s+E[SD]?T\b")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s+$")
_DATED = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)\s+{MONTH}\s+\d{{4}}\s+[-–—]\s+\d{{1,2}}:\d{{2}}(?![:\d]|\s*(?:GMT|BST|UTC|[ECMP][SD]?T|[AaPp]\.?[Mm]\b))"
)

COMMENT_POLICY = re.compile(
    r"\b(?:comments? (?:are|is|has been|have been) (?:now )?closed|(?:commenting|discussion) (?:has|is|has been)"
    r" (?:now )?closed|this comment (?:was|has been) removed|your comments may be (?:published|edited)"
    r"|may edit your comments|comments are (?:not )?(?:pre-screened|moderated)|notify me of follow-up comments"
    r"|views expressed in the comments|(?:broke|obey) the house rules|register to comment)\b"
    r"|^this debate is (?:now )?closed\.?$",
    re.IGNORECASE,
)


def comment_stamps(text: str) -> list[int]:
    """Start offsets of the comment stamps in ``text``, in order."""
    starts = [m.start() for pattern in (_SIGNED, _LINKS, _POSTED, _ADDED) for m in pattern.finditer(text)]
    for pattern in (_DATED, _PIPED, _EASTERN):  # forms a page's own stamp may take once
        found = [m.start() for m in pattern.finditer(text)]
        if len(found) >= MIN_DATED_STAMPS:
            starts.extend(found)
    return sorted(set(starts))  # a links stamp is a piped one too


def _thread_opening(text: str, closed: int) -> int:
    """Where a thread closed at ``closed`` opens: the first sentence before it that starts with a comment-system
    phrase, else the closed notice itself."""
    for match in COMMENT_POLICY.finditer(text, 0, closed):
        if match.start() == 0 or _SENTENCE_END.search(text, max(0, match.start() - 3), match.start()):
            return match.start()
    return closed


def split_comments(text: str) -> tuple[str, str | None]:
    """``text`` → (the text above its reader-comment thread, the thread as cut; ``None`` when there is none)."""
    starts = comment_stamps(text)
    if closed := _CLOSED.search(text):
        starts.append(_thread_opening(text, closed.start()))
    if following := _FOLLOWING.search(text):
        starts.append(following.start())
    if (poll := _POLL.search(text)) and COMMENT_POLICY.search(text, poll.end()):
        starts.append(poll.start())
    if not starts:
        return text, None
    cut = min(starts)
    return text[:cut].rstrip(), text[cut:].strip()


def _policy_sentence(sentence: str) -> tuple[str, list[Removal]]:
    if COMMENT_POLICY.search(sentence) and len(sentence.split()) <= POLICY_MAX_WORDS:
        return "", [Removal("comment_policy", sentence)]
    return sentence, []


def drop_comment_policy(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[Removal]]:
    """Sentences of a comment system's furniture out of the article, each named as a ``comment_policy`` removal."""
    return rewrite_sentences(paragraphs, _policy_sentence)


# Unstamped threads (CNN article pages, Reuters 2009 blogs) have no stamp to cut at; what marks them is how readers
# write. A sentence is informal when, outside quotation marks, it opens in lower case ("why are they protesting egypt
# in new jersey?"), or carries text-speak ("cant", "u", "ur", "yall", "i wish"; not "im", a German word), forum
# abuse ("idiots", "stupid", "pathetic") or shouting ("?????", "coooooolllllddddd", a post typed in capitals); each
# alone is weak (a bullet's mojibake "cents There are …", a page in another language read as Latin-1, a splitter's
# fragment), so the cut needs a run of them at the page's end, where comments are printed, holding at least one forum
# marker (text-speak, abuse, shouting), and never takes the page's opening. Measured on Timeline17 dev and the
# exports (docs/benchmarks.md, session 11): every run cut was readers' posts or the page furniture below them.
# Matched on a sentence's words (one tokenisation per sentence: the test runs on every sentence of every text page).
_TEXTSPEAK = frozenset(
    "u ur dont cant wont didnt doesnt isnt thats theyre youre lol plz pls yall gonna wanna omg btw imo imho".split()  # noqa: SIM905
)
_I_VERBS = frozenset(
    "am think know wish was have hope feel believe dont cant m do so want agree understand".split()  # noqa: SIM905
)
_ABUSE = frozenset(
    "idiot idiots stupid dumb moron morons moronic fool fools retard retards pathetic sheeple".split()  # noqa: SIM905
)
_SHOUT = re.compile(r"[!?]{2,}|\.{4,}|([a-z])\1{3,}")
CAPS_SHARE = 0.7  # a post typed in capitals ("THE PEOPLE WANT DEMOCRACY AND TRUTH, …"); a headline's acronyms are few
CAPS_MIN_WORDS = 4
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_WORD_RUN = re.compile(r"[^\W\d_]+")
SHORT_WORD_SHARE = 0.4  # English prose has ~25% words of 1-2 letters; mojibake of Vietnamese has over half
TAIL_MIN_GAIN = 2.0  # informal sentences count +1, others -0.5: a tail of two informal posts at least
TAIL_MIN_START = 3  # the page's first three sentences are its own: a thread follows an article
_FORMAL_COST = 0.5


def _forum_marked(text: str, words: list[str]) -> bool:
    """Text-speak ("cant", "u", "i wish"), forum abuse ("idiots", "shame on"), shouting ("?????",
    "coooooolllllddddd") or a post typed in capitals."""
    lower = [w.lower() for w in words]
    if _TEXTSPEAK.intersection(words) or any(a == "i" and b in _I_VERBS for a, b in itertools.pairwise(words)):
        return True
    if _ABUSE.intersection(lower) or any(pair == ("shame", "on") for pair in itertools.pairwise(lower)):
        return True
    long_words = [w for w in words if len(w) >= 3]
    capitals = sum(w.isupper() for w in long_words)
    return bool(_SHOUT.search(text)) or (len(long_words) >= CAPS_MIN_WORDS and capitals >= CAPS_SHARE * len(long_words))


def _prose_words(sentence: str) -> tuple[str, list[str]] | None:
    """The sentence outside its quotations and its words; ``None`` inside a quotation or for text that is not
    English prose (too many words of one or two letters)."""
    bare = _QUOTED.sub(" ", sentence) if '"' in sentence or "“" in sentence else sentence
    if '"' in bare or "“" in bare or "”" in bare:
        return None
    words = _WORD_RUN.findall(bare)
    if not words or sum(len(w) <= 2 for w in words) > SHORT_WORD_SHARE * len(words):
        return None
    return bare, words


def is_informal(sentence: str) -> bool:
    """Whether a sentence reads as a reader's post: outside quotation marks it opens in lower case or carries a
    forum marker (``_forum_marked``)."""
    prose = _prose_words(sentence)
    if prose is None:
        return False
    bare, words = prose
    return bare.lstrip("([-–— ")[:1].islower() or _forum_marked(bare, words)


def comment_tail_start(sentences: list[str]) -> int | None:
    """Index of the first sentence of a reader-comment run closing the page, or ``None``: the start (an informal
    sentence, not among the page's first ``TAIL_MIN_START``) that maximizes informal minus half the formal
    sentences after it, when that gain reaches ``TAIL_MIN_GAIN`` and the run holds a forum marker."""
    best, start, gain = 0.0, None, 0.0
    for k in range(len(sentences) - 1, TAIL_MIN_START - 1, -1):
        informal = is_informal(sentences[k])
        gain += 1 if informal else -_FORMAL_COST
        if informal and gain > best:
            best, start = gain, k
    if start is None or best < TAIL_MIN_GAIN:
        return None
    if not any(_forum_marked(s, _WORD_RUN.findall(s)) for s in sentences[start:]):
        return None
    return start


def drop_comment_tail(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[Removal]]:
    """The page without the unstamped reader comments that close it, removed as one ``comment_tail``."""
    flat = [(p, s) for p, sentences in enumerate(paragraphs) for s in range(len(sentences))]
    start = comment_tail_start([paragraphs[p][s] for p, s in flat])
    if start is None:
        return paragraphs, []
    p0, s0 = flat[start]
    tail = " ".join(paragraphs[p][s] for p, s in flat[start:])
    kept = [*paragraphs[:p0], paragraphs[p0][:s0]] if s0 else paragraphs[:p0]
    return kept, [Removal("comment_tail", tail)]
