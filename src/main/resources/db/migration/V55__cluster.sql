-- Two or more application nodes on one database (docs/adr/0010-cluster-sessions-locks.md).
-- One file for H2 and PostgreSQL: only types both understand.

-- HTTP sessions (Spring Session JDBC): a clerk signed in through one node keeps working through
-- another. Spring Session's own schema, created here so that no node runs DDL at start-up.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Scheduled jobs run by one node per run (ShedLock, JDBC provider).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- Misses at the public lookup per client address, counted by every node together.
CREATE TABLE lookup_miss (
    client       VARCHAR(64) NOT NULL PRIMARY KEY,
    misses       INT         NOT NULL,
    window_start TIMESTAMP   NOT NULL
);
CREATE INDEX lookup_miss_window ON lookup_miss (window_start);

-- Generation counters of cached reference data: a change bumps its counter in its own
-- transaction, and every node's cache of that data notices within a second.
CREATE TABLE cache_generation (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    generation BIGINT      NOT NULL
);
INSERT INTO cache_generation (name, generation) VALUES ('procedure', 0);
INSERT INTO cache_generation (name, generation) VALUES ('procedure_version', 0);
INSERT INTO cache_generation (name, generation) VALUES ('calendar_override', 0);
