"""The press of a story: the anchors, hosts and correspondents who report it, and the outlets that publish it.

Who is in a story and who reports it are two lists. A broadcaster's transcript says which is which in its own
words: the first turn of each speaker carries a label with a name and a title (``clean.transcripts``), and the
titles of its staff name a reporting job ("BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT:", "BECKY ANDERSON,
HOST:", "CARL AZUZ, CNN STUDENT NEWS ANCHOR:") where a guest's name an office or an affiliation ("MOHAMED
ELBARADEI, FORMER IAEA CHIEF:", "AHMED NAZEEM, PROTESTER:"). A person so labelled in any transcript of a story is
its press in every article of it: the label is the broadcaster's own statement, which prose seldom repeats (session
10 found 3 of Becky Anderson's 108 mentions in the egypt export after a "CNN's" or in a byline). Another network's
anchor is press too ("BILL O'REILLY, FOX NEWS ANCHOR:"). Commentators are not: an ANALYST, a CONTRIBUTOR, a
COLUMNIST or a JOURNALIST as a guest (a freelance on the phone from Cairo) gives a view or a witness's account, the
story's material; nor is a FORMER correspondent. Recurrence is no test of its own: on the EgyptianProtest_cnn dev
folder 36 of 73 press speakers recur across its 32 transcripts, and so do 15 newsmakers (Barack Obama and Mohamed
ElBaradei in 8 each).

An outlet is the press of the stories it publishes, and a writer of the stories they sign: the entity that names the
source of one of a story's articles ("CNN" on a CNN page, ``Article.source``) or one of its authors
(``Article.author``) is no actor of the story.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsdesk.clean.transcripts import LABEL, transcript_turns
from newsdesk.model import Article, Entity, Reporter, Sentence

from .alias_lookup import canonical_name
from .aliases import name_key

ALGORITHM = "extract.press.v1"

# Words of a title that name a reporting job at a news organisation (a BBC "PRESENTER", a CNN "ANCHOR"); "BUREAU
# CHIEF" is a phrase, since "CHIEF" alone heads a guest's title as often ("FORMER IAEA CHIEF").
ROLES = frozenset(
    {
        "ANCHOR", "CO-ANCHOR", "ANCHORMAN", "ANCHORWOMAN", "CORRESPONDENT", "HOST", "CO-HOST", "REPORTER",
        "PRODUCER", "PRESENTER", "NEWSREADER", "METEOROLOGIST",
    }
)  # fmt: skip
_PHRASES = ("BUREAU CHIEF",)
_NOT_NOW = frozenset({"FORMER", "EX"})
# An honorific before the name in a label ("DR. SANJAY GUPTA"): a short word with one closing dot, unlike an
# initial's inner dots ("P.J. CROWLEY").
_HONORIFIC = re.compile(r"^[A-Z]{2,4}\.$")
# A title word of a commentator, whose words are views (``is_press_title``), and words of a label that names no one
# ("UNIDENTIFIED MALE", "CROWD", "THE PITTSBURGH PROMISE").
_COMMENTATORS = frozenset({"ANALYST", "CONTRIBUTOR", "COMMENTATOR", "COLUMNIST", "CRITIC", "BLOGGER"})
_UNNAMED = frozenset(
    {
        "UNIDENTIFIED", "UNKNOWN", "CROWD", "CROWDS", "GROUP", "AUDIENCE", "ANNOUNCER", "NARRATOR", "VOICE",
        "INTERPRETER", "TRANSLATOR", "PROTESTERS", "DEMONSTRATORS", "MALE", "FEMALE", "MAN", "WOMAN", "CHILD",
        "CHILDREN", "STUDENTS", "CLASS",
    }
)  # fmt: skip
_NARRATION = re.compile(r"\((?:voice[ -]over|on camera)\)", re.IGNORECASE)
OUTLET = "outlet"
BYLINE = "byline"
NARRATOR = "VOICE-OVER"
_AUTHORS = re.compile(r",\s*|\s+(?:and|&)\s+")


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker of one transcript page: the fullest name its labels give ("BEN WEDEMAN"), their titles, and whether
    the page labels them as its press."""

    name: str
    titles: tuple[str, ...]
    press: bool


def _words(title: str) -> list[str]:
    """The words of a title in capitals, without punctuation or a possessive ("CNN'S SITUATION ROOM": CNN)."""
    words = (re.sub(r"['’]S$", "", w.strip(".,()")) for w in re.split(r"[\s/,]+", title.upper()))
    return [w.strip("'’") for w in words if w.strip("'’")]


def is_press_title(title: str, networks: frozenset[str] = frozenset()) -> bool:
    """Whether a label's title names a reporting job ("CNN SR.. INTERNATIONAL CORRESPONDENT", "HOST, QUEST MEANS
    BUSINESS", "CNN INTERNATIONAL ANCHOR/CORRESPONDENT"), not a former one; or, with ``networks`` (the first words
    of the page's press titles: "CNN" of "CNN ANCHOR"), a title that opens with a network's name and names no
    commentator ("WOLF BLITZER, CNN:", "TOMEKA JONES, CNN STUDENT NEWS:"; not "CNN NATIONAL SECURITY ANALYST")."""
    words = _words(title)
    if not words or any(w in _NOT_NOW for w in words):
        return False
    if any(w in ROLES for w in words) or any(p in " ".join(words) for p in _PHRASES):
        return True
    return words[0] in networks and not any(w in _COMMENTATORS for w in words)


