-- 0010: catalogue versions imported by the administrator (issue 18, Pasal 9).
--
-- A new standard is set by a new regulation and is in force from a date: the version in
-- force on a day is the one with the latest effective date on or before it (the later
-- import among those of one date). NULL: in force from the start (the built-in
-- catalogue and every version stored before this migration). The regulation that set
-- the version, and who imported it as shown then (the importer's name; created_by keeps
-- the account when there is one).
ALTER TABLE catalog_versions ADD COLUMN effective_from TEXT CHECK (effective_from IS NULL OR length(effective_from) = 10);
ALTER TABLE catalog_versions ADD COLUMN regulation TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_versions ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
