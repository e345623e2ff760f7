-- The cleaner version each article was cleaned with, as migrations/0005_cleaner.sql for SQLite.
ALTER TABLE articles ADD COLUMN cleaner TEXT NOT NULL DEFAULT '';
