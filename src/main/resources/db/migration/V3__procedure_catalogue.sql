-- The catalogue of administrative procedures ("thủ tục hành chính"), synchronised at start-up
-- from bpmn/<procedure>/procedure.yml, and every deployed version of each procedure's process.
CREATE TABLE administrative_procedure (
    code                   VARCHAR(20)  NOT NULL PRIMARY KEY,
    process_key            VARCHAR(100) NOT NULL UNIQUE,
    name_vi                VARCHAR(300) NOT NULL,
    name_en                VARCHAR(300) NOT NULL,
    field_vi               VARCHAR(200) NOT NULL,
    field_en               VARCHAR(200) NOT NULL,
    responsible_agency_vi  VARCHAR(300) NOT NULL,
    responsible_agency_en  VARCHAR(300) NOT NULL,
    receiving_level        VARCHAR(20)  NOT NULL,
    online_level           VARCHAR(10)  NOT NULL,
    fee_vnd                BIGINT       NOT NULL DEFAULT 0,
    fee_note_vi            VARCHAR(500),
    fee_note_en            VARCHAR(500),
    CONSTRAINT procedure_online_level CHECK (online_level IN ('FULL', 'PARTIAL', 'NONE')),
    CONSTRAINT procedure_receiving_level CHECK (receiving_level IN ('PROVINCE', 'DEPARTMENT', 'COMMUNE'))
);

CREATE TABLE procedure_document (
    procedure_code VARCHAR(20)  NOT NULL REFERENCES administrative_procedure (code),
    position       INT          NOT NULL,
    name_vi        VARCHAR(500) NOT NULL,
    name_en        VARCHAR(500) NOT NULL,
    PRIMARY KEY (procedure_code, position)
);

-- One row per deployed process definition of a procedure. Statutory time, steps and
-- hand-overs are read from the BPMN itself, since a simplified version changes them.
CREATE TABLE procedure_version (
    process_definition_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    procedure_code         VARCHAR(20)   NOT NULL REFERENCES administrative_procedure (code),
    version                INT           NOT NULL,
    version_tag            VARCHAR(100),
    statutory_working_days INT           NOT NULL,
    step_count             INT           NOT NULL,
    handover_count         INT           NOT NULL,
    deployed_at            TIMESTAMP     NOT NULL,
    -- the day the version's rules enter into force: dossiers received from then on start on it
    effective_from         DATE          NOT NULL,
    change_note            VARCHAR(1000),
    CONSTRAINT procedure_version_unique UNIQUE (procedure_code, version)
);
