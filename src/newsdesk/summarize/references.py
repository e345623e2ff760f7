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
from newsdesk.extract.timex.lexicon import MONTHS, ONES, PARTS_OF_DAY, SEASONS, TENS, UNITS, WEEKDAYS
from newsdesk.model import Annotations, Article, Fact, SummarySentence

from .trim import FIRST_PERSON as _FIRST_PERSON
from .trim import trim

# v2: a sentence opening on a demonstrative ("That warning is apparently not always followed.") leans back too, and a
# fact whose wording still leans back is listed after those that stand on their own (now ``brief.fact_order``).
# v3: so does a sentence that leans back for *what* is meant (``leans_for_what``): a predicate closing it whose
# argument is left out ("… said the Libyan leader was to blame."), a shell noun subject ("The move was …") and a
# relative place opening it ("Elsewhere in Syria …").
# v4: so does a sentence that points back through a connective ("Margaret Chan … was confident, however.", "In the
# other, Joe Lockhart …", "Instead, …") or opens on an "It" that refers (``points_back``).
# v5: so does a sentence that opens on "They"/"Their"/"Them" (before, only the fact order and the timeline read it,
# ``opens_leaning``), or whose main clause opens on such a pronoun or on an "It" that refers after an opening clause
# ("Although it is not yet a pandemic …, it could quickly start one.": ``leans_after_opening``).
ALGORITHM = "summarize.references.v5"


# Word overlap (Jaccard over lower-cased words) at which another sentence of a fact is the same wording with the
# person named: "He said the focus is on ..." / "Obama said the focus is on ..." share most of their words.
SAME_WORDING = 0.5

_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
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
    warning is apparently not always followed."), what it is about left to the sentence before (``leans_for_what``),
    a connective or an opening "It" pointing back (``points_back``), or a "they" or an "it" that refers opening it or
    its main clause after an opening clause (``leans_after_opening``)."""
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
            if (
                leans_back
                or unattributed
                or _opens_on_demonstrative(s.text)
                or leans_for_what(s.text)
                or points_back(s.text)
                or leans_after_opening(s.text)
            ):
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
    ("Mubarak gave no indication ..."), that one; not one opening on a pronoun (``opens_leaning``: v4 put "It brings
    the overall totals to 24 in England …" in the dangling set, and "They bring the overall totals to 23 …" leans the
    same way). A fact groups sentences stating the same thing in other words
    too; only a near-copy (``SAME_WORDING``) rewords it, since the best wording was chosen as the group's centre."""
    cited = [(c, articles[c.article].sentences[c.sentence].text) for c in fact.citations if c.article in articles]
    first = next(((c.article, c.sentence) for c, text in cited if text == fact.text), None)
    if first is None or first not in dangling:
        return fact
    alone = [text for c, text in cited if (c.article, c.sentence) not in dangling and text and not opens_leaning(text)]
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


