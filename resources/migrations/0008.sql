-- 0008: the live office (issue 16).
--
-- An idempotency key on the event an action is known by (the check-in's "registered",
-- a complaint's "complaint_recorded"): a desk that lost its connection while an action
-- was committing asks, once connected again, whether the key is there, and a retry of
-- the same action carries the same key, so it can never be recorded twice. The key is
-- not part of the event's hash: the chain is the same with or without it.
ALTER TABLE events ADD COLUMN action_key TEXT CHECK (action_key IS NULL OR length(action_key) BETWEEN 8 AND 64);
CREATE UNIQUE INDEX events_action_key ON events (action_key) WHERE action_key IS NOT NULL;

-- Who works at which desk: a session from login to logout, kept alive by its PC every
-- half minute (seen_at). A session that stopped being seen without a logout is a PC
-- switched off or crashed; the files its officer still holds are flagged after a while
-- and the supervisor may release them.
CREATE TABLE desk_sessions (
    id INTEGER PRIMARY KEY,
    desk TEXT NOT NULL CHECK (length(desk) BETWEEN 1 AND 60),
    host TEXT NOT NULL DEFAULT '' CHECK (length(host) <= 255),
    user_id INTEGER NOT NULL REFERENCES users(id),
    started_at TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    ended_at TEXT,
    CHECK (seen_at >= started_at),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX desk_sessions_open ON desk_sessions (user_id, ended_at);
