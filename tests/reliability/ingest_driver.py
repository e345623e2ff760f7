"""A child process for crash tests: ingests a folder and prints the ids of each batch after it commits.

Run as ``python -m tests.reliability.ingest_driver DB FOLDER``; a line ``committed ID ...`` is printed (and
flushed) only after the batch's transaction committed, so whatever the parent saw must be in the database.
"""

from __future__ import annotations

import sys

from newsdesk.pipeline import RunReport, ingest
from newsdesk.store import SQLiteStore


def main() -> None:
    db, folder = sys.argv[1], sys.argv[2]
    seen = 0

    def progress(report: RunReport) -> None:
        nonlocal seen
        fresh = report.article_ids[seen:]
        seen = len(report.article_ids)
        print("committed", *fresh, flush=True)

    with SQLiteStore(db) as store:
        ingest([folder], store, progress=progress, batch_size=8)
    print("done", flush=True)


if __name__ == "__main__":
    main()
