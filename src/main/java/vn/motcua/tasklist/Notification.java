package vn.motcua.tasklist;

import java.time.LocalDateTime;

/** A reminder shown to a clerk. */
public record Notification(long id, String recipient, String dossierCode, String kind, String stepName,
                           LocalDateTime dueAt, LocalDateTime createdAt) {

    public static final String STEP_DUE_SOON = "STEP_DUE_SOON";
}
