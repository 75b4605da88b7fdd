package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.deadline.DueDate;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * Receipt of a dossier at the one-stop desk: checks the input, numbers the dossier,
 * computes its due date on the receiving agency's calendar and starts the current version
 * of the procedure's process with the code as business key — all in one transaction, so
 * an accepted dossier exists completely or not at all.
 */
@Service
public class DossierIntake {

    /** Citizen ID card (12 digits), old ID card (9 digits) or passport number. */
    static final Pattern ID_NUMBER = Pattern.compile("^([0-9]{9}|[0-9]{12}|[A-Z]{1,2}[0-9]{6,8})$");
    static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final DossierStore store;
    private final DossierHistory history;
    private final DossierProcesses processes;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    DossierIntake(ProcedureCatalog catalog, AgencyDirectory agencies, WorkingCalendar calendar, DossierCodes codes,
                  DossierStore store, DossierHistory history, DossierProcesses processes, CurrentUser currentUser,
                  ProvinceClock clock) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.calendar = calendar;
        this.codes = codes;
        this.store = store;
        this.history = history;
        this.processes = processes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public Dossier receive(IntakeRequest request) {
        StaffUser clerk = currentUser.get();
        if (request.channel() == null) {
            throw new InvalidInputException("channel", "error.field.required", "channel");
        }
        Applicant applicant = checked(request.applicant());
        Procedure procedure = catalog.find(InputRules.required(request.procedureCode(), "procedureCode", 20))
                .orElseThrow(() -> new InvalidInputException("procedureCode", "error.procedure.unknown",
                        request.procedureCode()));
        Agency agency = receivingAgency(clerk, request.agencyCode(), procedure);

        LocalDateTime now = clock.now();
        ProcedureVersion version = procedure.versionInForce(now.toLocalDate())
                .orElseThrow(() -> new InvalidInputException("procedureCode", "error.procedure.notInForce",
                        procedure.code()));
        DueDate due = calendar.dueDate(agency.code(), now, version.statutoryTime());
        String code = codes.next(agency.code(), now.toLocalDate());
        // The process starts first so the row is written once, with its instance id; the
        // transaction makes the two one.
        String instanceId = processes.start(version.processDefinitionId(), code, agency.code());
        Dossier dossier = Dossier.newlyReceived(code, procedure.code(), version.processDefinitionId(), instanceId,
                agency.code(), request.channel(), DossierStatus.RECEIVED, applicant, now, due, clerk.username());
        store.insert(dossier);
        history.received(dossier, TransitionAction.RECEIVED);
        return dossier;
    }

    /** Only the desk of the agency that receives it; the agency must be of the procedure's level. */
    private Agency receivingAgency(StaffUser clerk, String requestedAgency, Procedure procedure) {
        String code = requestedAgency == null || requestedAgency.isBlank() ? clerk.agencyCode() : requestedAgency;
        if (!clerk.has(Role.RECEPTION) || !clerk.agencyCode().equals(code)) {
            throw new AccessDeniedException("agencyCode", "error.dossier.deskOnly");
        }
        Agency agency = agencies.get(code);
        if (agency.kind() != procedure.receivingLevel()) {
            throw new InvalidInputException("procedureCode", "error.procedure.notOfferedHere", procedure.code(),
                    agency.code());
        }
        return agency;
    }

    static Applicant checked(Applicant applicant) {
        if (applicant == null) {
            throw new InvalidInputException("applicant", "error.field.required", "applicant");
        }
        String idNumber = InputRules.required(applicant.idNumber(), "applicant.idNumber", 20);
        String phone = InputRules.optional(applicant.phone(), "applicant.phone", 20);
        return new Applicant(
                InputRules.required(applicant.fullName(), "applicant.fullName", 200),
                InputRules.matching(idNumber.toUpperCase(), ID_NUMBER, "applicant.idNumber"),
                InputRules.matching(phone == null ? null : phone.replaceAll("[ .-]", ""), PHONE, "applicant.phone"),
                InputRules.matching(InputRules.optional(applicant.email(), "applicant.email", 200), EMAIL,
                        "applicant.email"),
                InputRules.optional(applicant.address(), "applicant.address", 500));
    }
}
