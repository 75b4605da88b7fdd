package vn.motcua.dossier;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/** Reading dossiers: staff within their agency scope, citizens with code plus ID number. */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    private final DossierStore store;
    private final DossierAccess access;
    private final DossierProcesses processes;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final CurrentUser currentUser;

    Dossiers(DossierStore store, DossierAccess access, DossierProcesses processes, ProcedureCatalog catalog,
             AgencyDirectory agencies, CurrentUser currentUser) {
        this.store = store;
        this.access = access;
        this.processes = processes;
        this.catalog = catalog;
        this.agencies = agencies;
        this.currentUser = currentUser;
    }

    /** The dossier, if the signed-in member of staff may see it; otherwise as if it did not exist. */
    public Dossier get(String code) {
        Dossier dossier = store.find(code)
                .orElseThrow(() -> new NotFoundException("code", "error.dossier.unknown", code));
        access.checkRead(currentUser.get(), dossier);
        return dossier;
    }

    /**
     * The dossiers of these codes, in one query, by code: those the signed-in member of staff may
     * not see are left out as if they did not exist (a page of a list reads its dossiers here).
     */
    public Map<String, Dossier> getAll(Collection<String> codes) {
        return access.readable(currentUser.get(), store.findAll(Set.copyOf(codes))).stream()
                .collect(Collectors.toMap(Dossier::code, Function.identity()));
    }

    /**
     * A page of the dossiers the signed-in member of staff may see (their agency's and those it
     * took part in; all for auditors and administrators), matching the query if one is given:
     * a code, the start of words of the applicant's name (accents and case do not matter), an ID
     * number or a phone number (ADR 0020). Refused, naming the field, when the query is unusable.
     */
    public ResultPage<Dossier> find(String query, DossierOrder order, PageRequest page) {
        DossierSearch search = DossierSearch.of(query);
        String scope = access.listScope(currentUser.get());
        return store.page(DossierQueries.Filter.list(scope, search), order, page);
    }

    /**
     * A page of the one-stop desk's work list: dossiers received by the clerk's own agency in these
     * statuses and, if given, through this channel, newest first.
     */
    public ResultPage<Dossier> receivedHere(Set<DossierStatus> statuses, Channel channel, PageRequest page) {
        String agency = currentUser.get().agencyCode();
        return store.page(DossierQueries.Filter.desk(agency, statuses, channel), DossierOrder.RECEIVED, page);
    }

    public List<DossierTransition> history(String code) {
        return history(get(code));
    }

    /**
     * The transitions of a dossier the caller already holds, e.g. from the {@link DossierChanged}
     * it listens to: such a listener runs for whoever made the change, a citizen or the national
     * portal as well as staff, so no staff scope applies.
     */
    public List<DossierTransition> history(Dossier dossier) {
        return store.transitions(dossier.code());
    }

    /**
     * The dossier codes of running process instances (for lists of engine tasks the caller
     * is already allowed to see through their task groups).
     */
    public Map<String, String> codesOfProcesses(Collection<String> processInstanceIds) {
        return store.codesByProcessInstance(processInstanceIds);
    }

    /** The dossier code of one process instance, if it is a dossier's. */
    public Optional<String> codeOfProcess(String processInstanceId) {
        return store.codeOfProcessInstance(processInstanceId);
    }

    /**
     * The citizen's lookup. A wrong ID number answers exactly like an unknown code, so the
     * answer never tells whether a code exists.
     */
    public Optional<PublicDossierView> lookup(String code, String idNumber) {
        if (code == null || idNumber == null || code.length() > 40 || idNumber.length() > 20) {
            return Optional.empty();
        }
        return store.find(code)
                .filter(dossier -> sameIdNumber(dossier.applicant().idNumber(), idNumber.trim().toUpperCase()))
                .map(this::publicView);
    }

    private PublicDossierView publicView(Dossier dossier) {
        LocalizedText procedureName = catalog.find(dossier.procedureCode()).map(p -> p.name())
                .orElse(new LocalizedText(dossier.procedureCode(), dossier.procedureCode()));
        List<PublicDossierView.Event> events = store.transitions(dossier.code()).stream()
                .map(t -> new PublicDossierView.Event(t.occurredAt(), t.action(), t.toStatus(), t.stepName(),
                        agencies.find(t.agencyCode()).map(a -> new LocalizedText(a.nameVi(), a.nameEn()))
                                .orElse(null)))
                .toList();
        List<String> steps = dossier.status().isPending() && dossier.processInstanceId() != null
                ? processes.currentSteps(dossier.processInstanceId()) : List.of();
        return new PublicDossierView(dossier.code(), procedureName, dossier.status(), dossier.receivedAt(),
                dossier.appointmentAt(), steps, events);
    }

    /** Constant-time comparison: response timing does not leak how much of the number matched. */
    private static boolean sameIdNumber(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
