-- 11: the days an alerted development's report named ahead for its act (a notice closing
-- a strait on 12-16 May): a later notice naming other days is a development of its own
    ALTER TABLE developments ADD COLUMN dates TEXT NOT NULL DEFAULT '[]';
