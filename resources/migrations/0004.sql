-- 0004: indexes for the performance report (issue 8). The report reads, for the files of
-- a period, only the events that move the service clock; this partial index holds
-- exactly those, with the columns the report needs, so that a year's report does not
-- visit the rows of the (large) events table.
CREATE INDEX events_clock ON events (application_id, id, kind, at, user_id)
    WHERE kind IN ('accepted', 'discretion', 'handed_off', 'claimed', 'paused', 'resumed', 'done', 'cancelled', 'returned');
