"""newsdesk: many articles from many outlets in, one cited brief per story out.

Importing the package imports thinc (spaCy's machine-learning layer) with PyTorch hidden, unless torch is
already loaded or a transformer pipeline (``*_trf``) is configured: thinc imports torch whenever it is
installed, only to support PyTorch-wrapped layers, which the CNN pipelines the extractors load
(``en_core_web_sm``) do not have. Every process that cleans or extracts imports spaCy (the sentencizer, the
model), and torch alone added ~215 MB of resident memory to each of them (main process, forkserver, every
pool worker) and ~8 s to a cold start (docs/benchmarks.md, issue 7 "Memory"). A later ``import torch`` (the
sentence embeddings) still works; thinc then just does not wrap it.
"""

import sys

__version__ = "0.1.0"


def _thinc_without_torch() -> None:
    from newsdesk.config import get_settings

    if "thinc" in sys.modules or "torch" in sys.modules or any("_trf" in m for m in get_settings().spacy_models):
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes ``import torch`` raise ImportError
    try:
        import thinc.compat  # noqa: F401  # evaluates ``has_torch`` once, now False
    finally:
        del sys.modules["torch"]


_thinc_without_torch()
