"""Copies: exact and near-duplicate articles (``minhash``), linked to their original by ``duplicate_of``."""

from .minhash import ALGORITHM, DuplicateIndex, Signature, find_duplicates, signature

__all__ = ["ALGORITHM", "DuplicateIndex", "Signature", "find_duplicates", "signature"]
