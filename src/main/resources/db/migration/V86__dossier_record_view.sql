-- The dossier module's read model for the modules that count dossiers (reports, simulation),
-- kept under these names whatever becomes of the dossier tables. Which status codes mean
-- "unfinished" and which action words exist is decided in Java (DossierStatus,
-- TransitionAction), from which DossierRecords builds the SQL conditions.

-- One row per dossier. Status is the national code; rescheduled_due_at is set only by the
-- apology with a new date (form 04).
CREATE VIEW dossier_record AS
SELECT code, procedure_code, process_definition_id, agency_code, channel, status,
       received_at, original_due_at, due_at, rescheduled_due_at, paused_at, paused_minutes,
       resolved_at, result, timeliness, returned_at, closed_at
FROM dossier;

-- One row per thing that happened to a dossier: received, accepted, paused, resolved...
CREATE VIEW dossier_event AS
SELECT dossier_code, action, occurred_at, agency_code
FROM dossier_transition;
