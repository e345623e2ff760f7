"""Sentences a summary line cannot stand on: it leans on an earlier sentence for who or what is meant.

A summary line is read away from its article, with no one to ask. "The U.S. will continue to stand up for the
rights of the Egyptian people, he affirmed." and "The Mexican government believes he is the first person to have
been infected" leave the reader to guess who (on how people are referred to in summaries: Nenkova & McKeown,
*References to Named Entities: a Corpus Study*, HLT-NAACL 2003). Such a line is fine right after the sentence its
article put before it ("Blinken has called on Hamas to accept ..." then "On Monday he said that Israel had
accepted ..."). The brief summarizes once more without the others when one is chosen (``standalone_summary``);
a fact is worded by one of its sentences that stands on its own where it has one (``standalone_wording``); quotes
and the timeline still use them, and the DUC evaluation (plain text, no entities) is not affected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from newsdesk.clean.templates import withhold_templates
from newsdesk.model import Annotations, Article, Fact, SummarySentence

# v2: a sentence opening on a demonstrative ("That warning is apparently not always followed.") leans back too, and a
# fact whose wording still leans back is listed after those that stand on their own (now ``brief.fact_order``).
# v3: so does a sentence that leans back for *what* is meant (``leans_for_what``): a predicate closing it whose
# argument is left out ("… said the Libyan leader was to blame."), a shell noun subject ("The move was …") and a
# relative place opening it ("Elsewhere in Syria …").
ALGORITHM = "summarize.references.v3"


# Word overlap (Jaccard over lower-cased words) at which another sentence of a fact is the same wording with the
# person named: "He said the focus is on ..." / "Obama said the focus is on ..." share most of their words.
SAME_WORDING = 0.5

_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
# "US" is the country, "I" only capitalized
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]ur|[Oo]urs|[Mm]yself|[Oo]urselves)\b")
_PRONOUN_SPEAKER = re.compile(r"(?:he|she|they|it|we|i)", re.IGNORECASE)
# A sentence that opens on a demonstrative points back at what its article said before ("That warning is apparently
# not always followed.", "This came hours after widespread reports …"), unless it names a time ("This week …").
_DEMONSTRATIVE = re.compile(
    r"^(?:(?:But|And|Yet|So|Still|Now),?\s+)?(?:This|That|These|Those)\b(?!\s+(?:week|weekend|year|month|morning|"
    r"afternoon|evening|night|time|day|summer|winter|spring|autumn|fall|season|decade|century)s?\b)"
)


def dangling_references(
    articles: Sequence[Article], annotations: Mapping[str, Annotations]
) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of the sentences that lean on an earlier one for who or what is meant: a
    third-person pronoun before any person the sentence names ("Obama said his government ..." stands on its own,
    "He said ..." does not), a first-person one with no speaker named in the sentence ("We need to take the U.S.A. back
    unto the people." against "'We will not allow it,' the ministry said."), a demonstrative opening it ("That
    warning is apparently not always followed."), or what it is about left to the sentence before
    (``leans_for_what``)."""
    # where the sentence first names a person (a speaker need not be one: "The Mexican government believes he ...")
    named: dict[tuple[str, int], int] = {}
    speakers = named_speakers(articles, annotations)
    for article in articles:
        ann = annotations.get(article.id)
        if ann is None:
            continue
        for m in ann.mentions:
            if m.label == "PERSON":
                key = (article.id, m.sentence)
                named[key] = min(named.get(key, m.span.start), m.span.start)
    found = set()
    for article in articles:
        for s in article.sentences:
            key = (article.id, s.i)
            third = _THIRD_PERSON.search(s.text)
            leans_back = third is not None and s.start + third.start() < named.get(key, len(article.text) + 1)
            unattributed = key not in speakers and _FIRST_PERSON.search(s.text) is not None
            if leans_back or unattributed or _opens_on_demonstrative(s.text) or leans_for_what(s.text):
                found.add(key)
    return frozenset(found)


def named_speakers(articles: Sequence[Article], annotations: Mapping[str, Annotations]) -> frozenset[tuple[str, int]]:
    """(article id, sentence index) of the sentences that name the speaker of their quote (not "he said")."""
    found = set()
    for article in articles:
        ann = annotations.get(article.id)
        for quote in ann.quotes if ann else ():
            span = quote.speaker_span
            if span is None or _PRONOUN_SPEAKER.fullmatch(article.text[span.start : span.end]):
                continue
            sentence = article.sentences[quote.sentence]
            if sentence.start <= span.start < sentence.end:
                found.add((article.id, quote.sentence))
    return frozenset(found)


