-- Answers to requests sent with an Idempotency-Key header. A client whose answer was lost (a
-- crash, a timeout) sends the request again with the same key and gets the stored answer instead
-- of a second dossier. The row is written in the transaction of the request itself: the answer
-- exists exactly when its effect does, on every node.
CREATE TABLE idempotent_request (
    username     VARCHAR(100) NOT NULL,
    request_key  VARCHAR(100) NOT NULL,
    -- SHA-256 of method, path and body: the same key with another request is refused
    fingerprint  CHAR(64)     NOT NULL,
    status       INT          NOT NULL,
    location     VARCHAR(300),
    body         TEXT,
    created_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (username, request_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
