-- PostgreSQL dialect of 0001_initial.sql: the same tables; FTS5 becomes a stored tsvector with a GIN index.
CREATE TABLE articles (
    rowid BIGSERIAL UNIQUE,
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT,
    title TEXT,
    published TEXT,
    url TEXT,
    author TEXT,
    external_id TEXT,
    text TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    removed TEXT NOT NULL DEFAULT '[]',
    run_id INTEGER,
    ingested_at TEXT NOT NULL,
    fts TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_fts ON articles USING GIN (fts);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    i INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, i)
);

CREATE TABLE runs (
    id SERIAL PRIMARY KEY,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    counts TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE rejections (
    rowid BIGSERIAL PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX rejections_run ON rejections(run_id);