def _chosen(summary: Sequence[SummarySentence]) -> list[tuple[str, int] | None]:
    return [(line.citations[0].article, line.citations[0].sentence) if line.citations else None for line in summary]


def dangling_positions(chosen: Sequence[tuple[str, int] | None], dangling: frozenset[tuple[str, int]]) -> set[int]:
    """The positions of the ``chosen`` sentences (in reading order) that dangle where they stand: not right after
    their article's sentence before them."""
    return {
        n
        for n, (before, key) in enumerate(zip([None, *chosen], chosen, strict=False))
        if key is not None and key in dangling and before != (key[0], key[1] - 1)
    }


def _dangling_lines(summary: Sequence[SummarySentence], dangling: frozenset[tuple[str, int]]) -> set[tuple[str, int]]:
    """The chosen sentences of ``summary`` that dangle where they stand."""
    chosen = _chosen(summary)
    return {key for n in dangling_positions(chosen, dangling) if (key := chosen[n]) is not None}


def standalone_summary(
    summarize: Callable[[Sequence[Article]], Sequence[SummarySentence]],
    articles: Sequence[Article],
    dangling: frozenset[tuple[str, int]],
) -> tuple[SummarySentence, ...]:
    """``summarize(articles)``; if a chosen line dangles where it stands, summarized once more without every
    sentence that leans on one before it, except those right after a sentence the first summary chose (the ILP
    is most of a brief's time, so there is one more run, not a loop). A line that still dangles is dropped."""
    summary = tuple(summarize(articles))
    if not _dangling_lines(summary, dangling):
        return summary
    followers = {(key[0], key[1] + 1) for key in _chosen(summary) if key is not None}
    summary = tuple(summarize(withhold_templates(articles, dangling - followers)))
    bad = _dangling_lines(summary, dangling)
    return tuple(line for line, key in zip(summary, _chosen(summary), strict=True) if key not in bad) or summary


def _overlap(a: str, b: str) -> float:
    x, y = set(a.lower().split()), set(b.lower().split())
    return len(x & y) / len(x | y) if x | y else 0.0


def standalone_wording(fact: Fact, articles: Mapping[str, Article], dangling: frozenset[tuple[str, int]]) -> Fact:
    """``fact`` worded by a sentence that stands on its own: when its best wording leans back ("He gave no
    indication that he would step down") and another of its citations is nearly the same words naming who
    ("Mubarak gave no indication ..."), that one. A fact groups sentences stating the same thing in other words
    too; only a near-copy (``SAME_WORDING``) rewords it, since the best wording was chosen as the group's centre."""
    cited = [(c, articles[c.article].sentences[c.sentence].text) for c in fact.citations if c.article in articles]
    first = next(((c.article, c.sentence) for c, text in cited if text == fact.text), None)
    if first is None or first not in dangling:
        return fact
    alone = [text for c, text in cited if (c.article, c.sentence) not in dangling and text]
    best = max(alone, key=lambda text: _overlap(fact.text, text), default=None)
    return replace(fact, text=best) if best and _overlap(fact.text, best) >= SAME_WORDING else fact


def _opens_on_demonstrative(text: str) -> bool:
    return _DEMONSTRATIVE.match(text.lstrip("\"'“‘(")) is not None


# A line opening on a pronoun whose referent its article named before ("They learned snippets …", "But it was also, no
# doubt, because …"). A bare "It" opening is often no reference ("It is unclear how many died").
_PRONOUN_OPENING = re.compile(
    r"^(?:(?:But|And|Yet|So|Still)\s*,?\s+(?:it|its)\b|It\s+also\b|(?:(?:But|And|Yet|So|Still)\s*,?\s+)?"
    r"(?:[Tt]hey|[Tt]hem|[Tt]heir|[Hh]e|[Ss]he|[Hh]is|[Hh]er|Its)\b)"
)
# A timeline line stands alone stricter: not on any "It", nor on a first person ("It has killed up to 81 people …")
_IT_OR_FIRST_PERSON = re.compile(r"^(?:It|We|I)\b")
# A quotation of someone named only by a pronoun: "“There is nothing serious here,” he said."
_PRONOUN_QUOTED = re.compile(r"[,.!?]\s*[\"\u201d\u2019']\s*(?:he|she|they)\s+(?:said|says|added|told|continued)\b")


