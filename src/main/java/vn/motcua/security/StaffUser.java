package vn.motcua.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A signed-in member of staff, as the application services see them. Serializable: it lives in
 * the HTTP session, which Spring Session stores in the database for every node.
 */
public record StaffUser(String username, String fullName, String agencyCode, Set<Role> roles)
        implements Serializable {

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Auditors and administrators see every agency's dossiers; clerks only their own. */
    public boolean seesAllAgencies() {
        return has(Role.AUDITOR) || has(Role.ADMIN);
    }

    /** The task groups this user belongs to, e.g. {@code [XPV.reception]}. */
    public List<String> groups() {
        return roles.stream().filter(Role::isClerk).map(r -> r.groupIn(agencyCode)).sorted().toList();
    }
}
