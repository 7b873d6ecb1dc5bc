-- 0005 (PostgreSQL): what the vendor was at each visit (see resources/migrations/0005.sql).
ALTER TABLE visits ADD COLUMN vendor_name text NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_legal_form text NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_npwp text NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN vendor_email text NOT NULL DEFAULT '';

UPDATE visits SET
    vendor_name = COALESCE(v.name, ''),
    vendor_legal_form = COALESCE(v.legal_form, ''),
    vendor_npwp = COALESCE(v.npwp, ''),
    vendor_email = COALESCE(v.email, '')
FROM vendors v WHERE v.id = visits.vendor_id;
