-- 3: an alert retracted by an admin (`retract`): when, and why; what it taught is
-- no longer read back, and its messages get a 'retract' outbox row (an edit)

    ALTER TABLE alerts ADD COLUMN retracted_at TEXT;
    ALTER TABLE alerts ADD COLUMN retraction TEXT;
    CREATE INDEX alerts_retracted ON alerts (retracted_at);
