-- 0007 (PostgreSQL): one cache rule (see resources/migrations/0007.sql). The calendar,
-- the catalogue and the settings each carry a version, bumped with every change.
CREATE TABLE config_versions (
    topic text PRIMARY KEY CHECK (topic IN ('calendar', 'catalog', 'settings')),
    version bigint NOT NULL CHECK (version >= 1)
);
INSERT INTO config_versions (topic, version) VALUES ('calendar', 1), ('catalog', 1), ('settings', 1);
