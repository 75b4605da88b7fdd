-- Audit records are sealed with HMAC-SHA256 under a key the database does not hold (ADR 0007):
-- seal_key names the key, nonce makes every record unique, entry_mac vouches at insert time
-- that the application wrote the record (a row inserted straight into the table has none
-- that verifies). chain_id ties checkpoints kept outside the database to this chain.
ALTER TABLE audit_record ADD COLUMN seal_key VARCHAR(40);
ALTER TABLE audit_record ADD COLUMN nonce CHAR(32);
ALTER TABLE audit_record ADD COLUMN entry_mac CHAR(64);
ALTER TABLE audit_record ADD CONSTRAINT audit_record_nonce UNIQUE (nonce);
ALTER TABLE audit_chain_head ADD COLUMN chain_id CHAR(32);

-- Signed checkpoints of the chain's head: a later verification checks the chain still
-- reaches each of them (a copy is also appended to a file outside the database and logged).
CREATE TABLE audit_checkpoint (
    chain_seq  BIGINT    NOT NULL PRIMARY KEY,
    hash       CHAR(64)  NOT NULL,
    created_at TIMESTAMP NOT NULL,
    seal_key   VARCHAR(40) NOT NULL,
    signature  CHAR(64)  NOT NULL
);

-- Records written before keys existed carry no entry MAC and unkeyed links: the chain is
-- started again and the sealer re-seals every record with the key (ADR 0007 says why
-- operators verify with the old version before upgrading).
UPDATE audit_record SET chain_seq = NULL, hash = NULL;
UPDATE audit_chain_head SET last_seq = 0,
       last_hash = '0000000000000000000000000000000000000000000000000000000000000000' WHERE id = 1;
