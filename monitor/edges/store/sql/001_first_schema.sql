-- 1: the first schema
-- (The header's lines are not run; the statements below are run as written, split at
-- semicolons, and their indentation is kept: SQLite stores a table's text as given.)

    CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        first_polled_at TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT
    );
    CREATE TABLE items (
        feed_id TEXT NOT NULL,
        key TEXT NOT NULL,
        link TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        published TEXT,
        seen_at TEXT NOT NULL,
        state TEXT NOT NULL,            -- new | done | skipped
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        PRIMARY KEY (feed_id, key)
    );
    CREATE INDEX items_pending ON items (state, next_attempt_at);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        canonical_url TEXT,
        feed_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        outlet TEXT NOT NULL,
        from_feed_only INTEGER NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL,
        rules TEXT NOT NULL,
        development_id TEXT,
        alert_id INTEGER,
        assessed_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_canonical ON articles (canonical_url);
    CREATE TABLE developments (
        id TEXT PRIMARY KEY,
        alert_id INTEGER NOT NULL,
        published TEXT NOT NULL,
        signature TEXT NOT NULL,
        events TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        status_change TEXT
    );
    CREATE INDEX developments_published ON developments (published);
    CREATE TABLE learned_facts (
        id TEXT PRIMARY KEY,
        development_id TEXT NOT NULL,
        date TEXT NOT NULL,
        summary TEXT NOT NULL,
        entities TEXT NOT NULL,
        event TEXT,
        source TEXT NOT NULL
    );
    CREATE TABLE status_moves (
        id INTEGER PRIMARY KEY,
        status_id TEXT NOT NULL,
        state TEXT NOT NULL,
        since TEXT,
        source TEXT NOT NULL,
        said_by TEXT NOT NULL,
        development_id TEXT NOT NULL
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        development_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        article_url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        rule TEXT NOT NULL,
        diff TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE alert_sources (
        alert_id INTEGER NOT NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (alert_id, url)
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL,
        chat_id TEXT NOT NULL,
        action TEXT NOT NULL,          -- send | update
        state TEXT NOT NULL,           -- pending | sent | failed
        message_ids TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT
    );
    CREATE INDEX outbox_pending ON outbox (state, id);
    CREATE TABLE chats (
        chat_id TEXT PRIMARY KEY,
        blocked_until TEXT
    );
