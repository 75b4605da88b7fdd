package vn.motcua.audit.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditOutcome;
import vn.motcua.audit.EngineDossiers;

/**
 * Administrators' calls to Camunda's own REST API (/engine-rest) and to the webapps' API
 * behind Cockpit, Admin and Tasklist (/camunda/api) bypass our controllers; every call that
 * may change something is recorded here with who made it, what it addressed and how it ended,
 * under the dossier when it addresses a process instance or task of one. Reads are not
 * recorded; Cockpit's queries sent as POST are, as the engine's API cannot tell them apart.
 */
class EngineAdminAuditFilter extends OncePerRequestFilter {

    static final String ACTION = "ENGINE_ADMIN";
    private static final Pattern PROCESS_INSTANCE = Pattern.compile("/process-instance/([A-Za-z0-9-]{1,64})(/|$)");
    private static final Pattern TASK = Pattern.compile("/task/([A-Za-z0-9-]{1,64})(/|$)");
    private static final int DETAIL_URI_LENGTH = 500;

    private final AuditLog log;
    private final EngineDossiers engineDossiers;

    EngineAdminAuditFilter(AuditLog log, EngineDossiers engineDossiers) {
        this.log = log;
        this.engineDossiers = engineDossiers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            // after the engine's transaction: a refused or failed call is on the record too
            String uri = request.getRequestURI();
            String detail = request.getMethod() + " " + uri
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            log.record(username(), dossierOf(uri).orElse(null), ACTION, AuditOutcome.ofHttpStatus(status),
                    shorten(detail) + " → " + status);
        }
    }

    private Optional<String> dossierOf(String uri) {
        Matcher instance = PROCESS_INSTANCE.matcher(uri);
        if (instance.find()) {
            return engineDossiers.ofProcessInstance(instance.group(1));
        }
        Matcher task = TASK.matcher(uri);
        return task.find() ? engineDossiers.ofTask(task.group(1)) : Optional.empty();
    }

    private static String shorten(String detail) {
        return detail.length() <= DETAIL_URI_LENGTH ? detail : detail.substring(0, DETAIL_URI_LENGTH) + "…";
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
