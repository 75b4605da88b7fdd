package vn.motcua.forms;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.TransitionAction;

/**
 * The approval that resolves a dossier signs its result (Decree 107/2021): issued in the
 * approval's own transaction, so there is no resolved dossier without its signed result.
 */
@Component
class ResultDocuments {

    private final OfficialForms forms;

    ResultDocuments(OfficialForms forms) {
        this.forms = forms;
    }

    @EventListener
    void on(DossierChanged change) {
        if (change.transition().action() == TransitionAction.RESOLVED) {
            forms.issueResult(change.dossier(), change.transition());
        }
    }
}
