-- 9: what an alerted development is about, as content words in every language its
-- reports were read in (monitor/core/subjects.py): a later halt or lifting of it is
-- recognised by them; a report attached to the alert adds its own
    ALTER TABLE developments ADD COLUMN words TEXT NOT NULL DEFAULT '[]';
