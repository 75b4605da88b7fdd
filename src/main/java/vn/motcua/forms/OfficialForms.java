package vn.motcua.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.deadline.Timeliness;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.issuance.IssueRequest;
import vn.motcua.issuance.IssuedDocuments;
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
    static final Locale FORM_LANGUAGE = LocalizedText.VIETNAMESE;

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final StaffAccounts staff;
    private final ProvinceClock clock;
    private final DocumentIssuer issuer;
    private final IssuedDocuments documents;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    OfficialForms(Dossiers dossiers, ProcedureCatalog catalog, AgencyDirectory agencies, StaffAccounts staff,
                  ProvinceClock clock, DocumentIssuer issuer, IssuedDocuments documents, CurrentUser currentUser,
                  MessageSource messages) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.agencies = agencies;
        this.staff = staff;
        this.clock = clock;
        this.issuer = issuer;
        this.documents = documents;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /**
     * The form as issued: the first printing issues it (QR code, signature by the clerk whose
     * action issued it, or for the control slip by whoever prints it), later ones hand out the same
     * file. The result exists only as signed at the approval.
     */
    public byte[] pdf(String code, OfficialForm form) {
        if (form == OfficialForm.RESULT) {
            return documents.latest(dossiers.get(code).code(), IssueRequest.RESULT).orElseThrow(
                    () -> new NotFoundException("form", "error.form.notIssued", form.number(), code)).content();
        }
        FormSheet sheet = sheet(code, form);
        DossierTransition source = sheet.issuing() != null ? sheet.issuing()
                : sheet.lines().get(sheet.lines().size() - 1).transition();
        String signer = sheet.issuing() != null && !CurrentUser.CITIZEN.equals(sheet.issuing().actor())
                ? sheet.issuing().actor() : currentUser.get().username();
        return issue(sheet, code + ":" + source.id(), signer);
    }

    /**
     * Issues the dossier's result, signed by the official whose approval resolved it, inside that
     * approval's transaction: the approval and its signed result commit together or not at all.
     * Reads the dossier as the event carries it: the engine's thread may have no clerk signed in.
     */
    void issueResult(Dossier dossier, DossierTransition resolved) {
        // The official whose decision resolved the dossier signs its result, also when the dossier
        // was resolved later, by the payment of its fee at the desk or from the payment platform:
        // the last completed step's official, not whoever recorded the payment.
        String decider = latest(dossiers.history(dossier), TransitionAction.STEP_COMPLETED)
                .map(DossierTransition::actor).orElse(resolved.actor());
        // a dossier is resolved once: its result needs no other source than the dossier
        FormSheet sheet = sheet(dossier, List.of(resolved), OfficialForm.RESULT).signedBy(nameOf(decider));
        issue(sheet, dossier.code() + ":resolved", decider);
    }

    private byte[] issue(FormSheet sheet, String sourceKey, String signer) {
        Dossier d = sheet.dossier();
        OfficialForm form = sheet.form();
        IssueRequest request = new IssueRequest(form.number(), documentName(form), d.code(), d.procedureCode(),
                d.applicant().idNumber(), form == OfficialForm.RECEIPT ? sheet.issuing().dueAt() : null,
                sourceKey, signer, sheet.issuedAt());
        return issuer.issue(request, form.template(), Map.of("sheet", sheet));
    }

    private String documentName(OfficialForm form) {
        return messages.getMessage("forms.name." + form.number(), null, FORM_LANGUAGE);
    }

    public FormSheet sheet(String code, OfficialForm form) {
        return sheet(dossiers.get(code), dossiers.history(code), form);
    }

    private FormSheet sheet(Dossier dossier, List<DossierTransition> history, OfficialForm form) {
        String code = dossier.code();
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
                .filter(f -> f != OfficialForm.RESULT || documents.latest(code, IssueRequest.RESULT).isPresent())
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
