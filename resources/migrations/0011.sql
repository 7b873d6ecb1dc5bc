-- 0011: walk-ins for a service whose standard is not set yet (issue 18, Pasal 9).
--
-- "Layanan lain" (service number 99, queue letter X) is served without a promised time;
-- the helpdesk writes what the applicant asked for. '' on every other visit.
ALTER TABLE visits ADD COLUMN request TEXT NOT NULL DEFAULT '';
