"""What both stores share for the brief cache (migration 0003): the corpus fingerprint.

A cached brief is only valid for the exact set of stored articles (ids are content hashes of the raw
records), their duplicate links and the cleaner version that made their text and sentences, since
clustering, summaries and citations depend on all three. Hashing ``id, duplicate_of, cleaner`` of every row
in ingest order gives one short key that changes whenever any of them does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def corpus_fingerprint(rows: Iterable[tuple[str | None, ...]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(("\t".join(value or "" for value in row) + "\n").encode())
    return digest.hexdigest()[:24]
