package vn.motcua.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.deadline.Timeliness;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * The forms of one dossier. Reading goes through {@link Dossiers}, so a clerk sees the forms
 * of exactly the dossiers they may see; a form the dossier was never issued does not exist.
 */
@Service
public class OfficialForms {

    /** Official forms are legal documents in Vietnamese, whatever language the clerk's page is in. */
    static final Locale FORM_LANGUAGE = Locale.forLanguageTag("vi");

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final StaffAccounts staff;
    private final ProvinceClock clock;
    private final PdfRenderer pdf;

    OfficialForms(Dossiers dossiers, ProcedureCatalog catalog, AgencyDirectory agencies, StaffAccounts staff,
                  ProvinceClock clock, PdfRenderer pdf) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.agencies = agencies;
        this.staff = staff;
        this.clock = clock;
        this.pdf = pdf;
    }

    public byte[] pdf(String code, OfficialForm form) {
        return pdf.render(form.template(), FORM_LANGUAGE, Map.of("sheet", sheet(code, form)));
    }

    public FormSheet sheet(String code, OfficialForm form) {
        Dossier dossier = dossiers.get(code);
        List<DossierTransition> history = dossiers.history(code);
        DossierTransition issuing = form.issuedBy()
                .map(action -> latest(history, action).orElseThrow(
                        () -> new NotFoundException("form", "error.form.notIssued", form.number(), code)))
                .orElse(null);
        Procedure procedure = catalog.find(dossier.procedureCode()).orElseThrow();
        int workingDays = catalog.version(dossier.processDefinitionId())
                .map(ProcedureVersion::statutoryWorkingDays).orElse(0);
        Agency agency = agencies.get(dossier.agencyCode());
        return new FormSheet(form, dossier, agency, agencies.find(agency.parentCode()).orElse(null),
                procedure.name(), procedure.requiredDocuments(), workingDays, issuing,
                issuing == null ? null : nameOf(issuing.actor()),
                issuing == null ? clock.now() : issuing.occurredAt(), lines(history));
    }

    /** The forms this dossier has been issued, in number order (for links on its pages). */
    public List<OfficialForm> issued(String code) {
        List<DossierTransition> history = dossiers.history(code);
        return Arrays.stream(OfficialForm.values())
                .filter(f -> f.issuedBy().map(action -> latest(history, action).isPresent()).orElse(true))
                .toList();
    }

    private List<FormSheet.ControlSlipLine> lines(List<DossierTransition> history) {
        List<FormSheet.ControlSlipLine> lines = new ArrayList<>();
        for (DossierTransition t : history) {
            Timeliness timeliness = t.onTime() == null || t.dueAt() == null ? null
                    : Timeliness.of(t.occurredAt(), t.dueAt());
            LocalizedText agency = agencies.find(t.agencyCode())
                    .map(a -> new LocalizedText(a.nameVi(), a.nameEn())).orElse(null);
            lines.add(new FormSheet.ControlSlipLine(lines.size() + 1, t, nameOf(t.actor()), agency, timeliness));
        }
        return lines;
    }

    /** The clerk's full name; a citizen's own action (online submission) has none: null. */
    private String nameOf(String username) {
        if (CurrentUser.CITIZEN.equals(username)) {
            return null;
        }
        return staff.find(username).map(StaffUser::fullName).orElse(username);
    }

    private static Optional<DossierTransition> latest(List<DossierTransition> history, TransitionAction action) {
        return history.stream().filter(t -> t.action() == action).reduce((first, second) -> second);
    }
}
