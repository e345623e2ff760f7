"""A photo credit run into the text after it: "Photograph: Miguel Tovar/AP Health officials across the world scrambled
to contain the outbreak …", "Photograph: PA Two Britons have now contracted swine flu …".

The Guardian prints a picture's credit under it, "Photograph: <photographer>/<agency>", and a page flattened to text
runs the credit into the standfirst or the lead with no full stop: the brief cited "Photograph: AP Nine new cases of
swine flu were confirmed in the UK today, …" as an outlet's line, and the summary of a one-page story led with
"Photograph: Chaiwat Subprasom/Reuters Barack Obama caps his pen …" (H1N1_guardian, 12 lines of its brief under
clean.document v16). A credit alone on its line is dropped by ``boilerplate``'s ``photo_credit`` rule; glued to text,
``split_credits`` cuts it off the text at the agency's name ending it, so the credit (withheld with no end mark) and
the text are two sentences.

The shape is exact: "Photograph:", then names separated by "/" and an agency's name last (initials in capitals, Getty
Images, Reuters, Rex, Zuma), before a capital opening the text. Timeline17 dev: 37 credits, all on H1N1_guardian
pages, 24 glued to text; 23 are cut, all right (every one read); one whose last part is the photographer ("Photograph:
Reuters/Eliana Aponte Mexico City lowered …") has no agency to end it and is left whole. DUC 2004, ECB+, PolNeAR and
TempEval-3 dev, the extraction pages and the seeds print none (docs/benchmarks.md, session 19).

v18: two more shapes. The BBC credits a reader's picture with a name only, "Picture: Yael Talleyrand About 10,000
people in Jacmel lost their homes …", "Photo: Frederic Dupoux I was in the mountains …": no agency ends the credit,
but a name holds no function word, so the first capitalised function word ("About", "The", "He") or "I" before a
lower-case word or a number opens the text. And a credit in brackets, "(Photo: American Red Cross) He said Haiti …",
"(Photo: Japanese students wear masks in Tokyo/Toru Hanai) It isn't just …", ends at its closing bracket; a capital or
an opening bracket or quote after it opens the text. Timeline17 dev (v17): 4 name-only credits and 3 in brackets glued
to text (docs/benchmarks.md, session 20).
"""

from __future__ import annotations

import re

from .boilerplate import PHOTO_AGENCY
from .reader import FUNCTION_WORDS

# An agency ending a credit: ``boilerplate``'s (initials: "AP", "PA", "AFP", "EPA", "KPA"; names), and the Guardian's
# "Getty" alone, "Rex", "Zuma".
_AGENCY = rf"(?:{PHOTO_AGENCY}|Getty(?:\s+[Ii]mages)?|Rex|Zuma)(?![\w'’-])"
# A name or an agency before a "/": "Miguel Tovar/", "Centers for Disease Control/", "Carl de Souza/", "AFP/".
_PART = r"[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}\s*/\s*"
_GLUED_CREDIT = re.compile(rf"\bPhotograph:\s+(?:{_PART})*{_AGENCY}(?=\s+[A-Z\"“‘])")
# v18: a credit naming the photographer only ("Picture: Yael Talleyrand", "Photo: Thomas Oronti"): capitalised words
# (a name's particle "de", "van", "al-" allowed), then a word that opens the text (``_opens_text``).
_NAME_CREDIT = re.compile(
    r"\b(?:Picture|Photo|Photograph):\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|al|bin|el)){0,3})"
    r"(?=\s+(?P<opener>[A-Z][a-z]*)\s+[a-z0-9])"
)
# v18: a credit in brackets before a capital, an opening bracket or a quote: "(Photo: American Red Cross) He said …".
_BRACKETED_CREDIT = re.compile(r"\((?:Photo|Picture|Image|Photograph|Credit):[^()]+\)(?=\s+[A-Z(\"“‘])")


def _opens_text(word: str) -> bool:
    """Whether capitalised ``word`` after a name opens the text: "I", or a function word ("About", "The", "He")."""
    return word == "I" or word.lower() in FUNCTION_WORDS


def _credit_ends(sentence: str) -> list[int]:
    """Where each photo credit glued to the text after it ends."""
    ends = [m.end() for m in _GLUED_CREDIT.finditer(sentence)]
    ends += [m.end() for m in _BRACKETED_CREDIT.finditer(sentence)]
    for match in _NAME_CREDIT.finditer(sentence):
        name = match.group("name").split()
        if _opens_text(match.group("opener")) and not any(_opens_text(word) for word in name):
            ends.append(match.end())
    return sorted(set(ends))


def split_credits(sentence: str) -> list[str]:
    """``sentence`` cut after each photo credit glued to the text after it; joining the pieces with spaces gives
    ``sentence`` back up to white space."""
    pieces, start = [], 0
    for end in _credit_ends(sentence):
        pieces.append(sentence[start:end])
        start = end
    pieces.append(sentence[start:])
    return [p.strip() for p in pieces if p.strip()]
