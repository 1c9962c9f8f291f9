-- 5: retention (`prune`). An article's text may be emptied after a while
-- (`text_pruned_at` says when); a decision that raised no alert may be deleted, its URLs
-- kept in `seen_urls` so that the same link is never assessed as new again.

    ALTER TABLE articles ADD COLUMN text_pruned_at TEXT;
    CREATE TABLE seen_urls (
        url TEXT PRIMARY KEY,
        decision TEXT NOT NULL,
        forgotten_at TEXT NOT NULL
    );
