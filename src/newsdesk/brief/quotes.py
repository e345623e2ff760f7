"""The brief's Quotes section: one heading per person, the most quoted people first, their best quotes first.

Three steps, each sound within one story:
1. ``resolve_speakers`` (in the JSON brief): a speaker named as the story's entities name it ("Blinken", "the
   Secretary of State" → "Antony Blinken"), and a bare surname the entities leave ambiguous ("Obama": "Barack
   Obama" and "Umm Obama" are both in the story) resolved the way news style writes it: a surname alone refers to
   the person the same article names in full (its first mention), else to the one such person the story quotes
   by full name, else to the one speaker the article names in full; "Mr Jolly" is "Derek Jolly" the same way, and
   "Rapper Wyclef Jean" is "Wyclef Jean". A description ("the U.S. president") is merged only where the entities
   resolve it. A first name is left as it is: the "Ahmed" of an article that names "Ahmed Almegaryaf" is not the
   story's "Osama Ahmed", and "a 20-year-old student named Mohammed" not the article's Mohammed Mansour.
2. ``not_speech``: quoted words that are no one's speech are set aside in the text brief (kept in JSON and
   HTML): a title or a name in quotation marks ("PBS NewsHour", "We Are All Khaled Said", a one-word "Warning."
   heading) and an attribution caught between mispaired marks ("Biden said").
3. ``statements``: a quotation of one or two words inside a sentence is a term the reporter marks, not a
   statement: a scare quote (scientists maintained that BSE "might" spread), a borrowed phrase (undergoing a "deep
   clean"), a speaker's word inside reported speech (said it was "probable" that …). Out of its sentence it says
   nothing (the H1N1 Guardian brief listed "might", "probable" and "deep clean"), so the brief lists it only when
   the sentence is a full attribution of it ("“Never,” he said.": nothing but the quotation, its speaker and its
   cue). The annotations keep it (alignment reads reported speech with its quoted words).
4. ``joined_parts``: a quotation its tag splits in two ('"It's happened before," the chief medical officer said. "These
   things come in natural cycles …"', '"…," said Chan. "…"') is one quote of one speaker, its parts in order with
   " … " where the tag was: the extraction gives each part a record of the same attribution, and the brief listed
   them as two quotes of the speaker (52 such pairs in the H1N1 Guardian's largest story, session 25).
5. ``quote_groups`` ranks speakers by how many articles quote them, then by how many quotes; within a speaker,
   a quote rendered by more articles (its variants) comes first, then the fuller one, then story order; a quote
   run on across mispaired marks comes last.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from newsdesk.extract import canonical_name
from newsdesk.extract.aliases import name_key
from newsdesk.extract.cue_verbs import SPEECH, inflections
from newsdesk.model import Article, Citation, Entity, Quote, Span

# v2: a quotation of one or two words inside a sentence is a term, not one of the brief's quotes (``statements``)
# v3: the parts of a quotation split by its tag are one quote (``joined_parts``)
# v4: a joined quote also cites its later parts' sentences (``Quote.parts``; v3 cited the first part's alone)
ALGORITHM = "brief.quotes.v4"
# Past 40 words (the longest tenth of the quotes of the egypt, haiti and two H1N1 exports) a quote is no more
# quotable for being longer, and is often run on through a mispaired quotation mark: length ranks up to here.
RANK_WORDS = 40
# "Biden said", "he added": a name or pronoun and a verb of saying and nothing else is an attribution.
ATTRIBUTION_WORDS = 3
_PRONOUNS = frozenset({"he", "she", "they"})
# An attribution's verb is in the past or the third person ("said", "says", "added"); "we support" is speech.
_SAID = frozenset(form for verb in SPEECH for form in inflections(verb)[1:3])
# A one-word quote in capitals is a name or a heading ("Warning.", "Tamiflu"), unless it is an answer ("No.").
_ANSWERS = frozenset({"i", "yes", "no", "never", "nothing", "enough", "absolutely"})
# Words a title leaves in lower case ("Australian of the Year", "Made in the U.S.A.", "From Dixie with Love").
_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "of", "on", "or", "the", "to", "with", "al", "el"}
)
_DOUBLE_MARKS = ('"', "“", "”")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A quotation this short (in words) inside a sentence is a term (step 3): two words cover the scare-quoted modals and
# adjectives and the borrowed noun phrases ("might", "deep clean", "99% sure"); three already make a statement's
# phrase ("on the table", "bound to be disastrous"), as the H1N1 Guardian quotes read in session 21 show.
TERM_WORDS = 2


def _canonical(quote: Quote, canonical: Callable[[str], str | None]) -> Quote:
    """ "Blinken" and "the Secretary of State" become the story's canonical "Antony Blinken"."""
    if not quote.speaker:
        return quote
    name = canonical(quote.speaker)
    return replace(quote, speaker=name) if name and name != quote.speaker else quote