# A connective points back too: a discourse adverbial takes its first argument from the discourse before it,
# anaphorically (Webber, Stone, Joshi & Knott 2003, *Anaphora and Discourse Structure*; the Penn Discourse Treebank's
# explicit connectives, Prasad et al. 2008). Read away from its article, "Margaret Chan, the World Health
# Organisation's director general, was confident, however." contrasts with nothing, and "Instead, smugglers are
# importing fuels overland" replaces nothing. Counted: contrast and concession, substitution, result, comparison, and a
# demonstrative after a preposition ("After that, …"), opening the sentence with a comma, and the contrastive ones also
# set off inside it or closing it (", however,"), unless "and"/"but"/"or"/"so"/"yet" right before gives them their first
# argument in the same sentence ("… but, instead, …"); an elided partition ("In the other, Joe Lockhart …", "The
# latter …"). Not counted: additive and temporal ones ("Also, …", "Meanwhile, …", "Earlier, …", "Last week, …"): the
# statement after them stands, only its time or its place in a list is relative (session 16, helper ``lean``); nor an
# opening connective that the summary line is given without (``trim``'s "connective" rule: "However, …", "But …").
_CONNECTIVE_OPENING = re.compile(
    r"^(?:However|Still|Even\s+so|Otherwise|Similarly|Likewise|In\s+turn|That\s+said"
    r"|(?:Despite|Because\s+of|Given|After|Before|Besides)\s+(?:this|that|these|those)"
    r"|In\s+(?:one|the\s+other|the\s+first|the\s+second|the\s+latter|the\s+former|both))\s*,"
    # these need no comma to connect ("Instead he said …"), but do not before a complement ("Instead of …", "Thus far")
    r"|^(?:Instead|Nevertheless|Nonetheless|Consequently|Therefore|Thus|Hence|As\s+a\s+result|In\s+response"
    r"|In\s+contrast|By\s+contrast|On\s+the\s+other\s+hand)\b(?!\s+(?:of|to|with|far)\b)"
    r"|^The\s+latter\b"
)
_CONNECTIVE_INSIDE = re.compile(
    r"(?<!\band)(?<!\bbut)(?<!\bor)(?<!\bso)(?<!\byet),\s+(?:however|though|instead|nevertheless|nonetheless"
    r"|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|even\s+so)\s*(?:[,.!?]|$)"
)
# An opening "It" refers back unless it is the empty subject of an extraposed clause or a cleft (Quirk et al. 1985,
# §18.33–18.36): "It is unclear how many died", "It was not possible to obtain independent confirmation", "It is
# believed the toll …", "It was not until …", "It has been two weeks since …", "It seems …". "It said two members of the
# security forces …", "It is operating under a U.N. Security Council resolution …" say neither who nor what. (Read on
# the "It" openings of the Timeline17 dev sentences: docs/benchmarks.md, session 20, helper ``summary4``.)
_IT_BE = (
    r"(?:'s|’s|\s+(?:is|was|isn't|wasn't|(?:will|would|could|may|might|must|should|can)(?:\s+not|n't)?\s+be"
    r"|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained|became|becomes|looks|looked"
    r"|sounds|sounded|feels|felt))(?:\s+(?:not|also|now|still|too|very|so|more|less|all|just|really|quite|increasingly"
    r"|clearly|certainly|already|becoming|getting|hardly|far|much|even|only|perhaps|probably|equally|particularly|immediately"
    r"|especially|extremely|highly))*"
)
_CLAUSE = r"(?:that|whether|how|why|what|who|whom|when|where|if|as\s+if|as\s+though|like|until|because)\b"
_FOR_TO = (
    r"(?:hard|easy|difficult|important|necessary|possible|impossible|time|good|bad|wrong|right|better|best|unusual"
    r"|rare|common|vital|essential|crucial|critical|early|late|premature|safe|dangerous|unfair|fair|worth|tough"
    r"|illegal|legal|unlikely|likely|unwise|wise|reasonable|unreasonable|enough|useful|pointless|normal|natural"
    r"|impractical)"
)
_EPISTEMIC = (
    r"(?:believed|thought|expected|estimated|feared|reported|said|understood|known|alleged|claimed|hoped|assumed"
    r"|suspected|rumou?red|likely|unlikely|unclear|clear|true|obvious|evident|apparent|odd|strange|ironic|certain"
    r"|uncertain|doubtful|significant|surprising|notable|remarkable|no\s+surprise|no\s+secret|no\s+wonder|a\s+pity"
    r"|a\s+shame)\b(?!\s+(?:to|by|as|for)\b)"  # "It is believed to have …", "It is known as …" refer
)
_ING_ADJECTIVE = (
    r"(?:amazing|surprising|interesting|worrying|disturbing|alarming|astonishing|striking|encouraging|frustrating"
    r"|shocking|depressing|troubling|intriguing|fascinating|puzzling|embarrassing|reassuring|confusing|humbling)\b"
)
_EMPTY_IT = re.compile(
    "|".join(
        (
            # "It is unclear how many …", "It may be that …" (not "It's studying whether …": it refers)
            r"^It"
            + _IT_BE
            + r"(?:\s+(?!(?:a|an|the|its|their|his|her)\b)(?!(?!"
            + _ING_ADJECTIVE
            + r")[\w-]+ing\b)[\w-]+){0,2}"
            r"\s+" + _CLAUSE,
            r"^It" + _IT_BE + r"\s+(?:an?\s+)?" + _FOR_TO + r"\s+(?:\w+\s+)?(?:to|for)\b",  # "It's too early to say …"
            r"^It" + _IT_BE + r"\s+" + _EPISTEMIC,  # "It is believed the toll …"
            r"^It" + _IT_BE + r"\s+(?:until|when|because|as\s+if|as\s+though|like)\b",  # "It was not until …"
            r"^It(?:'s|’s|\s+has|\s+had)\s+been\s+(?:\w+\s+){1,3}(?:since|ago)\b",  # "It has been two weeks since …"
            r"^It\s+(?:seems|seemed|appears|appeared)\b(?!\s+to\s+(?!me\b))",  # not "It appears to have …"
            r"^It\s+(?:looks|looked)\s+(?:as|like|that)\b",
            r"^It" + _IT_BE + r"\s+such\s+an?\s+[\w-]+\s+(?:to|that)\b",  # "It's such a pleasure to win …"
            r"^It" + _IT_BE + r"\s+worth\s+[\w-]+ing\b",  # "It's worth remembering that …" (not "It is worth $5bn")
            r"^It\s+(?:takes|took|(?:will|would|could|may|might)\s+take|has\s+taken)\s+(?:\S+\s+){1,4}(?:to|for)\b",
            r"^It(?:\s+(?:may|might|could|will|would))?\s+(?:turns?|turned)\s+out\b",
            r"^It\s+(?:remains\s+to\s+be\s+seen|goes\s+without|matters|mattered"
            r"|does\s+not\s+matter|doesn't\s+matter|did\s+not\s+matter|didn't\s+matter)\b",
        )
    )
)
_IT = re.compile(r"^It(?:'s|’s)?\b")


