"""What both stores share for the brief cache (migration 0003): the corpus fingerprint.

A cached brief is only valid for the exact set of stored articles (ids are content hashes) and their
duplicate links, since clustering and summaries depend on both. Hashing ``id, duplicate_of`` of every row in
ingest order gives one short key that changes whenever either does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def corpus_fingerprint(rows: Iterable[tuple[str, str | None]]) -> str:
    digest = hashlib.sha256()
    for article_id, duplicate_of in rows:
        digest.update(f"{article_id}\t{duplicate_of or ''}\n".encode())
    return digest.hexdigest()[:24]
