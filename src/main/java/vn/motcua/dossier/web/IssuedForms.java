package vn.motcua.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.TransitionAction;

/**
 * The official forms a dossier has been issued, read off its history, so the pages link only
 * to slips that exist: 01 at receipt, 02 per supplement request, 03 on refusal to accept,
 * 04 with an apology, 05 when processing stops; the signed result (KQ) at the resolving approval.
 */
final class IssuedForms {

    private static final Map<TransitionAction, String> FORM_OF = Map.of(
            TransitionAction.RECEIVED, "01",
            TransitionAction.SUPPLEMENT_REQUESTED, "02",
            TransitionAction.NOT_ACCEPTED, "03",
            TransitionAction.RESCHEDULED, "04",
            TransitionAction.STOPPED, "05",
            TransitionAction.RESOLVED, "KQ");

    private IssuedForms() {
    }

    static List<String> of(List<DossierTransition> history) {
        TreeSet<String> forms = new TreeSet<>();
        history.forEach(t -> {
            String form = FORM_OF.get(t.action());
            if (form != null) {
                forms.add(form);
            }
        });
        return List.copyOf(forms);
    }
}
