-- 6: outlet names from the feed: an item's own `<source>` (name and site) and its
-- feed's channel title, kept with the item until its page is read

    ALTER TABLE items ADD COLUMN source TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN source_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN channel TEXT NOT NULL DEFAULT '';
