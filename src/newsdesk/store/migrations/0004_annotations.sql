-- Extraction results per article (issue 7: extraction as a stored stage). ``document`` is the JSON of the
-- article's ``Annotations`` (newsdesk.store.annotations); ``version`` is the extractor version string
-- (newsdesk.extract.version) it was made with: readers use a row only when the version is theirs. One row
-- per article, replaced when the article is extracted again; written in the transaction of its article.
CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    document TEXT NOT NULL
) WITHOUT ROWID;