# Honorifics and titles written before a name ("Mr Jolly", "Rapper Wyclef Jean", "Spokesman Gareth Owen"): the person
# is the name after them. A closed list: capitals alone cannot tell "Rapper" from a given name ("Osama bin Laden").
_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "father", "sheikh", "imam", "king", "queen", "prince", "princess", "president", "vice", "prime", "minister",
        "secretary", "senator", "sen", "rep", "gov", "governor", "mayor", "ambassador", "judge", "chancellor",
        "general", "gen", "colonel", "col", "lt", "captain", "capt", "commander", "cmdr", "sgt", "sergeant",
        "admiral", "adm", "spokesman", "spokeswoman", "spokesperson", "rapper", "singer", "actor", "actress",
    }
)  # fmt: skip


def _untitled(surface: str) -> list[str]:
    """The words of a name form after its leading titles: "Lt. Gen. Charles Bouchard" → charles bouchard."""
    words = name_key(surface).split()
    while len(words) > 1 and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    return words


def _flat(name: str) -> str:
    """ "P.J. Crowley" and "PJ Crowley", "Troy Livesay" and his handle "Troylivesay": one comparison form."""
    return re.sub(r"[\W_]+", "", name_key(name)) or name


@lru_cache(maxsize=1 << 14)
def _surname(word: str) -> str:
    """A surname without the Arabic article joined to it: "al-Assad" is "Assad" alone (memoised: it is taken of
    every person's name for every quote, ``_person``)."""
    return re.sub(r"^(?:al|el)-", "", word)


def _full_names(entities: Sequence[Entity]) -> dict[str, Entity]:
    """The story's persons named in full: two words or more, no title before a surname ("Mr Jolly")."""
    return {
        e.name: e
        for e in entities
        if e.type == "PERSON" and len(words := _untitled(e.name)) >= 2 and words == name_key(e.name).split()
    }


def _person(
    surface: str, article: str, persons: dict[str, Entity], quoted: set[str], untitled: dict[str, list[str]]
) -> str | None:
    """The story person a speaker's name form refers to in ``article``, if one fits (the module's step 1).
    ``untitled``: ``_untitled`` of every person's name, computed once per story rather than once per quote."""
    words = _untitled(surface)
    if len(words) >= 2:  # a full name after a title: "Rapper Wyclef Jean"
        full = [n for n in persons if untitled[n] == words and n != surface]
        return full[0] if len(full) == 1 else None
    if len(words) != 1 or not surface.split()[-1][:1].isupper():
        return None
    surname = _surname(words[0])
    by_surname = [n for n in persons if _surname(untitled[n][-1]) == surname]
    here = [n for n in by_surname if article in persons[n].articles]
    if len(here) == 1:
        return here[0]
    if not here and any(article in persons[n].articles and untitled[n][0] == words[0] for n in persons):
        return None  # the article's own "Ahmed Almegaryaf" makes its "Ahmed" a first name, not a surname
    pool = [n for n in (here or by_surname) if n in quoted]
    return pool[0] if len(pool) == 1 else None


def _named_in_article(quotes: Sequence[Quote]) -> dict[tuple[str, str], set[str]]:
    """(article, surname) → the speakers the article names in full ("Hovig Etyemezian, a field officer …" before
    "Etyemezian said"), for the names the entities do not hold as persons."""
    named: dict[tuple[str, str], set[str]] = {}
    for quote in quotes:
        words = (quote.speaker or "").split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            named.setdefault((quote.article, name_key(words[-1])), set()).add(quote.speaker or "")
            named.setdefault((quote.article, name_key(words[0])), set()).add("")  # a first name: no surname
    return named


