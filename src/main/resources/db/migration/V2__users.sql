-- Staff accounts. Roles are a comma-separated subset of
-- RECEPTION, SPECIALIST, LEADER, AUDITOR, ANALYST, ADMIN; a clerk's task groups are
-- derived as "{agency_code}.{role}" (e.g. XPV.specialist).
CREATE TABLE app_user (
    username      VARCHAR(50)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    agency_code   VARCHAR(12)  NOT NULL REFERENCES agency (code),
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  TIMESTAMP
);
