-- The fees dossiers owe and how they were paid (module vn.motcua.payment). A row is written when
-- the process reaches its fee step and completed once, when the fee is paid: at the desk (cash)
-- or online (the platform's transaction, unique, so a replayed callback cannot pay twice).
CREATE TABLE fee_payment (
    reference            VARCHAR(50)  NOT NULL PRIMARY KEY,
    dossier_code         VARCHAR(40)  NOT NULL,
    procedure_code       VARCHAR(20)  NOT NULL,
    amount_vnd           BIGINT       NOT NULL,
    fee_code             VARCHAR(50)  NOT NULL,
    beneficiary_account  VARCHAR(34)  NOT NULL,
    requested_at         TIMESTAMP    NOT NULL,
    paid_at              TIMESTAMP,
    method               VARCHAR(10),
    transaction_id       VARCHAR(64),
    bank_code            VARCHAR(20),
    recorded_by          VARCHAR(100),
    CONSTRAINT fee_payment_amount CHECK (amount_vnd > 0),
    CONSTRAINT fee_payment_transaction UNIQUE (transaction_id)
);
CREATE INDEX fee_payment_dossier ON fee_payment (dossier_code);
