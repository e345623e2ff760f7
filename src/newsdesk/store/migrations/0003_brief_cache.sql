-- Briefs cached per story and algorithm set. A story id is a hash of its member ids, so a change of members
-- gives a new id; ``corpus`` is a fingerprint of every stored article (id and duplicate link), so any ingest
-- or dedup change invalidates the cached list, and ``position`` keeps the story order of that corpus.
CREATE TABLE brief_cache (
    story_id TEXT NOT NULL,
    algorithms TEXT NOT NULL,
    corpus TEXT NOT NULL,
    position INTEGER NOT NULL,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (story_id, algorithms)
);
CREATE INDEX brief_cache_corpus ON brief_cache(corpus, position);
