package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.AccessDeniedException;

/**
 * The dossiers an agency received, for its logbook. A clerk reads only their own agency's;
 * auditors and administrators any agency's.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDossiers {

    private final DossierStore store;
    private final CurrentUser currentUser;

    AgencyDossiers(DossierStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Received from the first to the last day, both included. */
    public List<Dossier> receivedBetween(String agencyCode, LocalDate firstDay, LocalDate lastDay) {
        StaffUser user = currentUser.get();
        if (!user.seesAllAgencies() && !user.agencyCode().equals(agencyCode)) {
            throw new AccessDeniedException("agency", "error.dossier.otherAgency", agencyCode);
        }
        return store.receivedBetween(agencyCode, firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay());
    }
}
