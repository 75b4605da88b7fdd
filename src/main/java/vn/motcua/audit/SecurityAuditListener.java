package vn.motcua.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import vn.motcua.shared.LocalizedText;

/** Sign-ins, failed sign-ins and addresses refused by the security rules go into the trail. */
@Component
class SecurityAuditListener {

    private static final int USERNAME_COLUMN = 100;

    private final AuditLog log;
    private final MessageSource messages;

    SecurityAuditListener(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        log.record(event.getAuthentication().getName(), null, "SIGN_IN", AuditOutcome.DONE, null);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        log.record(asTyped(event.getAuthentication().getName()), null, "SIGN_IN", AuditOutcome.REFUSED,
                why(event.getException()));
    }

    /** The reason in words (the stored detail is read as written, in Vietnamese), not the exception's class. */
    private String why(AuthenticationException refusal) {
        String reason = refusal instanceof LockedException ? "locked"
                : refusal instanceof DisabledException ? "disabled"
                : refusal instanceof BadCredentialsException ? "badCredentials" : "other";
        return messages.getMessage("audit.signIn.refused." + reason, null, LocalizedText.VIETNAMESE);
    }

    /** A refused name is whatever was typed: kept printable and cut to the column, so the refusal is not lost. */
    private static String asTyped(String name) {
        String printable = String.valueOf(name).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= USERNAME_COLUMN ? printable : printable.substring(0, USERNAME_COLUMN - 1) + "…";
    }

    /** Only refusals of whole addresses: a refused method call ends as a 403 the web audit records. */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (event.getObject() instanceof HttpServletRequest request) {
            var authentication = event.getAuthentication().get();
            String user = authentication == null ? "anonymous" : authentication.getName();
            log.record(user, null, "ACCESS", AuditOutcome.REFUSED, request.getMethod() + " " + request.getRequestURI());
        }
    }
}
