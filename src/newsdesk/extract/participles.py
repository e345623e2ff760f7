"""Past participles, so a figure's label names the event the way a headline does: "killing about 1,200 people"
and "took 250 hostages" are labelled "people killed" and "hostages taken".

The verb's lemma comes from spaCy's rule lemmatizer run on that one token (the pipeline leaves the lemmatizer
out, ``nlp.EXCLUDE``: it would lemmatize every word to serve a few verbs). Its tables ship with the model:
``lemma_exc`` lists the irregular and consonant-doubling forms of each verb (from WordNet's exception lists),
so "take" has "took" and "taken", "kidnap" has "kidnapped", "flee" has "fled" (and "hit", listed only with
"hitting", does not change); every other verb is regular and
takes -ed with English spelling (free → freed, carry → carried). Without the tables (a model folder that has
no lemmatizer) the verb is left as written.
"""

from __future__ import annotations

from functools import cache

from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

from .nlp import load_nlp

_VOWELS = frozenset("aeiou")


@cache
def _lemmatizer() -> tuple[Lemmatizer, dict[str, tuple[str, ...]]] | None:
    """The model's rule lemmatizer, and each verb lemma's listed forms other than -ing and -s ones."""
    nlp = load_nlp()
    folder = nlp.path / "lemmatizer" / "lookups" if nlp.path is not None else None
    if folder is None or not folder.is_dir():
        return None
    lookups = Lookups().from_disk(folder)
    lemmatizer = Lemmatizer(nlp.vocab, None, mode="rule")
    lemmatizer.initialize(lookups=lookups)
    forms: dict[str, list[str]] = {}
    doubled = set()
    for form, lemmas in lookups.get_table("lemma_exc")["verb"].items():
        for lemma in lemmas:
            if form == f"{lemma}{lemma[-1]}ing":
                doubled.add(lemma)
            elif not form.endswith("s") and form != lemma:
                forms.setdefault(lemma, []).append(form)
    # "hitting" listed with no past form: the verb does not change (hit, cut, put, set).
    unchanged = {lemma: (lemma,) for lemma in doubled if lemma not in forms}
    return lemmatizer, {**unchanged, **{lemma: tuple(sorted(f)) for lemma, f in forms.items()}}


def _regular(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def lemma(verb: Token) -> str:
    """The verb's lemma by the model's rules ("killing" → "kill"); its lower-cased text without the tables.

    A base form (VB, VBP) is its own lemma: the rules would strip "bring" to "bre" (they read the base form off
    morphological features that the tagger alone does not set)."""
    tables = _lemmatizer()
    if tables is None or verb.tag_ in {"VB", "VBP"}:
        return verb.lower_
    return tables[0].rule_lemmatize(verb)[0].lower()


def past_participle(verb: Token) -> str:
    """The verb's past participle ("killing" → "killed", "took" → "taken"); a participle is kept as written.

    Where the table lists two forms for a lemma ("took", "taken"), the participle is the one ending in -n, as
    English strong verbs' participles do (taken, given, flown, begun), else the longest."""
    if verb.tag_ == "VBN":
        return verb.text
    tables = _lemmatizer()
    if tables is None:
        return verb.text
    base = lemma(verb)
    listed = tables[1].get(base)
    if not listed:
        # a simple past the table does not list is the participle too ("killed", and "spread", "cost")
        return verb.text if verb.tag_ == "VBD" else _regular(base)
    return max(listed, key=lambda f: (f.endswith("n"), len(f), f))
