-- 7: Google News links resolved to the publisher's URL, so each is asked of Google once

    CREATE TABLE google_links (
        url TEXT PRIMARY KEY,
        publisher_url TEXT NOT NULL,
        resolved_at TEXT NOT NULL
    );
