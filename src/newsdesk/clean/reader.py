"""Calls to the reader: sentences a page addresses to its reader about the page, its forms or the outlet ("Tell us
your experiences by filling in the form below.", "For more reports, click here."). They state no fact, so a brief
withholds them like questions (``newsdesk.align.units``).

Scraped pages often run such a call into the article text that follows with no full stop, so the sentence splitter
glued them: "For more reports from BBC Monitoring, click here Hopes for a negotiated settlement in Syria remain
alive …" was withheld whole and its article text lost (10 sentences of the 294 withheld as calls on Timeline17 dev).
``split_furniture`` cuts such a sentence where a call can end — a colon, a link's last word ("here", "below"), a run
of dashes, the last word of a notice in capitals, or (after "You can …") a preposition whose link text was dropped —
when what precedes is a call and what follows opens a sentence (a capital), so the call stays withheld and the
article text is a sentence of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

# Which sentences a brief withholds as stating nothing: questions, and (v1) calls to action addressed to the reader;
# v2 splits a call off the article text glued to it while cleaning, so only the call is withheld, and withholds the
# rows of a table (``align.units.is_table_row``); v3 withholds a page's signposts (``is_signpost``) and what the
# speakers of a broadcast transcript say (``clean.transcripts``: the turns after "CLINTON:", "AZUZ:"), which is
# speech, not the reporter's written voice; v4 withholds a line with no end mark (``align.units.is_unfinished``): a
# headline, caption or list item, often cut off the sentence it was glued to (``clean.glue``); v5 withholds a form's
# notice on how the reader's submissions are handled (``is_submission_notice``); v6 withholds a broadcaster's promo
# for its programmes and clips ("Watch Anderson Cooper 360 weeknights 10pm ET.", "Tune in this Sunday at 10a.m."):
# "watch" and "tune in" are page verbs; v7 "follow" and "find out" ("Follow the latest updates on the spread of the
# virus", "Follow Pam Key on Twitter @pamkeyNEN.", "Find out more about why help is delayed"), and a call cut off the
# lead glued after it at its first lower-case content word before a capital (``split_furniture``); v8 a live page's
# handover or sign-off, a sentence giving a phone number and a data vendor's legal notice (``clean.desk``).
READER_ADDRESS_ALGORITHM = "align.reader_address.v8"

# The object of an imperative aimed at the reader: the outlet ("Tell us …") or the reader's own ("Share your …").
_READER_OBJECTS = frozenset({"us", "your"})
# Closed-class words that open a sentence before "us"/"your" without being a verb ("For your safety", "Like us",
# "Has your school …"); "let" exhorts a speaker's audience ("Let us be clear"), not the page's reader.
_FUNCTION_WORDS = (
    "a about above across after against all along among an and any around as at before behind below beneath beside"
    " between beyond both but by despite down during each either every for from he her here how i if in inside into"
    " it let like many me more most much near neither no nor not of off on onto or out outside over past per she"
    " since so some such than thank thanks that the their there these they this those though through to toward"
    " towards under unlike until up upon via we what when where whether which while who whom whose why with within"
    " without yet you am is are was were be been being do does did have has had can could will would shall should"
    " may might must even only just also still"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
# Verbs whose only imperative use is the web page's own: "Click NEXT to continue.", "Subscribe to WIRED …" need no
# "us"/"your" to be addressed to the reader. Kept to verbs of using a page, so that no reported action matches; v2
# adds "read" ("Read full coverage of the unrest in Egypt …", "Read the full advisory here."), once glued after a call;
# v6 "watch" and "tune in": a broadcaster's page promotes its shows and clips ("Watch Anderson Cooper 360 weeknights
# 10pm ET.", a fact "across sources" of four CNN pages; "Watch Zakaria's take on …", "Tune in week nights at 2200
# CET …"). Not "Watch," ("Human Rights Watch, which …" cut at its name, "Watch, you dogs, …" in a speech). v7 "follow"
# and "find out": a page's promo for its feeds and its other pages (Timeline17, DUC 2004, ECB+, PolNeAR dev and the
# extraction pages: 46 sentences open so, 43 promos — "Follow the latest updates on the spread of the virus", "Follow
# Pam Key on Twitter @pamkeyNEN.", "Find out via AP's Election Buzz interactive." — and three that state no fact
# either: "Follow the money, Mubarak's money.", a speaker's "Follow the Twitter account and …", a guide's "Follow this
# with dinner at …"). They open a promo only: "You can follow Doughtery on Twitter to get …" is no page's line.
_PAGE_VERBS = frozenset({"click", "double-click", "tap", "scroll", "subscribe", "upload", "download", "read", "watch"})
_PROMO_VERBS = frozenset({"follow"})
_PAGE_PHRASES = (("sign", "up"), ("log", "in"), ("tune", "in"), ("find", "out"))
_QUOTES = "\"“”‘’'"
# a quotation closing before its reporting clause: '… tell us your story,” he said.'
_QUOTE_END = re.compile(r"[,!?][\"'”’]\s")


def _imperative_to_reader(words: Sequence[str]) -> bool:
    """Whether a clause opening with ``words`` is an imperative aimed at the reader: a verb (capitalised, not a
    function word) whose object is "us"/"your", or a page verb ("click", "sign up")."""
    if not words:
        return False
    first = words[0].lower()
    if first == "please":
        return len(words) > 1
    if not words[0][1:].islower():  # "TAP reported …", "US": an acronym, not a verb
        return False
    if first in _PAGE_VERBS | _PROMO_VERBS or tuple(w.lower() for w in words[:2]) in _PAGE_PHRASES:
        return not words[0].endswith(",")  # "Watch, which closely monitors …": the end of a name, or an address
    # a base form: not "Expressing your feelings was …", "Joined us …"; "US" is a country, "us" the outlet
    return (
        len(words) > 1
        and first.isalpha()
        and first not in FUNCTION_WORDS
        and not first.endswith(("ing", "ed"))
        and words[1].strip(",.:;!") in _READER_OBJECTS
    )


def is_reader_address(text: str) -> bool:
    """A call to action addressed to the reader about the page, its form or the outlet ("Tell us your experiences
    by filling in the form below.", "For more reports, click here.", "You can send us your views using the form
    below.") states no fact, like a question. Quoted words are a speaker's ("Stay at home," the minister said) and
    a reporting subject is no imperative ("Officials tell us …"), so neither is withheld."""
    text = text.strip().lstrip("([-–— ")
    if not text or text[0] in _QUOTES or text.rstrip(" )]")[-1:] in _QUOTES or _QUOTE_END.search(text):
        return False
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False  # part of a quotation that spans sentences: 'Tell us about the political situation!"'
    words = text.split()
    opener = words[0].lower()
    # an imperative opens its sentence with a capital (or "please"): a fragment the splitter cut after a quotation
    # ('… read a banner carried by protesters who chanted: …') reports what a banner read
    if (words[0][0].isupper() or opener == "please") and _imperative_to_reader(words):
        return True
    if opener in ("for", "to") and "," in text:
        # "For more reports from BBC Monitoring, click here", "To read all of CNN's coverage in Arabic, click here."
        return _imperative_to_reader(text.split(",", 1)[1].split())
    bare = [w.lower().strip(",.:;!") for w in words]
    if opener == "for":
        # "For the latest from AC360 click here." (no comma): a page verb pointing at the page
        return any(a in _PAGE_VERBS and b == "here" for a, b in itertools.pairwise(bare))
    # what points at the page: a page verb, "below", or a link's "here" ending the sentence ("You can make a donation
    # to the DEC Haiti appeal here."; "You can see this young man being treated right here with …" is a report)
    page = {"below", *_PAGE_VERBS, *(["here"] if bare[-1] == "here" else [])}
    if words[0] == "You" and bare[1:2] in (["can"], ["may"]):
        # the reader as subject, told how to use the page: "You can send us your views using the form below."
        # or the outlet's audio: "You can also listen to the CNN Radio Reports podcast on …" ("You can see the crowd
        # behind us" points at no page)
        return bool((page | {"listen"}) & set(bare))
    if bare[:2] == ["if", "you"]:
        # a condition on the reader, then the call: "If you know of a project, please let us know.", "If you have
        # a large file you can upload here." The call must follow the condition directly: in "If you are keeping
        # track …, the figures are these: …, 43 more cases … - please forgive me …" a statement comes first.
        for k in range(2, len(bare)):
            if bare[k] == "please" or (bare[k] == "you" and bare[k + 1 : k + 2] in (["can"], ["may"])):
                direct = not any(w[-1] in ",:;" or w in ("-", "--") for w in words[2 : k - 1])
                return direct and (bare[k] == "please" or bool(page & set(bare[k:])))
    return False


# A page's signpost: "Here are the latest developments as confirmed by CNN." (above each update of CNN's live page, 3
# of the first 60 EgyptianProtest_cnn pages, a fact "across sources"), "Here are some of the ways you can help.",
# "Here is a look at how the situation got to this point, …". It points the reader at what the page prints next and
# states nothing itself. A signpost the splitter ran into what it introduces ("Here are some key facts about Assad:
# -- The world welcomed …") holds a colon before its end and is kept, as is a quotation ('"Here is a man who …," she
# said.'); one its page kept apart ("Here are some of the highlights:", an HTML page's paragraph) ends on the colon.
_SIGNPOST = re.compile(r"(?:Here (?:is|are)|Here['’]s) [^:\"“”]+[.…:]")
_SIGNPOST_MAX_WORDS = 30  # the longest on Timeline17 dev has 21 words
# A live page telling its reader how it is kept: "We will be updating this page throughout the day, bringing you
# reports from those affected, …", "The BBC is discontinuing this live update page for the night." (haiti_bbc; 5
# sentences on Timeline17 dev, all such).
_PAGE_KEEPING = re.compile(
    r"\b(?:updat|discontinu)\w*\b[^.!?\"“”]*\bthis (?:live )?(?:update )?page\b"
    r"|\bthis (?:live )?(?:update )?page\b[^.!?\"“”]*\bupdat",
    re.IGNORECASE,
)


def is_signpost(text: str) -> bool:
    """A sentence pointing at what the page prints next ("Here are the latest developments as confirmed by CNN."),
    or telling how the page is kept ("We will be updating this page throughout the day …")."""
    text = text.strip()
    if len(text.split()) > _SIGNPOST_MAX_WORDS or text[:1] in _QUOTES:
        return False
    return _SIGNPOST.fullmatch(text) is not None or _PAGE_KEEPING.search(text) is not None


# Where a call to the reader can end inside a splitter's sentence, each followed by a capital opening the next one:
# a colon or an ellipsis ("click here: China had …", "Read more... February 6th …"), a link's last word ("click here
# Hopes …", "using the form below Send …"), a run of dashes or asterisks ("click here -- -- - According to …"), a
# word in capitals (a notice: "… A SOCIAL MEDIA WEBSITE Members of the Syrian army …"), a preposition whose link
# text was dropped ("… podcast on Coach Tom Walter …").
_NEXT = r"(?=\s+[(\"“‘]?[A-Z])"
_CALL_END = re.compile(
    r"(?P<colon>:|\.\.\.|…)" + _NEXT
    + r"|(?P<link>\b(?:here|below))" + _NEXT
    + r"|(?P<dashes>(?:\s+(?:-{1,2}|\*+))+)" + _NEXT
    + r"|(?P<caps>\b[A-Z]{2,}[,.]?)(?=\s+[A-Z][a-z])"
    + r"|(?P<preposition>\b(?:on|at|via))(?=\s+[A-Z][a-z])"
)  # fmt: skip
# The reader addressed, or the outlet speaking: text glued after a call that says these is more of the call.
_OUTLET_VOICE = frozenset({"you", "your", "we", "our"})
_WORDS = re.compile(r"[A-Za-z]+")
# What follows a call must be a sentence, not the rest of the call ("… with CNN iReport."): at least this many words.
_MIN_REST_WORDS = 3
# A dangling preposition ends a call only after "You can …" and before a whole statement (five words: a unit's
# minimum), not before the name a call points to ("You can follow us on Twitter at BBCBreaking.").
_MIN_STATEMENT_WORDS = 5
# A call is a line of a page (the longest cut on Timeline17 dev, Reuters' notice in capitals, has 25 words): longer
# openings are not tried, so a long glued sentence costs one scan, not one test per colon or capital.
_MAX_CALL_WORDS = 60
_CALL_SPAN = re.compile(rf"^\s*(?:\S+\s+){{0,{_MAX_CALL_WORDS - 1}}}\S*")


# The words a call opens with (``is_reader_address``'s branches): most sentences open with none of them, or with no
# "us"/"your" second, and are not scanned for a boundary at all.
_CALL_OPENERS = frozenset(
    {"please", "for", "to", "you", "if", "sign", "log", "tune", "find", *_PAGE_VERBS, *_PROMO_VERBS}
)
# v7: a promo's line ends on its last word, and a lead glued after it opens with a capital: "Follow the latest updates
# on the spread of the virus | The Health Protection Agency is working …", "Find out more about why help is delayed |
# There's also a huge gap …". A lower-case content word (not a function word, which runs on into a name: "on Twitter",
# "of the British population") before a capital is tried when no other boundary ends the call, the first one only:
# the call is the page's one line, and the lead after it holds more such pairs. Only after a promo opening the sentence
# with a page verb ("You can watch | Ann Coulter …", "Join us again next | Sunday morning …" run on), and only before a
# word that is no name: a function word ("The", "There's") or one the page writes in lower case (``ordinary``: not
# "Watch live | CNN's stream …", "… journalists | Chris McGreal here in Washington …") and then a lower-case word, as
# ``glue`` asks of a lead's opener (not "… founder | Lee Stranahan on Twitter …": "lee" is an English word too).
_PROMO_OPENERS = _CALL_OPENERS - {"please", "for", "to", "you", "if"}  # a page verb's, not a request's
_WORD_END = re.compile(r"\b(?P<word>[a-z][a-z'’-]{2,})(?=\s+[(\"“‘]?[A-Z])")


def _may_open_call(sentence: str) -> bool:
    words = sentence.strip().lstrip("([-–— ").split(maxsplit=2)[:2]
    if not words:
        return False
    return words[0].lower() in _CALL_OPENERS or (len(words) > 1 and words[1].strip(",.:;!") in _READER_OBJECTS)


def _ends_call(kind: str, prefix: str, rest: str) -> bool:
    """Whether the text before a ``kind`` of boundary is a whole call to the reader and the text after a sentence
    of the article: one that neither addresses the reader nor speaks as the outlet ("PLEASE NOTE: We are unable to
    offer transcripts …", "… form below: If you are happy to be contacted …" are one call each)."""
    if len(rest.split()) < _MIN_REST_WORDS or not is_reader_address(prefix):
        return False
    if any(w.lower() in _OUTLET_VOICE or w == "us" for w in _WORDS.findall(rest)):
        return False
    if kind == "caps":
        return not any(c.islower() for c in prefix)
    if kind == "preposition":
        clause = prefix.rsplit(": ", 1)[-1]
        return clause.startswith("You ") and len(rest.split()) >= _MIN_STATEMENT_WORDS
    return True


def _promo_end(sentence: str, limit: int, ordinary: Callable[[str], bool]) -> int | None:
    """Where a promo opening ``sentence`` with a page verb ends before the lead glued after it (``_WORD_END``)."""
    words = sentence.split(maxsplit=2)
    if not words or not words[0][:1].isupper() or words[0].lower() not in _PROMO_OPENERS:
        return None
    if not _imperative_to_reader(words):
        return None
    for match in _WORD_END.finditer(sentence, 0, limit):
        if match.group("word") in FUNCTION_WORDS:
            continue
        rest = sentence[match.end() :].split()
        first = rest[0].strip('("“‘').removesuffix("'s").removesuffix("’s")
        if len(rest) >= _MIN_STATEMENT_WORDS and (
            first.lower() in FUNCTION_WORDS or (ordinary(first) and rest[1][:1].islower())
        ):
            return match.end()
        return None  # the first such pair only
    return None


# clean.document v17: a promo glued *after* text, a credit's or a lead's last word then the call: "CNN's Reza Sayah
# contributed to this report | Watch Anderson Cooper 360 weeknights 10pm ET.", "… since the protests erupted | Follow
# live blogging on …", "… on Saturday 2 May 2009 | Follow all the top science stories …". The word before is in lower
# case or a number: after a capitalised one "Watch" ends a name ("Human Rights Watch said …", "Corruption Watch"), after
# a function word it may be a title's. What follows must be a whole call (``is_reader_address``), which also keeps a
# quotation opened before the promo whole (the call would hold its closing mark).
_PROMO_STARTS = "Watch|Follow|Click|Download|Subscribe|Read|Find out|Sign up|Tune in|[A-Z][a-z]+ (?:us|your)"
_GLUED_PROMO = re.compile(rf"(?<=[a-z0-9] )(?=(?:{_PROMO_STARTS})\b)")
_MIN_CREDIT_WORDS = 3  # what precedes the promo is a line of its own: a credit, a lead, a caption


def _promo_after_text(sentence: str) -> int | None:
    """Where a promo glued after text starts in ``sentence`` (``_GLUED_PROMO``), or None."""
    for match in _GLUED_PROMO.finditer(sentence):
        prefix = sentence[: match.start()].split()
        last = prefix[-1] if prefix else ""
        after_text = (last.islower() or last[-1:].isdigit()) and last not in FUNCTION_WORDS
        if len(prefix) >= _MIN_CREDIT_WORDS and after_text and is_reader_address(sentence[match.start() :]):
            return match.start()
    return None


def split_furniture(sentence: str, ordinary: Callable[[str], bool] | None = None) -> list[str]:
    """``sentence`` with the call to the reader that opens it cut off the text glued after it: the longest call
    first ("PLEASE NOTE: REUTERS IS UNABLE … WEBSITE" before "PLEASE NOTE:"), then again in what follows.
    ``ordinary`` (the page's vocabulary: whether a capitalised word is an ordinary one) lets a promo's line be cut
    off a lead at a word (v7); a promo glued after text is cut off it too (clean.document v17). Joining the pieces
    with spaces gives ``sentence`` back up to white space."""
    if not _may_open_call(sentence):
        start = _promo_after_text(sentence)
        if start is None:
            return [sentence]
        return [sentence[:start].strip(), *split_furniture(sentence[start:], ordinary)]
    span = _CALL_SPAN.match(sentence)
    limit = span.end() if span else len(sentence)
    for match in reversed(list(_CALL_END.finditer(sentence, 0, limit))):
        prefix, rest = sentence[: match.end()].strip(), sentence[match.end() :].strip()
        if _ends_call(match.lastgroup or "", prefix, rest):
            return [prefix, *split_furniture(rest, ordinary)]
    end = _promo_end(sentence, limit, ordinary) if ordinary else None
    if end is not None:
        prefix, rest = sentence[:end].strip(), sentence[end:].strip()
        if _ends_call("word", prefix, rest):
            return [prefix, *split_furniture(rest, ordinary)]
    return [sentence]


# A form's notice to its reader on how their submissions are handled, under the "send us your pictures" boxes: "Your
# contact details will never be published.", "When sending us pictures, video or eyewitness accounts at no time should
# you endanger yourself or others, …" (24 BBC pages each on Timeline17 dev, and nothing else there). Two pages of an
# export carry it, too few for a site template, and it was a fact "across sources".
_SUBMISSION_NOTICE = re.compile(
    r"\byour\s+(?:own\s+)?(?:comments?|contact\s+details|pictures?|photos?|videos?|name|e-?mail(?:\s+address)?|views|"
    r"experiences|submissions?)\b[^\"“”]*\b(?:will|may|would|can)\s+(?:never\s+|not\s+|only\s+)?be\s+(?:published|"
    r"edited|used|shared|displayed)\b|^(?:When|Before)\s+sending\s+us\b",
    re.IGNORECASE,
)


def is_submission_notice(text: str) -> bool:
    """A notice on how the page handles what its reader sends ("Your contact details will never be published.")."""
    text = text.strip()
    return text[:1] not in _QUOTES and _SUBMISSION_NOTICE.search(text) is not None
