-- 10: the months an alerted development's report said its act is to happen in ("a first
-- trip to Iturup in late July"): the report of the act done then is another report of it
    ALTER TABLE developments ADD COLUMN expected TEXT NOT NULL DEFAULT '[]';
