-- 0005: what the vendor was at each visit (issue 13). A check-in no longer rewrites a
-- vendor's history: the guest book, the file view and every reprint show the company as
-- it was registered at that visit. Changing a stored vendor at the counter is an explicit,
-- confirmed act recorded as a "vendor_changed" event with the old and new values.
ALTER TABLE visits ADD COLUMN vendor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_legal_form TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_npwp TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_email TEXT NOT NULL DEFAULT '';

-- Visits from before: the vendor as it is stored now is the best record there is.
UPDATE visits SET
    vendor_name = COALESCE((SELECT name FROM vendors WHERE vendors.id = visits.vendor_id), ''),
    vendor_legal_form = COALESCE((SELECT legal_form FROM vendors WHERE vendors.id = visits.vendor_id), ''),
    vendor_npwp = COALESCE((SELECT npwp FROM vendors WHERE vendors.id = visits.vendor_id), ''),
    vendor_email = COALESCE((SELECT email FROM vendors WHERE vendors.id = visits.vendor_id), '')
WHERE vendor_id IS NOT NULL;
