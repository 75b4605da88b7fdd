-- The task list (tasklist module) joins the engine's open tasks to the dossier read model by
-- process instance, to filter and order a page in SQL (ADR 0019). Columns are only appended:
-- PostgreSQL's CREATE OR REPLACE VIEW keeps the existing ones in place.
CREATE OR REPLACE VIEW dossier_record AS
SELECT code, procedure_code, process_definition_id, agency_code, channel, status,
       received_at, original_due_at, due_at, rescheduled_due_at, paused_at, paused_minutes,
       resolved_at, result, timeliness, returned_at, closed_at, process_instance_id
FROM dossier;
