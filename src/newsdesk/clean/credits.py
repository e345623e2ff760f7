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
"""

from __future__ import annotations

import re

from .boilerplate import PHOTO_AGENCY

# An agency ending a credit: ``boilerplate``'s (initials: "AP", "PA", "AFP", "EPA", "KPA"; names), and the Guardian's
# "Getty" alone, "Rex", "Zuma".
_AGENCY = rf"(?:{PHOTO_AGENCY}|Getty(?:\s+[Ii]mages)?|Rex|Zuma)(?![\w'’-])"
# A name or an agency before a "/": "Miguel Tovar/", "Centers for Disease Control/", "Carl de Souza/", "AFP/".
_PART = r"[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}\s*/\s*"
_GLUED_CREDIT = re.compile(rf"\bPhotograph:\s+(?:{_PART})*{_AGENCY}(?=\s+[A-Z\"“‘])")


def split_credits(sentence: str) -> list[str]:
    """``sentence`` cut after each photo credit glued to the text after it; joining the pieces with spaces gives
    ``sentence`` back up to white space."""
    pieces, start = [], 0
    for match in _GLUED_CREDIT.finditer(sentence):
        pieces.append(sentence[start : match.end()])
        start = match.end()
    pieces.append(sentence[start:])
    return [p.strip() for p in pieces if p.strip()]
