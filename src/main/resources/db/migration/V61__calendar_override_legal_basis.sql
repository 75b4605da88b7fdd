-- The legal basis of an override (the decision or notice that fixed the day, e.g.
-- "Thông báo 6150/TB-LĐTBXH"), shown on the calendar page and carried into the audit record.
-- Empty for overrides entered before the column existed.
ALTER TABLE calendar_override ADD COLUMN legal_basis VARCHAR(300);
