-- Online dossiers delivered by the national portal (Cổng Dịch vụ công quốc gia), one row per
-- portal dossier id: a delivery repeated with the same id answers the dossier created the first
-- time. The row is inserted first in the delivery's transaction, so a second delivery of the same
-- id running at the same moment waits on the key and then finds the first one's dossier.
CREATE TABLE national_portal_inbound (
    portal_dossier_id VARCHAR(60) NOT NULL PRIMARY KEY,
    -- set in the same transaction, once the dossier exists; never seen empty by another one
    dossier_code      VARCHAR(40),
    -- SHA-256 of the delivered body: the same id with other content is refused (409)
    body_sha256       CHAR(64)    NOT NULL,
    -- when the citizen submitted on the portal, province time
    submitted_at      TIMESTAMP   NOT NULL,
    received_at       TIMESTAMP   NOT NULL
);
CREATE UNIQUE INDEX national_portal_inbound_dossier ON national_portal_inbound (dossier_code);
