-- 8: a pause a service asked for (Google News's 429), kept across restarts and shared
-- by every process: no request to it before `paused_until`; `backoff` is the last
-- pause in seconds, which the next 429 doubles

    CREATE TABLE pauses (
        name TEXT PRIMARY KEY,
        paused_until TEXT NOT NULL,
        backoff REAL NOT NULL
    );