def resolve_speakers(quotes: Sequence[Quote], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Every quote's speaker as the story names the person (see the module's step 1)."""
    names: dict[str, str | None] = {}  # a story's quotes repeat a few hundred speaker forms: each looked up once

    def canonical(surface: str) -> str | None:
        if surface not in names:
            names[surface] = canonical_name(surface, entities)
        return names[surface]

    quotes = [_canonical(q, canonical) for q in quotes]
    persons = _full_names(entities)
    untitled = {n: _untitled(n) for n in persons}
    quoted = {q.speaker for q in quotes if q.speaker in persons}
    resolved = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker:
            # a name before an apposition is the heading: "Mr Jolly, a father of two", "Fletcher Toussaint, a young
            # immigrant" (the entities' form when they know it: "ElBaradei, the Egyptian Nobel laureate")
            # (an apposition opens in lower case or a number: "Saudi Arabia, Bahrain and Kuwait" is a list)
            head, comma, rest = speaker.partition(", ")
            if not (comma and all(w[:1].isupper() for w in head.split()) and not rest[:1].isupper()):
                head = speaker
            name = canonical(head) if head != speaker else None
            head = name if name and len(name.split()) >= len(head.split()) else head
            speaker = _person(head, quote.article, persons, quoted, untitled) or head
        resolved.append(replace(quote, speaker=speaker) if speaker != quote.speaker else quote)
    named = _named_in_article(resolved)
    for n, quote in enumerate(resolved):
        if quote.speaker and len(quote.speaker.split()) == 1 and quote.speaker[:1].isupper():
            full = named.get((quote.article, name_key(quote.speaker)), set())
            if len(full) == 1 and "" not in full:
                resolved[n] = replace(quote, speaker=next(iter(full)))
    # one heading per way of writing the same letters ("P.J. Crowley"/"PJ Crowley"): the most quoted form
    forms: dict[str, Counter[str]] = {}
    for quote in resolved:
        if quote.speaker:
            forms.setdefault(_flat(quote.speaker), Counter())[quote.speaker] += 1
    chosen = {k: min(c, key=lambda s: (-c[s], s)) for k, c in forms.items()}
    return tuple(
        replace(q, speaker=chosen[_flat(q.speaker)]) if q.speaker and chosen[_flat(q.speaker)] != q.speaker else q
        for q in resolved
    )


def _term(quote: Quote, article: Article) -> bool:
    """Whether a direct quote is a term (step 3): ``TERM_WORDS`` words or fewer, and words in its sentence besides
    the quotation (with its marks), its speaker's mention and its cue."""
    if not quote.direct or len(_WORD.findall(quote.text)) > TERM_WORDS:
        return False
    sentence = next((s for s in article.sentences if s.i == quote.sentence), None)
    if sentence is None:
        return False
    rest = list(article.text[sentence.start : sentence.end])
    parts = [(quote.start, quote.end)] + [(p.start, p.end) for p in (quote.speaker_span, quote.cue_span) if p]
    for start, end in parts:
        for i in range(max(start, sentence.start), min(end, sentence.end)):
            rest[i - sentence.start] = " "
    return any(ch.isalnum() for ch in rest)


def statements(quotes: Sequence[Quote], articles: Mapping[str, Article]) -> tuple[Quote, ...]:
    """The quotes that are statements: every one but the terms (the module's step 3)."""
    return tuple(q for q in quotes if q.article not in articles or not _term(q, articles[q.article]))


# What stands between two parts of one quotation: the first part's closing mark (after its comma or stop), the tag
# ("said Chan", "he said", "the chief medical officer informed Andrew Marr on the BBC's Sunday AM program") with no
# double quotation mark in it, its comma, stop or colon, and the second part's opening mark.
_TAG_GAP = re.compile(r"""[,.!?;—–-]?\s*["”'’]\s+[^"“”]+?[,.:;—–-]\s*["“'‘]\s*\Z""")
# Between the parts of one quotation where its speaker's words stand: the tag of a news sentence is short, a
# paragraph's length (200 characters) is another sentence of the reporter's.
TAG_CHARACTERS = 200
_OPENING = " \n\t\"“'‘"
# The parts of one quotation are joined where its tag stood (an ellipsis: the tag's words are the reporter's).
PART_JOINER = " … "


def _inside(span: Span | None, start: int, end: int) -> bool:
    return span is not None and start <= span.start and span.end <= end


def _tag_between(first: Quote, second: Quote, article: Article) -> bool:
    """Whether ``second`` continues ``first`` past its tag: one attribution (the same speaker and source span, so the
    extraction read one tag for both), the tag's speaker and cue between the two parts, nothing else there but the
    marks and the tag's punctuation, and no sentence of the reporter's after the tag ('," Burns said. He expressed fear
    that … "': a sentence may open at the second part's mark only)."""
    if first.speaker != second.speaker or first.speaker_span is None or first.speaker_span != second.speaker_span:
        return False
    text = article.text
    if not 0 < second.start - first.end <= TAG_CHARACTERS or not _TAG_GAP.fullmatch(text, first.end, second.start):
        return False
    cue = first.cue_span or second.cue_span
    if not (_inside(first.speaker_span, first.end, second.start) and _inside(cue, first.end, second.start)):
        return False
    return not any(
        first.end < s.start < second.start and text[s.start : second.start].strip(_OPENING) for s in article.sentences
    )


