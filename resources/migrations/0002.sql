-- 0002: the counter workflow. Staff, vendors, the guest book, applications with their
-- checklists, and the append-only event log from which every time is derived.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    full_name       TEXT NOT NULL,
    nip             TEXT NOT NULL DEFAULT '',
    password_hash   TEXT NOT NULL,           -- Argon2id (libsodium crypto_pwhash_str)
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT                     -- UTC; login refused before it
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL CHECK (role IN ('helpdesk', 'verifikator', 'admin_sistem', 'kasubbag', 'kepala_bagian', 'administrator')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

CREATE TABLE vendors (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    legal_form    TEXT NOT NULL DEFAULT '',
    npwp          TEXT UNIQUE,               -- digits only: 15, 16 or 22 (NITKU)
    nib           TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    spse_user_id  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX vendors_name ON vendors (name COLLATE NOCASE);

-- The guest book (buku tamu): one row per walk-in.
CREATE TABLE visits (
    id                       INTEGER PRIMARY KEY,
    arrived_at               TEXT NOT NULL,  -- UTC
    local_date               TEXT NOT NULL,  -- YYYY-MM-DD in the office's time zone: the queue's day
    queue_letter             TEXT NOT NULL,
    queue_seq                INTEGER NOT NULL,
    applicant_name           TEXT NOT NULL,
    applicant_nik            TEXT NOT NULL DEFAULT '',
    applicant_phone          TEXT NOT NULL DEFAULT '',
    standing                 TEXT NOT NULL CHECK (standing IN ('head', 'proxy')),
    vendor_id                INTEGER REFERENCES vendors(id),
    service_number           INTEGER NOT NULL,
    note                     TEXT NOT NULL DEFAULT '',
    helpdesk_user_id         INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (local_date, queue_letter, queue_seq)
);
CREATE INDEX visits_vendor ON visits (vendor_id, arrived_at);
CREATE INDEX visits_nik ON visits (applicant_nik);

-- One visit's file for one service.
CREATE TABLE applications (
    id                       INTEGER PRIMARY KEY,
    number                   TEXT NOT NULL UNIQUE,   -- printed on receipts and in the QR code
    visit_id                 INTEGER NOT NULL UNIQUE REFERENCES visits(id),
    service_number           INTEGER NOT NULL,
    catalog_version          INTEGER NOT NULL REFERENCES catalog_versions(id),
    handled_by               TEXT NOT NULL,           -- the role from the catalogue version
    status                   TEXT NOT NULL CHECK (status IN ('registered', 'checking', 'returned', 'accepted', 'queued',
                                                             'in_progress', 'paused', 'rejected_back', 'done', 'cancelled')),
    claimed_by               INTEGER REFERENCES users(id),
    previous_application_id  INTEGER REFERENCES applications(id),
    outcome                  TEXT NOT NULL DEFAULT '',
    discretion               INTEGER NOT NULL DEFAULT 0,
    created_at               TEXT NOT NULL,
    accepted_at              TEXT,                    -- UTC; the service clock starts here
    finished_at              TEXT,
    -- Derived from the events and the calendar; recomputed on every pause, resume and
    -- calendar edit. Kept for the queues' order and colour, never as a counter.
    due_at                   TEXT
);
CREATE INDEX applications_queue ON applications (status, handled_by, accepted_at);
CREATE INDEX applications_previous ON applications (previous_application_id);

CREATE TABLE checklist_items (
    application_id     INTEGER NOT NULL REFERENCES applications(id),
    requirement_id     TEXT NOT NULL,
    position           INTEGER NOT NULL,
    label              TEXT NOT NULL,
    needed             TEXT NOT NULL,
    original_required  INTEGER NOT NULL,
    copy_required      INTEGER NOT NULL,
    validity_required  INTEGER NOT NULL,
    original_seen      INTEGER NOT NULL DEFAULT 0,
    copy_received      INTEGER NOT NULL DEFAULT 0,
    valid_until        TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD
    note               TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (application_id, requirement_id)
) WITHOUT ROWID;

-- Append-only. Each row is chained to the previous one by SHA-256 (tamper evidence).
CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,                  -- UTC
    user_id          INTEGER REFERENCES users(id),
    kind             TEXT NOT NULL,
    application_id   INTEGER REFERENCES applications(id),
    visit_id         INTEGER REFERENCES visits(id),
    from_status      TEXT NOT NULL DEFAULT '',
    to_status        TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT '',
    data             TEXT NOT NULL DEFAULT '{}',     -- JSON details
    prev_hash        TEXT NOT NULL,
    hash             TEXT NOT NULL
);
CREATE INDEX events_application ON events (application_id, id);
CREATE INDEX events_visit ON events (visit_id, id);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
