-- 0009: the waiting room (issue 17).
--
-- A visitor who needs it is served first: lansia (elderly), disabilitas, ibu hamil, as
-- public services in Indonesia give them. Marked at check-in; '' for everybody else.
ALTER TABLE visits ADD COLUMN priority TEXT NOT NULL DEFAULT '' CHECK (priority IN ('', 'elderly', 'disability', 'pregnant'));

-- Every call of a queue number to a desk, every repeat of it, and every visitor set
-- aside as not present: the board's only source. It holds queue numbers and desks,
-- never a name, NIK or company (the display's role may read this table and nothing
-- personal). Each row is also an event of the chain (who called, when); the row is
-- what the board and the waiting line read fast.
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    local_date TEXT NOT NULL,              -- the queue's day (the visit's)
    queue_number TEXT NOT NULL CHECK (length(queue_number) BETWEEN 1 AND 16),
    service_number INTEGER NOT NULL,
    desk TEXT NOT NULL CHECK (length(desk) BETWEEN 1 AND 60),
    called_at TEXT NOT NULL,
    called_by INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'recall', 'no_show')),
    purpose TEXT NOT NULL CHECK (purpose IN ('serve', 'collect')),
    out_of_turn INTEGER NOT NULL DEFAULT 0 CHECK (out_of_turn IN (0, 1))
);
CREATE INDEX calls_day ON calls (local_date, id);
CREATE INDEX calls_visit ON calls (visit_id, id);
