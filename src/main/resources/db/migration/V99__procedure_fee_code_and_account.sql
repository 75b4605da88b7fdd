-- A procedure that charges a fee names it as the national payment platform needs it: the fee's
-- code (MaPhiLePhi) and the account the money is paid into (TKThuHuong). Both come from
-- procedure.yml; a free procedure has neither.
ALTER TABLE administrative_procedure ADD COLUMN fee_code VARCHAR(50);
ALTER TABLE administrative_procedure ADD COLUMN fee_account VARCHAR(34);
