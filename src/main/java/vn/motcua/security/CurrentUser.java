package vn.motcua.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.shared.AccessDeniedException;

/** The member of staff behind the current request (or the simulation acting as one). */
@Component
public class CurrentUser {

    public Optional<StaffUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.staffUser());
        }
        return Optional.empty();
    }

    public StaffUser get() {
        return find().orElseThrow(() -> new AccessDeniedException(null, "error.login.required"));
    }

    /** The username to record in transitions and audit records: staff, or "citizen" when anonymous. */
    public String actorName() {
        return find().map(StaffUser::username).orElse(CITIZEN);
    }

    public static final String CITIZEN = "citizen";
}
