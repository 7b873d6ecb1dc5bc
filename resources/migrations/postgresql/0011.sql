-- 0011 (PostgreSQL): what a "Layanan lain" walk-in asked for (see resources/migrations/0011.sql).
ALTER TABLE visits ADD COLUMN request text NOT NULL DEFAULT '';
