"""A count told as a present state, which can fall as well as rise from one paper to the next (``align.facts.v15``).

"Seventeen ships under NATO command are patrolling the central Mediterranean Sea" (30 June) and "Sixteen ships …
are patrolling" (16 August) give how many there are on each paper's day: a lower later figure is the state that
changed, an ``update``, not two outlets contradicting each other. A cumulative count only rises ("2,000 civilians
have been killed", "49 people have been injured"): it is told in the perfect or the simple past, or counts an
outcome that cannot be undone, and a lower later figure there stays a conflict (or a correction).

Read from the dependency parse of the figure's sentence, as ``fact_dates.past_event`` reads a simple past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.model import Article

from .fact_dates import _perfect, figure_verb
from .quantities import MEASURES, OUTCOMES
from .similarity import stems

if TYPE_CHECKING:
    from spacy.tokens import Token

# Present forms of "be" and of the verbs that say a state holds: "are patrolling", "are deployed", "remain in
# hospital", "there are 4,200 US military personnel in Haiti".
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re", "remain", "remains", "stay", "stays"})
# Counts that only rise: the dead, the injured, confirmed cases, infections. Their outcome classes (``OUTCOMES``),
# plus the words of a case count.
_CUMULATIVE = frozenset(
    stems(" ".join(["kill", "killed", "injure", "injured", *OUTCOMES["kill"], *OUTCOMES["injure"]]))
) | frozenset(stems("case cases infected infection confirmed victims casualties"))


def _present(verb: Token) -> bool:
    """ "are patrolling" (a present auxiliary), "remain" (a present verb), "There are …": present, not a perfect
    ("have been killed") nor a modal or past auxiliary ("will be deployed", "were patrolling")."""
    if _perfect(verb):
        return False
    if verb.tag_ in {"VBP", "VBZ"}:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ in {"VBG", "VBN"} and bool(auxiliaries) and all(a.lower_ in _PRESENT_AUX for a in auxiliaries)


def present_state(figure: Any, article: Article) -> bool:
    """v15: the figure counts what is, as of its paper ("Seventeen ships … are patrolling", "50 people remain in
    hospital"), and nothing makes it a count that only rises: not the dead, the injured or the cases (``_CUMULATIVE``,
    in the figure's counted words, its verb or the verb's own words: "50 are dead"), not a running count ("the toll
    stands at 300": ``fact_dates._figure_verb`` finds no verb past "toll"). A measure (``quantities.MEASURES``: a
    length, a share, money) is not a count."""
    if figure.unit in MEASURES:
        return False
    verb = figure_verb(figure, article)
    if verb is None or not _present(verb):
        return False
    told = [figure.unit or "", figure.context or "", verb.text, *(c.text for c in verb.children)]
    return not set(stems(" ".join(told))) & _CUMULATIVE
