-- The dossier module's read model for the modules that count dossiers (reports, simulation):
-- the columns they may read, kept under these names whatever becomes of the dossier table.
-- Status is the national code; which codes mean "unfinished" is decided in Java
-- (DossierStatus.isFinished), from which DossierRecords builds the SQL conditions.
CREATE VIEW dossier_record AS
SELECT code, procedure_code, process_definition_id, agency_code, channel, status,
       received_at, original_due_at, due_at, paused_at, paused_minutes,
       resolved_at, result, timeliness, returned_at, closed_at
FROM dossier;
