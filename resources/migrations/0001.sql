-- 0001: foundation. Settings and the versioned service catalogue.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Every change of the catalogue is a new row; applications keep the version they were
-- registered under, so history is never rewritten (Pasal 9).
CREATE TABLE catalog_versions (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,          -- UTC, ISO 8601
    created_by INTEGER,                -- users.id once accounts exist; NULL for the built-in seed
    note       TEXT NOT NULL DEFAULT '',
    content    TEXT NOT NULL           -- the catalogue as JSON (docs/catalog-format.md)
);
