-- The SLA report's pending part (dossiers pending at the end of a period, SlaFigure.Conditions.pendingAt)
-- is three alternatives, each received before the end: still unfinished (index dossier_status_due),
-- resolved at or after the end, or closed at or after the end. The two indexes below carry the
-- end's bound on received_at next to the resolution or closing time, so the database visits only
-- the dossiers that were pending at the end, not every dossier finished since it began
-- (issue 12.5). ReportQueryPlansTest checks the plan on PostgreSQL. The single-column indexes of
-- V20 are the leading columns of these: replaced, not doubled.
DROP INDEX dossier_resolved_at;
CREATE INDEX dossier_resolved_received ON dossier (resolved_at, received_at);
DROP INDEX dossier_closed_at;
CREATE INDEX dossier_closed_received ON dossier (closed_at, received_at);
