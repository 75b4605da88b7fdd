package vn.motcua.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API calls that need a CSRF token: changes that ride on a browser's session cookie.
 * Only a call that a Basic credential of its own has just authenticated is exempt: that
 * credential was not sent ambiently. Any other Authorization header (a bearer token, a
 * malformed value, or Basic with the session's own user name, which Spring does not
 * re-check) leaves the session in charge, so the token is required.
 *
 * <p>Hence this runs after the Basic filter: it compares the request's authentication
 * with the one stored in the session.
 */
final class SessionRidingCalls implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final RequestMatcher exempt;

    /** @param exempt addresses without any session to abuse (the public citizen API) */
    SessionRidingCalls(RequestMatcher exempt) {
        this.exempt = exempt;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getRequestedSessionId() != null
                && !exempt.matches(request)
                && !authenticatedByItsOwnBasicCredential(request);
    }

    private static boolean authenticatedByItsOwnBasicCredential(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
                && current != sessionAuthentication(request);
    }

    private static Authentication sessionAuthentication(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context.getAuthentication() : null;
    }
}
