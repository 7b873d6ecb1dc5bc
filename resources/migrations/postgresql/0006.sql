-- 0006 (PostgreSQL): an imported survey answer is stored once (see
-- resources/migrations/0006.sql for the key: 'YYYY-MM-DD|service|u1..u9|n').
ALTER TABLE survey_responses ADD COLUMN import_key text;

UPDATE survey_responses SET import_key = k.key
FROM (SELECT id, to_char(local_date, 'YYYY-MM-DD') || '|' || COALESCE(service_number::text, '') || '|'
             || u1 || u2 || u3 || u4 || u5 || u6 || u7 || u8 || u9 || '|'
             || ROW_NUMBER() OVER (PARTITION BY local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9 ORDER BY id) AS key
      FROM survey_responses WHERE source = 'import') AS k
WHERE k.id = survey_responses.id;

CREATE UNIQUE INDEX survey_responses_import_key ON survey_responses (import_key) WHERE import_key IS NOT NULL;
