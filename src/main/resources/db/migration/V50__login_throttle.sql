-- Sign-in attempts counted in the database, so that every node sees the same count and
-- parallel guesses cannot slip past it (ADR 0008). One row per subject: an account
-- ("account:<username>", also for names no account has, so that a block reveals nothing)
-- or a source address ("address:<ip>").
CREATE TABLE login_throttle (
    subject       VARCHAR(100) NOT NULL PRIMARY KEY,
    -- attempts taken in the current window, counted before the password is checked
    attempts      INT          NOT NULL DEFAULT 0,
    window_start  TIMESTAMP    NOT NULL,
    -- while in the future, no attempt is evaluated
    blocked_until TIMESTAMP,
    -- blocks in a row: each one lasts twice as long as the one before
    blocks        INT          NOT NULL DEFAULT 0
);

-- The per-node, count-after-the-fact lockout these columns held is replaced by the table above.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
