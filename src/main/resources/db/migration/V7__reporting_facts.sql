-- Reporting facts, written in the transaction of the change that produces them. Reports
-- read these (and live dossier state for pending work), never the engine's history tables.

-- One row per resolved dossier.
CREATE TABLE dossier_fact (
    dossier_code           VARCHAR(40)  NOT NULL PRIMARY KEY,
    procedure_code         VARCHAR(20)  NOT NULL,
    process_definition_id  VARCHAR(64)  NOT NULL,
    version                INT          NOT NULL,
    version_tag            VARCHAR(100),
    statutory_working_days INT          NOT NULL,
    agency_code            VARCHAR(12)  NOT NULL,
    channel                VARCHAR(10)  NOT NULL,
    received_at            TIMESTAMP    NOT NULL,
    received_day           DATE         NOT NULL,
    original_due_at        TIMESTAMP    NOT NULL,
    due_at                 TIMESTAMP    NOT NULL,
    resolved_at            TIMESTAMP    NOT NULL,
    resolved_day           DATE         NOT NULL,
    result                 VARCHAR(10)  NOT NULL,
    timeliness             VARCHAR(10)  NOT NULL,
    -- working time from the start of the count to the resolution, pauses excluded
    working_minutes        INT          NOT NULL,
    paused_minutes         INT          NOT NULL
);
CREATE INDEX dossier_fact_resolved ON dossier_fact (resolved_day, procedure_code, agency_code);
CREATE INDEX dossier_fact_definition ON dossier_fact (process_definition_id);

-- One row per completed step: the dossier's STEP_COMPLETED transitions are those rows already
-- (written in the step's transaction); this view gives them the reporting shape.
CREATE VIEW step_fact AS
SELECT t.id, t.dossier_code, d.procedure_code, d.process_definition_id, t.step_id, t.step_name,
       t.agency_code, t.started_at, t.occurred_at AS completed_at, CAST(t.occurred_at AS DATE) AS completed_day,
       t.due_at, t.on_time, t.outcome, t.working_minutes
FROM dossier_transition t
JOIN dossier d ON d.code = t.dossier_code
WHERE t.action = 'STEP_COMPLETED';
CREATE INDEX dossier_transition_step ON dossier_transition (action, step_id);
