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
import vn.motcua.audit.EngineDossiers;
import vn.motcua.shared.InputRules;

/**
 * Records every request that tries to change something, and every refused read, with its
 * outcome. It runs after the action's transaction has ended, so a refused action (rolled
 * back) is still on the record. An action on a dossier's step is recorded under the dossier.
 */
class AuditInterceptor implements HandlerInterceptor {

    /** The length of audit_record.dossier_code. */
    private static final int CODE_LENGTH = 40;

    private final AuditLog log;
    private final EngineDossiers engineDossiers;

    AuditInterceptor(AuditLog log, EngineDossiers engineDossiers) {
        this.log = log;
        this.engineDossiers = engineDossiers;
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
     * The dossier named in the address: by its code, or by one of its steps (pages and API under
     * /tasks). A code that cannot be one (longer than the column, or with a character the database
     * refuses) made the record's insert fail and the record was lost (issue 10.8): it is left out,
     * and the address in the detail still shows what was asked for.
     */
    private String dossierCode(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map)) {
            return null;
        }
        if (map.get("code") instanceof String code) {
            return code.length() <= CODE_LENGTH && InputRules.isStorable(code) ? code : null;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean onATask = pattern instanceof String p && (p.startsWith("/tasks/{id}") || p.startsWith("/api/tasks/{id}"));
        return onATask && map.get("id") instanceof String taskId && InputRules.isStorable(taskId)
                ? engineDossiers.ofTask(taskId).orElse(null) : null;
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "anonymous" : authentication.getName();
    }
}
