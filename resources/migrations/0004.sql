-- 0004: what the performance report (issue 8) needs of each file, on the file itself, so
-- that a year's report reads one row per file instead of every event of the year.
-- The events stay the record; these columns are written in the same transaction as the
-- event they summarise, and filled here from the events for the files already there.
ALTER TABLE applications ADD COLUMN accepted_by INTEGER REFERENCES users(id);  -- the latest acceptance
ALTER TABLE applications ADD COLUMN claimed_at TEXT;                            -- the latest claim (UTC)
ALTER TABLE applications ADD COLUMN finished_by INTEGER REFERENCES users(id);  -- who returned, finished or cancelled it
-- The service clock as it stood when the file was done: working seconds used (pauses
-- excluded) and whether the promise was met, the figures its completion proof printed.
-- NULL for files finished before this migration: the report computes those.
ALTER TABLE applications ADD COLUMN service_seconds INTEGER;
ALTER TABLE applications ADD COLUMN met INTEGER;

UPDATE applications SET
    accepted_by = (SELECT e.user_id FROM events e WHERE e.application_id = applications.id
                   AND e.kind IN ('accepted', 'discretion') ORDER BY e.id DESC LIMIT 1),
    claimed_at = (SELECT e.at FROM events e WHERE e.application_id = applications.id
                  AND e.kind = 'claimed' ORDER BY e.id DESC LIMIT 1),
    finished_by = (SELECT e.user_id FROM events e WHERE e.application_id = applications.id
                   AND e.kind IN ('returned', 'done', 'cancelled') ORDER BY e.id DESC LIMIT 1);

-- The few events the report still reads: pauses (with their reasons) and returns (with
-- the missing papers), with every column it reads, so that a year's report does not
-- visit the (large) events table at all.
CREATE INDEX events_report ON events (application_id, id, kind, at, user_id, data)
    WHERE kind IN ('paused', 'resumed', 'returned');
