-- Dossier search and the desk's lists at a province's volume (issue 12.2 and 12.5, ADR 0020).

-- What a dossier is found by: each run of its applicant's name words up to the end, and its code,
-- without diacritics and in lower case ("nguyen van binh", "van binh", "binh", "xpv 261216 0001"),
-- written by the application with the dossier (SearchText). A search by the start of any word is
-- then a prefix range of this primary key, on H2 and PostgreSQL alike. V89 fills it for the
-- dossiers already stored and, on PostgreSQL, gives the term the "C" collation so that LIKE 'x%'
-- can use the index whatever the database's own collation.
CREATE TABLE dossier_search_term (
    term         VARCHAR(200) NOT NULL,
    dossier_code VARCHAR(40)  NOT NULL REFERENCES dossier (code),
    PRIMARY KEY (term, dossier_code)
);

-- ID number and phone are searched by their exact value (the phone in either 0... or +84... form).
CREATE INDEX dossier_applicant_id_number ON dossier (applicant_id_number);
CREATE INDEX dossier_applicant_phone ON dossier (applicant_phone);

-- The desk's lists: one agency's dossiers in a status, newest first. With received_at and code in
-- the index a page is read in order and stops after its lines, instead of walking the
-- received-date index past every newer dossier of every agency. It covers the old
-- (agency_code, status) index, which goes.
CREATE INDEX dossier_agency_status_received ON dossier (agency_code, status, received_at, code);
DROP INDEX dossier_agency_status;
