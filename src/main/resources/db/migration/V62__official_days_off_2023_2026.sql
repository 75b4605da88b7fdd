-- The government's actual day-off arrangements for civil servants (công chức, viên chức) in
-- 2023-2026, beyond what the Labour Code 2019 Art. 112 computation already gives: the Tết days
-- the Prime Minister chose (a day off before Tết instead of a compensation day after it) and the
-- working days swapped to bridge a holiday. Days the computation already gets right are not here
-- (e.g. 2023's 29/4-3/5 and 1/9-4/9, 2024's 31/8-3/9, Tết 2026 from 14/2 to 22/2).
-- A day an administrator has already overridden is left as it is: the PRIMARY KEY is the day,
-- and an administrator's decision wins over shipped data.
INSERT INTO calendar_override (override_day, kind, name_vi, name_en, legal_basis)
SELECT v.override_day, v.kind, v.name_vi, v.name_en, v.legal_basis
FROM (VALUES
    -- Tết Quý Mão: off from Friday 20/1 (29 Chạp) to Thursday 26/1 (mùng 5); Friday 27/1 is worked
    (DATE '2023-01-20', 'DAY_OFF', 'Nghỉ Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year holiday (29th of the 12th month)',
     'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Thủ tướng đồng ý nghỉ Tết từ 20/01 đến hết 26/01/2023)'),
    (DATE '2023-01-27', 'WORKING_DAY', 'Ngày làm việc (nghỉ bù Tết đã chuyển lên 20/01)', 'Working day (the Tết compensation day moved to 20 January)',
     'Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Thủ tướng đồng ý nghỉ Tết từ 20/01 đến hết 26/01/2023)'),
    -- Tết Giáp Thìn: off from Thursday 8/2 (29 Chạp) to Wednesday 14/2 (mùng 5); Thursday 15/2 is worked
    (DATE '2024-02-08', 'DAY_OFF', 'Nghỉ Tết Nguyên đán (29 tháng Chạp)', 'Lunar New Year holiday (29th of the 12th month)',
     'Công văn 8662/VPCP-KGVX ngày 03/11/2023 (Thủ tướng đồng ý nghỉ Tết từ 08/02 đến hết 14/02/2024)'),
    (DATE '2024-02-15', 'WORKING_DAY', 'Ngày làm việc (nghỉ bù Tết đã chuyển lên 08/02)', 'Working day (the Tết compensation day moved to 8 February)',
     'Công văn 8662/VPCP-KGVX ngày 03/11/2023 (Thủ tướng đồng ý nghỉ Tết từ 08/02 đến hết 14/02/2024)'),
    -- 30/4-1/5: Monday 29/4 off, worked on Saturday 4/5
    (DATE '2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/5)', 'Swapped day off for 30 April – 1 May (worked on Saturday 4 May)',
     'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 – 1/5/2024)'),
    (DATE '2024-05-04', 'WORKING_DAY', 'Làm bù thứ Bảy cho ngày nghỉ 29/4', 'Working Saturday in exchange for 29 April',
     'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 – 1/5/2024)'),
    -- Tết Ất Tỵ: nine days from Saturday 25/1 (26 Chạp) to Sunday 2/2 (mùng 5); Monday 3/2 is worked
    (DATE '2025-01-27', 'DAY_OFF', 'Nghỉ Tết Nguyên đán (28 tháng Chạp)', 'Lunar New Year holiday (28th of the 12th month)',
     'Thông báo 6150/TB-LĐTBXH, theo Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ Tết từ 25/01 đến hết 02/02/2025)'),
    (DATE '2025-02-03', 'WORKING_DAY', 'Ngày làm việc (nghỉ bù Tết đã chuyển lên 27/01)', 'Working day (the Tết compensation day moved to 27 January)',
     'Thông báo 6150/TB-LĐTBXH, theo Công văn 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ Tết từ 25/01 đến hết 02/02/2025)'),
    -- 30/4-1/5: Friday 2/5 off, worked on Saturday 26/4
    (DATE '2025-04-26', 'WORKING_DAY', 'Làm bù thứ Bảy cho ngày nghỉ 02/5', 'Working Saturday in exchange for 2 May',
     'Thông báo 6150/TB-LĐTBXH, theo Công văn 8726/VPCP-KGVX ngày 26/11/2024 (hoán đổi ngày làm việc dịp 30/4 – 1/5/2025)'),
    (DATE '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4)', 'Swapped day off for 30 April – 1 May (worked on Saturday 26 April)',
     'Thông báo 6150/TB-LĐTBXH, theo Công văn 8726/VPCP-KGVX ngày 26/11/2024 (hoán đổi ngày làm việc dịp 30/4 – 1/5/2025)'),
    -- New Year: Friday 2/1 off, worked on Saturday 10/1
    (DATE '2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)', 'Swapped day off for New Year (worked on Saturday 10 January)',
     'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)'),
    (DATE '2026-01-10', 'WORKING_DAY', 'Làm bù thứ Bảy cho ngày nghỉ 02/01', 'Working Saturday in exchange for 2 January',
     'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)')
) AS v (override_day, kind, name_vi, name_en, legal_basis)
WHERE NOT EXISTS (SELECT 1 FROM calendar_override o WHERE o.override_day = v.override_day);
