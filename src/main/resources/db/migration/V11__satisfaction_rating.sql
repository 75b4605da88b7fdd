-- Citizens' satisfaction with a finished dossier: nine criteria scored 0/1/2 plus an overall
-- score (Decision 766/QĐ-TTg practice; scale to check). One rating per dossier.
CREATE TABLE satisfaction_rating (
    dossier_code     VARCHAR(40)   NOT NULL PRIMARY KEY REFERENCES dossier (code),
    time_statute     SMALLINT      NOT NULL,
    time_per_agency  SMALLINT      NOT NULL,
    contacts         SMALLINT      NOT NULL,
    agencies         SMALLINT      NOT NULL,
    one_stop         SMALLINT      NOT NULL,
    publicity        SMALLINT      NOT NULL,
    attitude         SMALLINT      NOT NULL,
    feedback         SMALLINT      NOT NULL,
    online_service   SMALLINT      NOT NULL,
    overall          SMALLINT      NOT NULL,
    comment          VARCHAR(1000),
    rated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT satisfaction_scores CHECK (
        time_statute BETWEEN 0 AND 2 AND time_per_agency BETWEEN 0 AND 2 AND contacts BETWEEN 0 AND 2
        AND agencies BETWEEN 0 AND 2 AND one_stop BETWEEN 0 AND 2 AND publicity BETWEEN 0 AND 2
        AND attitude BETWEEN 0 AND 2 AND feedback BETWEEN 0 AND 2 AND online_service BETWEEN 0 AND 2
        AND overall BETWEEN 0 AND 2)
);
