-- Extraction results per article, as migrations/0004_annotations.sql for SQLite.
CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    document TEXT NOT NULL
);
