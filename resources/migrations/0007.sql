-- 0007: one cache rule (issue 14 item 6). The working calendar, the service catalogue
-- and the office settings each carry a version, bumped in the same transaction as a
-- change to them (ConfigVersions::bump). A reader keeps what it parsed while the
-- version stays and reads it again once the version moved, so a second window or a
-- second desk never keeps a stale calendar.
CREATE TABLE config_versions (
    topic TEXT PRIMARY KEY CHECK (topic IN ('calendar', 'catalog', 'settings')),
    version INTEGER NOT NULL CHECK (version >= 1)
);
INSERT INTO config_versions (topic, version) VALUES ('calendar', 1), ('catalog', 1), ('settings', 1);
