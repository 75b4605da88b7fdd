package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.shared.LocalizedText;

/** What a citizen may see of their dossier: progress only, nothing personal, no staff names. */
public record PublicDossierView(String code, LocalizedText procedureName, DossierStatus status,
                                LocalDateTime receivedAt, LocalDateTime dueAt, List<String> currentSteps,
                                List<Event> events) {

    public record Event(LocalDateTime occurredAt, TransitionAction action, DossierStatus status, String stepName,
                        LocalizedText agencyName) {
    }
}
