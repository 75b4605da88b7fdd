package vn.motcua.dossier;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.NotFoundException;

/**
 * Agency scoping, enforced here in the service layer whatever page or API asks: a clerk
 * sees the dossiers of their agency and those their agency took a step in ("liên thông");
 * auditors and administrators see all. A dossier one may not see answers like an unknown one.
 */
@Component
class DossierAccess {

    private final DossierStore store;

    DossierAccess(DossierStore store) {
        this.store = store;
    }

    boolean canRead(StaffUser user, Dossier dossier) {
        return user.seesAllAgencies() || user.agencyCode().equals(dossier.agencyCode())
                || store.hasParticipant(dossier.code(), user.agencyCode());
    }

    /**
     * The same rule for lists, applied in their query: the agency whose own and participated
     * dossiers the user sees, or null when they see every agency's.
     */
    String listScope(StaffUser user) {
        return user.seesAllAgencies() ? null : user.agencyCode();
    }

    /** The dossiers the user may read among these, asking for participations once for all. */
    List<Dossier> readable(StaffUser user, List<Dossier> dossiers) {
        if (user.seesAllAgencies()) {
            return dossiers;
        }
        Set<String> participated = store.participatedIn(dossiers.stream()
                .filter(dossier -> !user.agencyCode().equals(dossier.agencyCode())).map(Dossier::code).toList(),
                user.agencyCode());
        return dossiers.stream().filter(dossier -> user.agencyCode().equals(dossier.agencyCode())
                || participated.contains(dossier.code())).toList();
    }

    void checkRead(StaffUser user, Dossier dossier) {
        if (!canRead(user, dossier)) {
            throw new NotFoundException("code", "error.dossier.unknown", dossier.code());
        }
    }

    /** The one-stop desk of the receiving agency: receipt, supplements received, refusal, return. */
    void checkDesk(StaffUser user, Dossier dossier) {
        checkRead(user, dossier);
        if (!user.has(Role.RECEPTION) || !user.agencyCode().equals(dossier.agencyCode())) {
            throw new AccessDeniedException(null, "error.dossier.deskOnly");
        }
    }

    /** Any clerk of an agency handling the dossier: supplement requests, stop, apology. */
    void checkHandler(StaffUser user, Dossier dossier) {
        checkRead(user, dossier);
        if (!(user.has(Role.RECEPTION) || user.has(Role.SPECIALIST) || user.has(Role.LEADER))) {
            throw new AccessDeniedException(null, "error.dossier.clerksOnly");
        }
    }
}
