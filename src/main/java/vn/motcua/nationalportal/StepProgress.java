package vn.motcua.nationalportal;

import java.time.LocalDateTime;

/**
 * A completed step of a dossier, in our own terms, as queued for the portal's progress message;
 * {@code outcome} is the step's decision as people read it, in Vietnamese (null when it has none).
 */
record StepProgress(String dossierCode, String actor, String agencyCode, LocalDateTime occurredAt, String stepName,
                    String outcome, int statusCode, LocalDateTime startedAt, LocalDateTime dueAt) {
}