# Abbreviated title words of transcript labels ("CNN SR.. INTERNATIONAL CORRESPONDENT", "FMR. ASSISTANT SECRETARY").
_SPELLED = {"SR": "senior", "FMR": "former"}
_FUNCTION_WORDS = frozenset({"OF", "TO", "THE", "AND", "FOR", "IN", "AT", "ON"})


def role_text(title: str) -> str:
    """A title in capitals as a brief prints it: words in lower case but for short ones and abbreviations, which
    are names of networks and shows as often as not ("CNN senior international correspondent", "FOX news anchor")."""
    words = title.strip(" ,").split()
    return " ".join(_role_word(w) for w in words)


def _role_word(word: str) -> str:
    if word.endswith(".") and word.rstrip(".") in _SPELLED:
        return _SPELLED[word.rstrip(".")]
    if word.strip(".,") in _FUNCTION_WORDS:
        return word.lower()
    return word if len(word.strip(".,")) <= 3 or "." in word else word.lower()


def _name(label_name: str) -> str:
    words = label_name.split()
    while len(words) > 2 and _HONORIFIC.match(words[0]):
        words = words[1:]
    return " ".join(words)


def _named(name: str) -> bool:
    """A label that names a person in full: two words or more, none of them an unnamed voice's."""
    words = name.split()
    return len(words) >= 2 and words[0] != "THE" and not any(w in _UNNAMED for w in words)


def page_speakers(sentences: Sequence[Sentence]) -> dict[str, Speaker]:
    """The speakers of a transcript page by the surname its later labels use ("WEDEMAN" → BEN WEDEMAN, CNN SENIOR
    INTERNATIONAL CORRESPONDENT, press), for the surnames that one full name of the page bears; {} for a page
    that is no transcript. A speaker is press when any of its labels gives it a reporting job (``is_press_title``)
    or says it narrates a report ("(voice-over)", "(on camera)": a package's narration, a stand-up)."""
    labels = []
    for turn in transcript_turns(sentences):
        match = LABEL.match(turn.label + ": ")
        if match:
            note = turn.label[match.end("title") if match.group("title") else match.end("name") :]
            labels.append((turn.speaker, _name(match.group("name")), (match.group("title") or "").strip(" ,"), note))
    networks = frozenset(
        words[0]
        for *_, title, _ in labels
        if len(words := _words(title)) > 1 and words[0] not in ROLES and is_press_title(title)
    )
    full: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, dict[str, None]] = defaultdict(dict)
    press: set[str] = set()
    for surname, name, title, note in labels:
        if _named(name):
            full[surname].add(name)
        if title:
            titles[surname][title] = None
        if is_press_title(title, networks) or _NARRATION.search(note):
            press.add(surname)
    return {
        surname: Speaker(next(iter(names)), tuple(titles[surname]), surname in press)
        for surname, names in full.items()
        if len(names) == 1
    }


def press_labels(sentences: Sequence[Sentence]) -> Iterator[tuple[str, str]]:
    """(name, title) of each speaker of a transcript page whose labels make it the page's press ("BEN WEDEMAN",
    "CNN SENIOR INTERNATIONAL CORRESPONDENT"; the title is "" for a narrator whose labels give none)."""
    for speaker in page_speakers(sentences).values():
        if speaker.press:
            job = [t for t in speaker.titles if is_press_title(t)]  # its job's title, else the network's name
            yield speaker.name, (job or [*speaker.titles, ""])[0]


def story_press(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Reporter, ...]:
    """The story's entities that are its press (see the module's docstring), most mentioned first. A labelled name
    the story's entities do not hold (a speaker no extractor tagged) is left out: the brief lists entities.
    An outlet or a writer counts when an entity's name is the source or an author of one of the articles."""
    by_name = {e.name: e for e in entities}
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[str, dict[str, None]] = defaultdict(dict)
    for article in articles:
        for name, title in press_labels(article.sentences):
            # a full name, as the story's entities name it ("BEN WEDEMAN" → "Ben Wedeman"); never a surname alone
            entity = canonical_name(name, entities) if len(name.split()) >= 2 else None
            if entity is not None:
                roles[entity][title or NARRATOR] += 1
                where[entity][article.id] = None
    kinds: dict[str, str] = {}
    for article in articles:
        signed = [(name, BYLINE) for name in _AUTHORS.split(article.author or "") if len(name.split()) >= 2]
        for name, kind in [*signed, *([(article.source, OUTLET)] if article.source else [])]:
            entity = canonical_name(name, entities)
            if entity is not None and name_key(entity) == name_key(name):  # the name itself, not a longer one
                kinds.setdefault(entity, kind)
                where[entity][article.id] = None
    press = [
        Reporter(
            name=name,
            role=role_text(roles[name].most_common(1)[0][0]) if name in roles else kinds[name],
            articles=tuple(ids),
            mentions=by_name[name].mentions,
        )
        for name, ids in where.items()
    ]
    return tuple(sorted(press, key=lambda r: (-r.mentions, r.name)))
