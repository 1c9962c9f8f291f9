-- 2: people who get alerts privately from the bot; switches set by admins (`paused`)

    CREATE TABLE subscribers (
        chat_id TEXT PRIMARY KEY,
        user_name TEXT NOT NULL,
        subscribed_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