def opens_leaning(text: str) -> bool:
    """Whether a pronoun (not a bare "It") or a demonstrative opens the line: its article named what it means before."""
    text = text.lstrip()
    return bool(_PRONOUN_OPENING.match(text)) or _opens_on_demonstrative(text)


def leans_back_in_words(text: str) -> bool:
    """Whether a sentence leans on the one before it by its words alone, with no entities to tell who is named (the
    timeline reads sentences of a whole collection, unannotated): a pronoun or demonstrative opens it, or it quotes
    someone named only by a pronoun. A quotation's own opening words are its speaker's ("“We will inform the U.N.
    Security Council …,” Moussa said." stands on its own)."""
    if _PRONOUN_QUOTED.search(text):
        return True
    return not text.startswith(('"', "'", "“", "‘")) and (opens_leaning(text) or bool(_IT_OR_FIRST_PERSON.match(text)))


# What a sentence is about can be left to the one before it as well (Fillmore 1986, *Pragmatically controlled zero
# anaphora*: "blame", "deny", "comment" leave out an argument the context supplies; Schmid 2000 on shell nouns, "the
# move", "the decision", whose content is an earlier clause). Read away from its article, "A spokesman for the rebels
# … said the Libyan leader was to blame." does not say for what.
# A predicate that closes the sentence (a short trailing attribution aside) with its argument left out or only pointed
# at ("denied it", "denied the report"). Not when an earlier clause of the same sentence carries the argument ("…, but
# NATO denied the report", "… for which the government is to blame", "when asked about …, would not comment", "…
# whether the three had made such appeals, and Human Rights Campaign officials declined to comment").
_BARE_PREDICATE = re.compile(
    r"\b(?:(?:is|was|are|were|be|been)\s+(?:not\s+|also\s+|partly\s+|largely\s+)?to\s+blame"
    r"|(?:had|have|has)\s+(?:had\s+)?no\s+(?:other\s+)?(?:choice|option|alternative)"
    r"|(?:denied|denies|deny|confirmed|confirms|rejected|rejects|dismissed)\s+(?:it|this|that"
    r"|the\s+(?:report|reports|claim|claims|allegation|allegations|accusation|accusations))"
    r"|(?:declined|declines|refused|refuses|would\s+not|did\s+not)\s+(?:to\s+)?(?:elaborate|comment))"
    r"(?=\s*(?:,\s[^,]{1,60})?[.!?]?$)"
)
_CARRIER = re.compile(
    r"\b(?:but|although|though|while|whereas|which|whom|who|when|after|because|if|asked)\b|,\s+and\b", re.IGNORECASE
)
# A shell noun as the subject, its verb right after it: "The move is one of several demanded by demonstrators …",
# "The statement called for …" (not "The killing last month of Abdel Fattah Younes …", which says whose).
_SHELL_SUBJECT = re.compile(
    r"^(?:The|Such\s+an?)\s+(?:move|decision|announcement|attack|incident|step|remarks|comments|statement|report"
    r"|development|measure|measures|killing|killings|violence|proposal|plan)\s+(?:is|was|are|were|has|had|have|will"
    r"|would|could|can|may|might|should|must|also|does|did|comes|came|follows|followed|occurred|began|begins|sparked"
    r"|drew|draws|marks|marked|means|meant|prompted|triggered|caused|called|calls|said|says|appears|appeared)\b"
    r"(?!\s+that\b)"  # "The plan is that over the next week the UN … will secure a humanitarian corridor" says what
)
# A place given only against the sentence before: "Elsewhere in Syria …" (elsewhere than where?). "Earlier, …" and
# "Later, …" are not counted: the statement after them stands ("Earlier, Haiti's government said search-and-rescue
# operations had ended."), only its time is relative, and a line's citation dates it.
_RELATIVE_OPENING = re.compile(r"^Elsewhere\b")


def leans_for_what(text: str) -> bool:
    """Whether a sentence leaves what it is about to the sentence before it: a predicate closing it with its argument
    left out ("… said the Libyan leader was to blame.", "Officials at the World Health Organisation simply had no
    choice."), a shell noun subject ("The move is …") or a relative place opening it ("Elsewhere in Syria …")."""
    text = text.strip().lstrip("\"'“‘(")
    bare = _BARE_PREDICATE.search(text)
    if bare and not _CARRIER.search(text[: bare.start()]):
        return True
    return bool(_SHELL_SUBJECT.match(text) or _RELATIVE_OPENING.match(text))
