-- The cleaner version (newsdesk.clean.version) each article was cleaned with: re-reading a record stored by
-- another version cleans it again and replaces the article's text and sentences (its id, a hash of the raw
-- record, stays). Articles stored before this migration have '' and are cleaned again on their next ingest.
ALTER TABLE articles ADD COLUMN cleaner TEXT NOT NULL DEFAULT '';
