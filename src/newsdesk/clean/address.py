"""Site furniture that text-only input carries into the body: the page talking to its reader about the page.

HTML extraction leaves a page's forms, editions menu and promos out; JSONL ``text``, .txt files and Timeline17's
flattened pages keep them, and a brief then showed "If you'd like, you can explain your choice in the comments
below." as a fact "from 2 sources" and "You've selected the U.S. Edition." as a line only one source has. Four
shapes, each a property of the sentence, not an outlet's wording:

- **the reader told about the site** (``site_address``): the reader addressed in the second person, outside
  quotation marks (a "you" inside a quotation is the speaker's), in a sentence about using the site — its comment
  area, sign-up and registration, editions, terms of service and privacy policy, passwords and screen names, a
  form or link below, uploading, subscribing. A report needs neither half: news that addresses the reader
  ("as you may know") names no site action, and news about comments or sign-ups names no "you". Accounts and
  subscriptions count only with a pointer at the page or outlet ("below", "here", "our", "this site"), since a
  consumer article is about them ("you can sign up for a free 7-day trial");
- **the site's promo for itself** (``site_promo``): a sentence whose subject is a web address ("X.com", "X.com
  Live") saying what it offers the reader ("… is your home for breaking news", "… has both issues covered", "… has
  the latest from …", "… is a partner of …"); a site in the news ("Auction.com held 600 auctions", "Time.com
  published a story") is kept;
- **a programme schedule line** (``schedule_line``): a clock time with its zone, a dash, a title and a dash ("1:00
  pm ET - White House briefing - We may learn more …"), a live show's listing, not a report of the event;
- **poll buttons** (``poll_buttons``): a run of capitalised answers between bars opening a sentence ("YES | NO
  Egyptian President Hosni Mubarak stepped down …"), cut off the text they were glued to, which is kept.

``clean_document`` runs these on text-only input only: an HTML page's extractor saw the forms and left them out.
"""

from __future__ import annotations

import re

from newsdesk.model import Removal

from .boilerplate import rewrite_sentences

ADDRESS_MAX_WORDS = 60  # a form's line glued to a neighbour; a longer sentence may hold article text
# Quoted words are a speaker's: balanced quotations are removed before the test; an unbalanced quotation mark at
# either end means the sentence is (part of) a quotation and is kept whole.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_QUOTE_MARKS = '"“”'
# The reader, not a speaker's addressee in quoted words: second person (and a comment's "u"/"ur", lower case only,
# since "U.S." is a country).
_READER = re.compile(r"(?<![\w-])(?:[Yy]ou(?:r|rs|rself|'re|'ve|'d|'ll|’re|’ve|’d|’ll)?|YOUR?|u|ur)(?![\w-])")
# The site itself: its comment area, editions, legal pages, forms, links and pages.
_SITE_SELF = re.compile(
    r"\b(?:(?:default|international|u\.s\.) edition|terms of (?:service|use)|privacy policy|screen ?name"
    r"|registration form|upload here|your (?:own )?comments?|(?:in|to) the comments|comments? (?:area|section|box|form)"
    r"|click(?:ing)?\s+(?:here|below|(?:on\s+)?(?:the|this)\s+(?:\w+\s+)?(?:link|button|box|icon|image|player))"
    r"|(?:form|comments?|link|box|button|quiz) (?:below|above|on the (?:right|left))"
    r"|(?:comment|post|posting) on this|this (?:site|page|blog|blog post|website)|our (?:site|website|services?))\b",
    re.IGNORECASE,
)
# Accounts and subscriptions are also what a consumer article is about ("If you just want Disney+, you can sign up
# for a free 7-day trial.", "… the same password for every site you visit"): they are the site's own only when the
# sentence points at the page or the outlet ("Enter your e-mail address below", "by subscribing to our newsletter",
# "By registering for this service, you …", "Sign up now to get …").
_ACCOUNT = re.compile(
    r"\b(?:sign(?:ing)?[ -](?:up|in)|log(?:ging|ged)?[ -](?:in|on)|regist(?:er|ering|ration)|subscrib(?:e|ing)"
    r"|newsletters?|e-?mail address|password|user ?name|(?:can|to) upload)\b",
    re.IGNORECASE,
)
_DEICTIC = re.compile(r"\b(?:here|below|above|now|our|this (?:site|page|blog|newsletter|service))\b", re.IGNORECASE)
_PROMO = re.compile(
    r"^(?:\(\w+\)\s+)?[A-Z][\w-]*\.(?:com|co\.uk|org|net)(?:\s+[A-Z][\w]*)?\s+"
    r"(?:is (?:your|the place|a partner of)|has (?:(?:both|all|it|them|the \w+) (?:\w+ )?covered|the latest)"
    r"|brings you|will have (?:it|the latest)|is streaming)\b"
)
_SCHEDULE = re.compile(r"^\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?[-–—]+\s+\S[^!?]{0,80}?\s[-–—]+\s")
_POLL = re.compile(r"^(?:[A-Z]{2,}\s*\|\s*)+[A-Z]{2,}\s+(?=\S)")


def _outside_quotes(sentence: str) -> str | None:
    """The sentence without its quotations; ``None`` when it is itself (part of) a quotation."""
    bare = _QUOTED.sub(" ", sentence)
    stripped = bare.strip().lstrip("([-–— ")
    if any(mark in bare for mark in _QUOTE_MARKS) and (
        stripped[:1] in _QUOTE_MARKS or bare.rstrip(" )]")[-1:] in _QUOTE_MARKS
    ):
        return None
    return bare


def is_site_address(sentence: str) -> bool:
    """The reader addressed about using the site ("If you'd like, you can explain your choice in the comments
    below.", "By clicking on "sign up" you agree with …'s Terms of Service …", "You've selected the U.S.
    Edition.")."""
    if len(sentence.split()) > ADDRESS_MAX_WORDS:
        return False
    bare = _outside_quotes(sentence)
    if bare is None or not _READER.search(bare):
        return False
    return bool(_SITE_SELF.search(bare)) or bool(_ACCOUNT.search(bare) and _DEICTIC.search(bare))


def _reader_furniture(sentence: str) -> tuple[str, list[Removal]]:
    if poll := _POLL.match(sentence):
        return sentence[poll.end() :], [Removal("poll_buttons", poll.group().strip())]
    if _SCHEDULE.match(sentence):
        return "", [Removal("schedule_line", sentence)]
    if _PROMO.match(sentence):
        return "", [Removal("site_promo", sentence)]
    if is_site_address(sentence):
        return "", [Removal("site_address", sentence)]
    return sentence, []


def drop_reader_furniture(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[Removal]]:
    """Sentences that address the reader about the site, promote the site, or list its schedule, out of the
    article; poll buttons cut off the sentence they open."""
    return rewrite_sentences(paragraphs, _reader_furniture)
