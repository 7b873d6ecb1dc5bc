-- 0004 (PostgreSQL): what the performance report needs of each file, on the file itself
-- (see resources/migrations/0004.sql). The events stay the record.
ALTER TABLE applications ADD COLUMN accepted_by bigint REFERENCES users(id);  -- the latest acceptance
ALTER TABLE applications ADD COLUMN claimed_at timestamptz;                    -- the latest claim
ALTER TABLE applications ADD COLUMN finished_by bigint REFERENCES users(id);  -- who returned, finished or cancelled it
-- The service clock as it stood when the file was done: working seconds used (pauses
-- excluded) and whether the promise was met, the figures its completion proof printed.
ALTER TABLE applications ADD COLUMN service_seconds bigint;
ALTER TABLE applications ADD COLUMN met bigint;

UPDATE applications SET
    accepted_by = (SELECT e.user_id FROM events e WHERE e.application_id = applications.id
                   AND e.kind IN ('accepted', 'discretion') ORDER BY e.id DESC LIMIT 1),
    claimed_at = (SELECT e.at FROM events e WHERE e.application_id = applications.id
                  AND e.kind = 'claimed' ORDER BY e.id DESC LIMIT 1),
    finished_by = (SELECT e.user_id FROM events e WHERE e.application_id = applications.id
                   AND e.kind IN ('returned', 'done', 'cancelled') ORDER BY e.id DESC LIMIT 1);

-- The few events the report still reads (pauses with their reasons, returns with the
-- missing papers), with the columns it reads.
CREATE INDEX events_report ON events (application_id, id, kind, at, user_id)
    WHERE kind IN ('paused', 'resumed', 'returned');
