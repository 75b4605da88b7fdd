package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a page's CSRF token is kept: in the session for staff pages, in a cookie for the
 * citizens' portal, so that a citizen looking up a dossier or filing online gets no server
 * session (with sessions in the database, one row per anonymous view). The cookie is
 * HttpOnly and SameSite=Lax; the forms carry the token in a hidden field. The layout asks
 * for the token in the page's head, before the response is committed, so the cookie can
 * still be set.
 */
final class PortalCsrfTokens implements CsrfTokenRepository {

    private final RequestMatcher portal;
    private final CsrfTokenRepository staff = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository citizens = new CookieCsrfTokenRepository();

    PortalCsrfTokens(RequestMatcher portal) {
        this.portal = portal;
        citizens.setCookieName("MOTCUA-PORTAL-CSRF");
        citizens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return portal.matches(request) ? citizens : staff;
    }
}
