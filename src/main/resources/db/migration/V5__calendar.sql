-- Working-day calendar data an administrator edits. Public holidays themselves are computed
-- (Labour Code 2019 Art. 112, lunar dates from the Vietnamese calendar); the table holds the
-- yearly exceptions: extra days off (swaps, the Prime Minister's exact Tết days, new holidays)
-- and working days (a swapped working Saturday, or a computed holiday cancelled).
CREATE TABLE calendar_override (
    override_day DATE        NOT NULL PRIMARY KEY,
    kind    VARCHAR(12)  NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    CONSTRAINT calendar_override_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);

-- Office hours of an agency on a weekday (1 = Monday .. 7 = Sunday) when they differ from the
-- default (07:00-11:30, 13:30-17:00), e.g. "07:30-11:30,13:00-17:00".
CREATE TABLE office_hours (
    agency_code VARCHAR(12) NOT NULL REFERENCES agency (code),
    day_of_week INT         NOT NULL,
    periods     VARCHAR(100) NOT NULL,
    PRIMARY KEY (agency_code, day_of_week),
    CONSTRAINT office_hours_day CHECK (day_of_week BETWEEN 1 AND 7)
);
