-- Stories and their events (issue 3), as migrations/0002_stories.sql for SQLite.
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT 'clustered',
    algorithms TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    date TEXT
);
CREATE INDEX events_story ON events(story_id);

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    event_id TEXT REFERENCES events(id) ON DELETE SET NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);
