-- Every document the system issues (forms 01–07, results): the exact signed PDF as handed out,
-- its SHA-256 (also in the audit trail) and what the public verification page may show. Rows are
-- written once and never updated: a change to a document is a new document with a new id.
CREATE TABLE issued_document (
    -- random, unguessable: the QR code's verification address carries it
    id            VARCHAR(36)  PRIMARY KEY,
    -- form number ("01" … "07") or "KQ" for a result
    kind          VARCHAR(8)   NOT NULL,
    document_name VARCHAR(200) NOT NULL,
    -- null for the logbook (form 07), which covers many dossiers
    dossier_code  VARCHAR(40),
    -- what the document was issued from (a transition, a period): the same source issues it once
    source_key    VARCHAR(120) NOT NULL,
    issued_at     TIMESTAMP    NOT NULL,
    signer        VARCHAR(100) NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT issued_document_source UNIQUE (kind, source_key)
);
CREATE INDEX issued_document_dossier ON issued_document (dossier_code, kind);
