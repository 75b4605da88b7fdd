package vn.motcua.forms;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.agency.Agency;
import vn.motcua.deadline.Timeliness;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.shared.LocalizedText;

/**
 * Everything one form prints about a dossier.
 *
 * @param issuing     the transition that issued the form (its reason, time and clerk); null for 06
 * @param issuedAt    the date printed on the form
 * @param lines       the control slip's rows (every transition), oldest first
 */
public record FormSheet(OfficialForm form, Dossier dossier, Agency agency, Agency parentAgency,
                        LocalizedText procedureName, List<LocalizedText> requiredDocuments, int statutoryWorkingDays,
                        DossierTransition issuing, String issuedByName, LocalDateTime issuedAt,
                        List<ControlSlipLine> lines) {

    public FormSheet {
        requiredDocuments = List.copyOf(requiredDocuments);
        lines = List.copyOf(lines);
    }

    /** The same sheet under the name of the official who signs it rather than of who recorded the action. */
    FormSheet signedBy(String officialName) {
        return new FormSheet(form, dossier, agency, parentAgency, procedureName, requiredDocuments,
                statutoryWorkingDays, issuing, officialName, issuedAt, lines);
    }

    /**
     * One hand-over or status change: who, where, when it started and ended, its due date,
     * and whether it kept it (null when the row has no due date to keep).
     */
    public record ControlSlipLine(int number, DossierTransition transition, String actorName, LocalizedText agencyName,
                                  Timeliness timeliness) {
    }
}