def joined_parts(quotes: Sequence[Quote], articles: Mapping[str, Article]) -> tuple[Quote, ...]:
    """The brief's quotes with the parts of a quotation split by its tag joined (the module's step 4): one quote from
    the first part's start to the last part's end, its text the parts' words in order with ``PART_JOINER`` for each
    tag, cited by the first part's sentence and (``parts``) each later part's that is another sentence: a reader who
    follows the citation finds every word of it."""
    ordered = sorted(quotes, key=lambda q: (q.article, q.start, q.end))
    joined: list[Quote] = []
    for quote in ordered:
        last = joined[-1] if joined else None
        article = articles.get(quote.article)
        if last is not None and last.article == quote.article and article and _tag_between(last, quote, article):
            cited = {last.sentence, *(part.sentence for part in last.parts)}
            later = () if quote.sentence in cited else (Citation(quote.article, quote.sentence),)
            text = f"{last.text}{PART_JOINER}{quote.text}"
            joined[-1] = replace(last, end=quote.end, text=text, parts=(*last.parts, *later))
        else:
            joined.append(quote)
    return tuple(joined)


def not_speech(text: str) -> str | None:
    """Why the quoted ``text`` is no one's speech ("title", "attribution"), or None when it may be."""
    words = _WORD.findall(text)
    if not words:
        return "no words"
    if len(words) == 1:
        return "title" if words[0][:1].isupper() and words[0].lower() not in _ANSWERS else None
    said = len(words) <= ATTRIBUTION_WORDS and words[-1].lower() in _SAID
    if said and all(w[:1].isupper() or w.lower() in _PRONOUNS for w in words[:-1]):
        return "attribution"
    capitalized = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR for w in words)
    if capitalized and words[0][:1].isupper() and re.search(r"[a-z]", text):
        return "title"
    return None


def _articles(quote: dict[str, Any]) -> set[str]:
    return {quote["article"], *(v["article"] for v in quote.get("variants") or ())}


@dataclass
class SpeakerGroup:
    """One speaker's quotes in the brief: ``quotes`` ranked, ``set_aside`` the quoted words that are not speech."""

    speaker: str
    quotes: list[dict[str, Any]] = field(default_factory=list)
    set_aside: list[dict[str, Any]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        """How many articles quote the speaker (a variant's article included)."""
        return len(set().union(*(_articles(q) for q in self.quotes))) if self.quotes else 0


def _quote_rank(quote: dict[str, Any], position: int) -> tuple[bool, int, int, int, int]:
    """A quote with a double quotation mark inside ran across a closing and an opening mark (``that the situation is
    stable" and that the protests "are merely …``): the reporter's words between them are in it, so it comes last."""
    words = len(_WORD.findall(quote["text"]))
    run_on = any(mark in quote["text"] for mark in _DOUBLE_MARKS)
    return (run_on, -len(_articles(quote)), -len(quote.get("variants") or ()), -min(words, RANK_WORDS), position)


def quote_groups(quotes: Sequence[dict[str, Any]]) -> list[SpeakerGroup]:
    """The JSON brief's quotes by speaker, ranked (see the module's step 3); a speaker with no quote that is
    speech comes after every other."""
    groups: dict[str, SpeakerGroup] = {}
    first: dict[str, int] = {}
    rank = {id(q): _quote_rank(q, n) for n, q in enumerate(quotes)}
    for n, quote in enumerate(quotes):
        speaker = quote.get("speaker") or "unattributed"
        group = groups.setdefault(speaker, SpeakerGroup(speaker))
        first.setdefault(speaker, n)
        (group.set_aside if not_speech(quote["text"]) else group.quotes).append(quote)
    for group in groups.values():
        group.quotes.sort(key=lambda q: rank[id(q)])
        group.set_aside.sort(key=lambda q: rank[id(q)])
    return sorted(
        groups.values(),
        key=lambda g: (not g.quotes, g.speaker == "unattributed", -g.articles, -len(g.quotes), first[g.speaker]),
    )
