package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.ProvinceClock;

/**
 * A dossier's process was ended from outside the application: an administrator deleted or
 * cancelled the process instance in Cockpit or through /engine-rest. A dossier must never stay
 * "being processed" with no step left, so it is stopped (status 8), with who did it and the
 * reason the engine was given, in the engine's transaction. The application's own endings
 * (withdrawal, stop, refusal) close the dossier before cancelling its process, so they find
 * nothing left to do here.
 */
@Service
public class ProcessCancellations {

    /** The actor when the engine cancelled on nobody's request (e.g. a batch run by the job executor). */
    static final String ENGINE = "camunda";

    private final DossierStore store;
    private final DossierHistory history;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    ProcessCancellations(DossierStore store, DossierHistory history, CurrentUser currentUser, ProvinceClock clock) {
        this.store = store;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void processCancelled(String code, String engineReason) {
        store.find(code).filter(dossier -> dossier.status().isPending()).ifPresent(dossier -> {
            LocalDateTime now = clock.now();
            String actor = currentUser.find().map(StaffUser::username).orElse(ENGINE);
            history.change(dossier, dossier.closed(DossierStatus.STOPPED, now), TransitionAction.STOPPED, actor, now,
                    "Tiến trình bị xoá hoặc huỷ trực tiếp trên Camunda"
                            + (engineReason == null || engineReason.isBlank() ? "" : ": " + engineReason));
        });
    }
}
