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
import vn.motcua.audit.web.AuditedActions.AuditedAction;
import vn.motcua.audit.web.AuditedActions.Subject;
import vn.motcua.shared.InputRules;

/**
 * Records every request that tries to change something, and every refused read, with its
 * outcome. It runs after the action's transaction has ended, so a refused action (rolled
 * back) is still on the record, under the stable code {@link AuditedActions} gives it. An action
 * on a dossier's step is recorded under the dossier.
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
        if (!(handler instanceof HandlerMethod)) {
            return;
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        boolean changes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (!changes && status < 400) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        AuditedAction action = AuditedActions.of(request.getMethod(), pattern instanceof String p ? p : "");
        log.record(username(), dossierCode(request, response, action.subject()), action.code(),
                AuditOutcome.ofHttpStatus(status), request.getMethod() + " " + request.getRequestURI() + " → " + status);
    }

    /**
     * The dossier the action addresses, as the action's entry says: by its code, by one of its
     * steps, or, for a receipt, the new dossier the answer points to (201 or a redirect to its
     * page). A code that cannot be one (longer than the column, or with a character the database
     * refuses) made the record's insert fail and the record was lost (issue 10.8): it is left out,
     * and the address in the detail still shows what was asked for.
     */
    private String dossierCode(HttpServletRequest request, HttpServletResponse response, Subject subject) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<?, ?> path = variables instanceof Map<?, ?> map ? map : Map.of();
        return switch (subject) {
            case DOSSIER -> path.get("code") instanceof String code ? storable(code) : null;
            case TASK -> path.get("id") instanceof String taskId && InputRules.isStorable(taskId)
                    ? engineDossiers.ofTask(taskId).orElse(null) : null;
            case NEW_DOSSIER -> createdDossier(response);
            case NONE -> null;
        };
    }

    /** The code ending the address of the new dossier's page or resource, when it was created. */
    private static String createdDossier(HttpServletResponse response) {
        String location = response.getHeader("Location");
        return response.getStatus() < 400 && location != null
                ? storable(location.substring(location.lastIndexOf('/') + 1)) : null;
    }

    private static String storable(String code) {
        return code.length() <= CODE_LENGTH && InputRules.isStorable(code) ? code : null;
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? "anonymous" : authentication.getName();
    }
}
