-- 0003: what the public says back (Pasal 8; PermenPAN-RB 14/2017). Complaints, whose
-- every step is an event; suggestions; the satisfaction survey's answers.

-- A written complaint with the elements of Pasal 8 ayat (4). Missing elements are kept
-- empty (the complaint is then incomplete, and the acknowledgement says what is missing).
-- Deadlines are not stored: they are derived from received_date and the calendar.
CREATE TABLE complaints (
    id                    INTEGER PRIMARY KEY,
    number                TEXT NOT NULL UNIQUE,          -- ADU-2026-0001
    year                  INTEGER NOT NULL,
    seq                   INTEGER NOT NULL,
    received_at           TEXT NOT NULL,                 -- UTC
    received_date         TEXT NOT NULL,                 -- YYYY-MM-DD, local: deadlines count from this day
    channel               TEXT NOT NULL CHECK (channel IN ('langsung', 'kotak_saran', 'email_media_ti', 'sp4n_lapor')),
    lapor_reference       TEXT NOT NULL DEFAULT '',      -- SP4N-LAPOR! tracking number
    complainant_name      TEXT NOT NULL DEFAULT '',      -- (a)
    complainant_address   TEXT NOT NULL DEFAULT '',      -- (a)
    contact               TEXT NOT NULL DEFAULT '',
    not_per_standard      TEXT NOT NULL DEFAULT '',      -- (b) what did not follow the standard
    material_loss         TEXT NOT NULL DEFAULT '',      -- (b)
    immaterial_loss       TEXT NOT NULL DEFAULT '',      -- (b)
    resolution_requested  TEXT NOT NULL DEFAULT '',      -- (c)
    place                 TEXT NOT NULL DEFAULT '',      -- (d)
    submitted_at          TEXT,                          -- (d) UTC; NULL when the complaint does not say
    signed                INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)), -- (d)
    application_id        INTEGER REFERENCES applications(id),
    visit_id              INTEGER REFERENCES visits(id),
    service_date          TEXT NOT NULL DEFAULT '',      -- YYYY-MM-DD the service was received: the 30-day window
    window_decision       TEXT NOT NULL DEFAULT '' CHECK (window_decision IN ('', 'accepted_late', 'refused')),
    window_reason         TEXT NOT NULL DEFAULT '',
    stage                 TEXT NOT NULL CHECK (stage IN ('diterima', 'cek_administrasi', 'koordinasi', 'ditanggapi',
                                                         'selesai', 'ditolak')),
    acknowledgement_text  TEXT NOT NULL DEFAULT '',      -- Pasal 8 ayat (5): complete or not, and what is missing
    acknowledged_at       TEXT,                          -- UTC
    coordination_note     TEXT NOT NULL DEFAULT '',
    response_text         TEXT NOT NULL DEFAULT '',
    responded_at          TEXT,                          -- UTC
    resolution_text       TEXT NOT NULL DEFAULT '',
    finished_at           TEXT,                          -- UTC: selesai or ditolak
    recorded_by           INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (year, seq)
);
CREATE INDEX complaints_stage ON complaints (stage, received_date);
CREATE INDEX complaints_application ON complaints (application_id);

ALTER TABLE events ADD COLUMN complaint_id INTEGER REFERENCES complaints(id);
CREATE INDEX events_complaint ON events (complaint_id, id);

-- Saran dan masukan: short entries, exportable to CSV.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY,
    local_date   TEXT NOT NULL,                          -- YYYY-MM-DD
    channel      TEXT NOT NULL CHECK (channel IN ('langsung', 'kotak_saran', 'email_media_ti', 'sp4n_lapor')),
    contact      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES users(id),
    created_at   TEXT NOT NULL                           -- UTC
);
CREATE INDEX suggestions_date ON suggestions (local_date);

-- One respondent's answers to the SKM. u1..u9 follow the element order of
-- reference-data.md: persyaratan, prosedur, waktu, biaya, produk, kompetensi,
-- perilaku, penanganan pengaduan, sarana. Anonymous: no link to a visit or a person.
CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    local_date      TEXT NOT NULL,                       -- YYYY-MM-DD
    service_number  INTEGER,                             -- catalogue number; NULL when not given
    u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    gender          TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'L', 'P')),
    age_band        TEXT NOT NULL DEFAULT '',
    education       TEXT NOT NULL DEFAULT '',
    occupation      TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL CHECK (source IN ('counter', 'import')),
    import_batch    TEXT NOT NULL DEFAULT '',            -- SHA-256 of the imported file: the same file is not counted twice
    created_at      TEXT NOT NULL                        -- UTC
);
CREATE INDEX survey_responses_date ON survey_responses (local_date, service_number);
CREATE INDEX survey_responses_batch ON survey_responses (import_batch);
