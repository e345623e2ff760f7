"""The verbs that introduce reported speech (and reported thought), in every inflected form.

The shared spaCy pipeline runs without its lemmatizer (it costs ~10% of pipeline time and nothing else needs
it), so the lexicon is expanded to surface forms here instead of matched on lemmas. The list follows the
reporting verbs of Pareti's attribution work (Pareti, *A Database of Attribution Relations*, LREC 2012, and
Pareti et al., *Automatically Detecting and Attributing Indirect Quotations*, EMNLP 2013) and the verb
classes of Levin (1993) §37 (verbs of communication) and §29.5 (conjecture verbs), which is also what PolNeAR
annotators were told to mark (Newell et al., LREC 2018).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


# Verbs of saying: a clause after them is reported speech.
SPEECH = _words(
    "say tell add note warn claim argue insist explain state declare announce confirm deny acknowledge admit "
    "suggest predict promise pledge vow assert maintain contend reply respond answer ask write tweet post "
    "report reveal disclose recall remark comment observe stress emphasize emphasise caution urge "
    "complain concede boast joke quip allege charge repeat reiterate continue testify indicate mention "
    "estimate conclude agree disagree threaten assure inform counter retort shout yell "
    "whisper speculate propose recommend demand proclaim signal hint imply lament accuse describe criticize remind "
    "cite call show find mention discuss praise slam support refuse offer learn"
)

# Verbs of thinking and knowing: PolNeAR annotates them as attributions when they take a clause.
COGNITION = _words(
    "think believe feel know expect hope fear worry doubt guess figure reckon wonder realize realise want plan"
)

# Irregular forms (base -> third person, past, participle, gerund); every other verb is inflected by rule.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
}
_NO_DOUBLING = ("admit", "commit")  # final consonant doubled before -ed/-ing


def inflections(base: str) -> tuple[str, ...]:
    """The surface forms of a regular English verb (or the listed irregular ones)."""
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith("e"):
        past, gerund = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, gerund = base[:-1] + "ied", base + "ing"
    elif base in _NO_DOUBLING:
        past, gerund = base + "ted", base + "ting"
    else:
        past, gerund = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (base, third, past, gerund)


def _forms(verbs: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(form for verb in verbs for form in inflections(verb))


SPEECH_FORMS = _forms(SPEECH)
COGNITION_FORMS = _forms(COGNITION)
CUE_FORMS = SPEECH_FORMS | COGNITION_FORMS


def is_cue_word(word: str) -> bool:
    return word.lower() in CUE_FORMS
