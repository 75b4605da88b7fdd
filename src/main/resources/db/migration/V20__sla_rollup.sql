-- Daily rollup of the SLA report's flow figures per procedure x agency x channel, maintained by
-- the reporting module in the transaction of each change (receipt, resolution, closure), so a
-- report over a year reads a few thousand rows instead of every dossier. The month is stored
-- so that grouping by month needs no date function (the same SQL on H2 and PostgreSQL).
CREATE TABLE sla_daily (
    report_day     DATE        NOT NULL,
    report_month   VARCHAR(7)  NOT NULL,
    procedure_code   VARCHAR(20) NOT NULL,
    agency_code      VARCHAR(12) NOT NULL,
    channel          VARCHAR(10) NOT NULL,
    received         INT         NOT NULL DEFAULT 0,
    resolved_early   INT         NOT NULL DEFAULT 0,
    resolved_on_time INT         NOT NULL DEFAULT 0,
    resolved_late    INT         NOT NULL DEFAULT 0,
    -- resolved with a reasoned refusal (a subset of the three above)
    refused          INT         NOT NULL DEFAULT 0,
    not_accepted     INT         NOT NULL DEFAULT 0,
    withdrawn        INT         NOT NULL DEFAULT 0,
    stopped          INT         NOT NULL DEFAULT 0,
    -- sum of the resolved dossiers' working minutes (pauses excluded), for the average
    working_minutes  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (report_day, procedure_code, agency_code, channel)
);

-- Resolved dossiers per day and key by duration, in tenths of a working day (rounded up):
-- the p90 of any period is read from these counts without touching the dossiers.
CREATE TABLE sla_daily_duration (
    report_day     DATE        NOT NULL,
    report_month   VARCHAR(7)  NOT NULL,
    procedure_code VARCHAR(20) NOT NULL,
    agency_code    VARCHAR(12) NOT NULL,
    channel        VARCHAR(10) NOT NULL,
    tenth_days     INT         NOT NULL,
    dossiers       INT         NOT NULL,
    PRIMARY KEY (report_day, procedure_code, agency_code, channel, tenth_days)
);

-- Pending work at a past instant and the drill-down lists of closures read the live dossiers.
CREATE INDEX dossier_resolved_at ON dossier (resolved_at);
CREATE INDEX dossier_closed_at ON dossier (closed_at);
CREATE INDEX dossier_fact_day_timeliness ON dossier_fact (resolved_day, timeliness);
