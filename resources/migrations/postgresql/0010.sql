-- 0010 (PostgreSQL): catalogue versions imported by the administrator (see resources/migrations/0010.sql).
ALTER TABLE catalog_versions ADD COLUMN effective_from date;
ALTER TABLE catalog_versions ADD COLUMN regulation text NOT NULL DEFAULT '';
ALTER TABLE catalog_versions ADD COLUMN imported_by text NOT NULL DEFAULT '';
