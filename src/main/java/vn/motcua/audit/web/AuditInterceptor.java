package vn.motcua.audit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditOutcome;
import vn.motcua.shared.InputRules;

/**
 * Records every request that tries to change something, and every refused read, with its
 * outcome. It runs after the action's transaction has ended, so a refused action (rolled
 * back) is still on the record.
 */
class AuditInterceptor implements HandlerInterceptor {

    /** The length of audit_record.dossier_code. */
    private static final int CODE_LENGTH = 40;

    private final AuditLog log;

    AuditInterceptor(AuditLog log) {
        this.log = log;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return;
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        boolean changes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (!changes && status < 400) {
            return;
        }
        log.record(username(), dossierCode(request), action(method), AuditOutcome.ofHttpStatus(status),
                request.getMethod() + " " + request.getRequestURI() + " → " + status);
    }

    /** e.g. "DossierController.refuse" → "Dossier.refuse". */
    private static String action(HandlerMethod method) {
        String controller = method.getBeanType().getSimpleName().replace("Controller", "");
        return controller + "." + method.getMethod().getName();
    }

    /**
     * The code from the address, if it can be one: a longer one or one with a character the
     * database refuses made the record's insert fail and the record was lost (issue 10.8); the
     * address in the detail still shows what was asked for.
     */
    private static String dossierCode(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.get("code") instanceof String code
                && code.length() <= CODE_LENGTH && InputRules.isStorable(code) ? code : null;
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "anonymous" : authentication.getName();
    }
}
