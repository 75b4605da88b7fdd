-- The province's organisation as a configurable tree (two-tier local government since
-- 1 July 2025: province -> departments, and communes/wards). Codes appear in dossier codes
-- and in task group names ("{code}.{role}"), so they are short, upper-case and stable.
CREATE TABLE agency (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(12)  REFERENCES agency (code),
    kind        VARCHAR(20)  NOT NULL,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT agency_kind CHECK (kind IN ('PROVINCE', 'DEPARTMENT', 'COMMUNE'))
);

-- The pilot province's initial organisation; administrators extend it.
INSERT INTO agency (code, parent_code, kind, name_vi, name_en, sort_order) VALUES
    ('TINH', NULL,   'PROVINCE',   'Ủy ban nhân dân tỉnh',         'Provincial People''s Committee', 0),
    ('STC',  'TINH', 'DEPARTMENT', 'Sở Tài chính',                 'Department of Finance',          10),
    ('SXD',  'TINH', 'DEPARTMENT', 'Sở Xây dựng',                  'Department of Construction',     20),
    ('SYT',  'TINH', 'DEPARTMENT', 'Sở Y tế',                      'Department of Health',           30),
    ('XPV',  'TINH', 'COMMUNE',    'Ủy ban nhân dân xã Phước Vĩnh', 'Phuoc Vinh Commune',            100),
    ('PTH',  'TINH', 'COMMUNE',    'Ủy ban nhân dân phường Thuận Hòa', 'Thuan Hoa Ward',              110);
