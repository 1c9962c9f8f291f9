-- 4: exactly once across processes. An outbox row is claimed by one process (owner and
-- lease) before it is worked on, and `sending_at` records that a new message is being
-- posted until its outcome is recorded; a row whose outcome nobody recorded is held
-- ('unconfirmed') for an admin instead of being posted again. `leases` holds the cycle
-- lease: one poll/decide/deliver cycle at a time per database.

    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
    ALTER TABLE outbox ADD COLUMN sending_at TEXT;
    CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