def points_back(text: str) -> bool:
    """Whether a sentence points back at the one before it through a connective ("However, …", "…, however.",
    "Instead, …", "In the other, …") or an opening "It" that refers ("It is operating under a U.N. Security Council
    resolution …"; not "It is unclear how many …"). Judged as a summary line gives it: an opening connective the
    summarizers' trim cuts ("However, the …" is written out "The …", ``trim``) does not count."""
    text = trim(text, ("connective",)).lstrip("\"'“‘(`")
    if _CONNECTIVE_OPENING.match(text) or _CONNECTIVE_INSIDE.search(text):
        return True
    return bool(_IT.match(text)) and not _EMPTY_IT.match(text)


# A pronoun that opens the sentence's main clause leans back as one opening the sentence does: "Although it is not yet
# a pandemic, it could quickly start one." (an "it" in both clauses), "On Thursday, they announced swine flu had
# achieved pandemic status …". The opening clause (up to the first comma, no quotation) is set aside only when it can
# hold no antecedent for that pronoun: a subordinate clause whose own subject is a pronoun or left out ("If they do not
# deliver the aid fast, …", "While working with a Haitian team, …"), or a time phrase ("On Monday, …", "In the past 24
# hours, …"). A clause naming something is the pronoun's antecedent as often as not ("While the main airport … was not
# put out of action, it was not equipped …", "If the NTC is unable …, it could embarrass …": read on the Timeline17 dev
# sentences, docs/benchmarks.md, session 22, helper ``summary6``). The main clause is then read as a sentence opening:
# a "They", "Their" or "Them", or an "It" that refers (``points_back``: not "On Monday, it was unclear how many …"). A
# "They" opening the sentence itself is read here too (v4's ``dangling_references`` left it to ``opens_leaning``).
_SUBORDINATOR = (
    r"(?:Although|Though|Even\s+though|Even\s+if|While|Whilst|Because|Since|As|If|Unless|When|Whenever|Once|After"
    r"|Before|Until)"
)
_OPENING_CLAUSE = re.compile(
    rf"^(?:{_SUBORDINATOR}\s+(?:(?:it|they|we|you|I|he|she|this|that)\b|[a-z]+ing\b)[^,;:\"“”]{{0,120}}?"
    r"|(?P<time>(?:On|In|By|Over|During|Since|Until|Within|For|Last|This|Next|Earlier|Later|Early|Late)\b[^,;:\"“”]{0,40}?)"
    r"),\s+"
)
_TIME_FUNCTION_WORDS = (
    "on in by over during since until within for last this next earlier later early late the past previous coming "
    "recent few several of a an that same"
)
_TIME_WORDS = frozenset(
    (*MONTHS, *WEEKDAYS, *SEASONS, *PARTS_OF_DAY, *UNITS, *(f"{unit}s" for unit in UNITS), *ONES, *TENS)
) | frozenset(_TIME_FUNCTION_WORDS.split())
# An aside between dashes ends the opening clause as a comma does: "Although it is not yet a pandemic -- a global
# epidemic of a new and serious disease -- it could quickly start one." (Reuters)
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–)\s+[^-—–]{1,120}?\s+(?:--|—|–)\s+")
_THEY = re.compile(r"^(?:(?:But|And|Yet|So|Still)\s*,?\s+)?(?:[Tt]hey|[Tt]heir|[Tt]hem)\b")


def leans_after_opening(text: str) -> bool:
    """Whether "They", "Their" or "Them" opens the sentence (as a summary line gives it: an opening connective
    ``trim`` cuts is set aside), or such a pronoun or an "It" that refers opens its main clause after an opening clause
    that names nothing it could mean ("Although it is not yet a pandemic, it could quickly start one.")."""
    text = trim(text, ("connective",)).lstrip()
    if _THEY.match(text):
        return True
    text = _DASH_ASIDE.sub(", ", text, count=1)
    opening = _OPENING_CLAUSE.match(text)
    if opening is None:
        return False
    if opening["time"] is not None and not all(
        w.lower() in _TIME_WORDS or w.isdigit() for w in re.findall(r"[\w']+", opening["time"])
    ):
        return False
    main = text[opening.end() :]
    main = main[:1].upper() + main[1:]
    return bool(_THEY.match(main)) or (bool(_IT.match(main)) and not _EMPTY_IT.match(main))
