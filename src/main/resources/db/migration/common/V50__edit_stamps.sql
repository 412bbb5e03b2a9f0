-- Issue 8 (lost updates): who changed a record last, so that a stale save is refused with when and by whom.
ALTER TABLE enterprise_profile ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE self_inspection ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE safety_staff ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE safety_staff ADD COLUMN updated_by VARCHAR(200);
