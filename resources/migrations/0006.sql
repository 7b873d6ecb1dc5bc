-- 0006: an imported survey answer is stored once (issue 13 item 7). Answers are
-- anonymous, so a row has no natural key: two respondents on the same day may well give
-- the same answers. An imported row is identified by what it says and by how many times
-- the same thing was said before it in its file:
--
--     import_key = 'YYYY-MM-DD|service|u1..u9|n'   e.g. '2026-10-08|1|444344434|2'
--
-- (service empty when not given; n = 1 for the first such row of a file, 2 for the
-- second ...). Importing a file stores each row whose key is not stored yet and skips
-- the others: a corrected file after a partial rejection adds only the rows that were
-- rejected, and two identical answers in one file are both stored. Answers recorded at
-- the counter have no key (NULL). SurveyStore::importKey builds the same text.
ALTER TABLE survey_responses ADD COLUMN import_key TEXT;

-- The rows imported before this migration, numbered in the order they were stored.
UPDATE survey_responses SET import_key = (
    SELECT k.key FROM (
        SELECT id, local_date || '|' || COALESCE(service_number, '') || '|' || u1 || u2 || u3 || u4 || u5 || u6 || u7 || u8 || u9
                   || '|' || ROW_NUMBER() OVER (PARTITION BY local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9 ORDER BY id) AS key
        FROM survey_responses WHERE source = 'import') AS k
    WHERE k.id = survey_responses.id)
WHERE source = 'import';

CREATE UNIQUE INDEX survey_responses_import_key ON survey_responses (import_key) WHERE import_key IS NOT NULL;
