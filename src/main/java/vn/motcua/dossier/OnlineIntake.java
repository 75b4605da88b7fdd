package vn.motcua.dossier;

import java.time.LocalDateTime;

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
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * A citizen files a dossier on the portal, without an account. It waits in status 1 "Mới đăng
 * ký" for the receiving agency's desk to check it; its process starts only when the desk
 * accepts it. The due date stored now is provisional (as if received at submission).
 */
@Service
public class OnlineIntake {

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final DossierCodes codes;
    private final DossierStore store;
    private final DossierHistory history;
    private final ProvinceClock clock;

    OnlineIntake(ProcedureCatalog catalog, AgencyDirectory agencies, WorkingCalendar calendar, DossierCodes codes,
                 DossierStore store, DossierHistory history, ProvinceClock clock) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.calendar = calendar;
        this.codes = codes;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /** The new dossier; the applicant's phone is required, since it proves the dossier theirs later. */
    @Transactional
    public Dossier submit(IntakeRequest request) {
        Procedure procedure = catalog.find(InputRules.required(request.procedureCode(), "procedureCode", 20))
                .filter(Procedure::offeredOnline)
                .orElseThrow(() -> new InvalidInputException("procedureCode", "error.procedure.notOnline",
                        request.procedureCode()));
        String agencyCode = InputRules.required(request.agencyCode(), "agencyCode", 12);
        Agency agency = agencies.find(agencyCode).filter(a -> a.kind() == procedure.receivingLevel())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "error.procedure.notOfferedHere",
                        procedure.code(), agencyCode));
        Applicant applicant = DossierIntake.checked(request.applicant());
        if (applicant.phone() == null) {
            throw new InvalidInputException("applicant.phone", "error.field.required", "applicant.phone");
        }
        LocalDateTime now = clock.now();
        ProcedureVersion version = procedure.versionInForce(now.toLocalDate())
                .orElseThrow(() -> new InvalidInputException("procedureCode", "error.procedure.notInForce",
                        procedure.code()));
        DueDate due = calendar.dueDate(agency.code(), now, version.statutoryTime());
        Dossier dossier = Dossier.newlyReceived(codes.next(agency.code(), now.toLocalDate()), procedure.code(),
                version.processDefinitionId(), null, agency.code(), Channel.ONLINE, DossierStatus.NEW, applicant,
                now, due, CurrentUser.CITIZEN);
        store.insert(dossier);
        history.received(dossier, TransitionAction.SUBMITTED_ONLINE);
        return dossier;
    }
}
