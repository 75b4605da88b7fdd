package vn.motcua.audit.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What each audited request does, as a stable action code that the trail stores and the audit
 * pages show by its label (i18n/audit*.properties, key {@code audit.action.<code>}). The code is
 * chosen here by the request's method and address pattern, never derived from a Java class or
 * method name: renaming a controller must not change what the trail says. The entry also says
 * what the address's variable names, so that an action on a step is recorded under its dossier.
 */
final class AuditedActions {

    /** What the address's path variable identifies. */
    enum Subject {
        NONE,
        /** {@code {code}} is a dossier code. */
        DOSSIER,
        /** {@code {id}} is a step (an engine task) of a dossier. */
        TASK,
        /** The request creates a dossier: its code ends the address the answer points to (Location). */
        NEW_DOSSIER
    }

    record AuditedAction(String code, Subject subject) {
    }

    /** A request that may change something whose address is not listed below; a test keeps the list complete. */
    static final AuditedAction UNLISTED_CHANGE = new AuditedAction("CHANGE", Subject.NONE);
    /** A refused read of anything else (an address a role may not see, an unknown page). */
    static final AuditedAction VIEW = new AuditedAction("VIEW", Subject.NONE);

    private static final Map<String, AuditedAction> CHANGES = Map.ofEntries(
            // dossiers: the desk's pages and the API
            change("POST /api/dossiers", "DOSSIER_RECEIVE", Subject.NEW_DOSSIER),
            change("POST /desk/receive", "DOSSIER_RECEIVE", Subject.NEW_DOSSIER),
            change("POST /api/dossiers/{code}/accept", "DOSSIER_ACCEPT", Subject.DOSSIER),
            change("POST /desk/{code}/accept", "DOSSIER_ACCEPT", Subject.DOSSIER),
            change("POST /api/dossiers/{code}/refuse", "DOSSIER_REFUSE", Subject.DOSSIER),
            change("POST /desk/{code}/refuse", "DOSSIER_REFUSE", Subject.DOSSIER),
            change("POST /api/dossiers/{code}/supplement", "DOSSIER_SUPPLEMENT_RECEIVE", Subject.DOSSIER),
            change("POST /desk/{code}/supplement", "DOSSIER_SUPPLEMENT_RECEIVE", Subject.DOSSIER),
            change("POST /api/dossiers/{code}/return-result", "DOSSIER_RETURN_RESULT", Subject.DOSSIER),
            change("POST /desk/{code}/return-result", "DOSSIER_RETURN_RESULT", Subject.DOSSIER),
            change("POST /api/dossiers/{code}/supplement-request", "DOSSIER_SUPPLEMENT_REQUEST", Subject.DOSSIER),
            change("POST /tasks/{id}/supplement-request", "DOSSIER_SUPPLEMENT_REQUEST", Subject.TASK),
            change("POST /api/dossiers/{code}/reschedule", "DOSSIER_RESCHEDULE", Subject.DOSSIER),
            change("POST /tasks/{id}/reschedule", "DOSSIER_RESCHEDULE", Subject.TASK),
            change("POST /api/dossiers/{code}/stop", "DOSSIER_STOP", Subject.DOSSIER),
            change("POST /tasks/{id}/stop", "DOSSIER_STOP", Subject.TASK),
            change("POST /api/dossiers/{code}/withdraw", "DOSSIER_WITHDRAW", Subject.DOSSIER),
            // steps: claim, release, decide (approve, sign, refuse …)
            change("POST /api/tasks/{id}/claim", "STEP_CLAIM", Subject.TASK),
            change("POST /tasks/{id}/claim", "STEP_CLAIM", Subject.TASK),
            change("POST /api/tasks/{id}/unclaim", "STEP_UNCLAIM", Subject.TASK),
            change("POST /tasks/{id}/unclaim", "STEP_UNCLAIM", Subject.TASK),
            change("POST /api/tasks/{id}/complete", "STEP_COMPLETE", Subject.TASK),
            change("POST /tasks/{id}/complete", "STEP_COMPLETE", Subject.TASK),
            // citizens
            change("POST /portal/submit/{procedureCode}", "PORTAL_SUBMIT", Subject.NONE),
            change("POST /portal/lookup", "PORTAL_LOOKUP", Subject.NONE),
            change("POST /portal/rating", "PORTAL_RATING", Subject.NONE),
            // the national portal hands over an online dossier (machine to machine, signed)
            change("POST /api/national-portal/dossiers", "NATIONAL_PORTAL_RECEIVE", Subject.NEW_DOSSIER),
            change("POST /portal/verify/{id}", "PORTAL_VERIFY_COPY", Subject.NONE),
            change("POST /api/public/documents/{id}/copy-check", "PORTAL_VERIFY_COPY", Subject.NONE),
            // procedures and what-if
            change("POST /api/procedures/validate", "PROCEDURE_VALIDATE", Subject.NONE),
            change("POST /api/procedures/{code}/versions", "PROCEDURE_DEPLOY", Subject.NONE),
            change("POST /api/procedures/{code}/drafts", "PROCEDURE_DRAFT_SAVE", Subject.NONE),
            change("POST /api/procedures/{code}/drafts/{id}/deploy", "PROCEDURE_DRAFT_DEPLOY", Subject.NONE),
            change("POST /procedures/{code}/whatif", "WHATIF_START", Subject.NONE),
            change("POST /api/procedures/{code}/whatif", "WHATIF_START", Subject.NONE),
            change("POST /procedures/whatif/{id}/cancel", "WHATIF_CANCEL", Subject.NONE),
            // accounts and agencies (administrators)
            change("POST /admin/users", "ACCOUNT_CREATE", Subject.NONE),
            change("POST /api/admin/users", "ACCOUNT_CREATE", Subject.NONE),
            change("POST /admin/users/{username}/assignment", "ACCOUNT_ASSIGN", Subject.NONE),
            change("PUT /api/admin/users/{username}/assignment", "ACCOUNT_ASSIGN", Subject.NONE),
            change("POST /admin/users/{username}/disable", "ACCOUNT_DISABLE", Subject.NONE),
            change("POST /api/admin/users/{username}/disable", "ACCOUNT_DISABLE", Subject.NONE),
            change("POST /admin/users/{username}/enable", "ACCOUNT_ENABLE", Subject.NONE),
            change("POST /api/admin/users/{username}/enable", "ACCOUNT_ENABLE", Subject.NONE),
            change("POST /admin/users/{username}/password", "ACCOUNT_RESET_PASSWORD", Subject.NONE),
            change("PUT /api/admin/users/{username}/password", "ACCOUNT_RESET_PASSWORD", Subject.NONE),
            change("POST /admin/agencies", "AGENCY_ADD", Subject.NONE),
            change("POST /admin/agencies/{code}/name", "AGENCY_RENAME", Subject.NONE),
            // the national portal's outbox
            change("POST /admin/national-portal/messages/{id}/resend", "NATIONAL_PORTAL_RESEND", Subject.NONE),
            // calendar and the audit trail itself
            change("PUT /api/calendar/{year}", "CALENDAR_OVERRIDES_REPLACE", Subject.NONE),
            change("POST /admin/calendar/overrides", "CALENDAR_OVERRIDE_SAVE", Subject.NONE),
            change("POST /admin/calendar/overrides/{date}/remove", "CALENDAR_OVERRIDE_REMOVE", Subject.NONE),
            change("POST /api/audit/verification", "AUDIT_VERIFY", Subject.NONE),
            change("POST /audit/verification", "AUDIT_VERIFY", Subject.NONE));

    /** Reads that address one dossier or one of its steps: a refusal is on that dossier's trail. */
    private static final List<Map.Entry<String, AuditedAction>> READS = List.of(
            Map.entry("/dossiers/{code}", new AuditedAction("DOSSIER_VIEW", Subject.DOSSIER)),
            Map.entry("/api/dossiers/{code}", new AuditedAction("DOSSIER_VIEW", Subject.DOSSIER)),
            Map.entry("/desk/received/{code}", new AuditedAction("DOSSIER_VIEW", Subject.DOSSIER)),
            Map.entry("/api/public/dossiers/{code}", new AuditedAction("PORTAL_LOOKUP", Subject.DOSSIER)),
            Map.entry("/tasks/{id}", new AuditedAction("STEP_VIEW", Subject.TASK)),
            Map.entry("/api/tasks/{id}", new AuditedAction("STEP_VIEW", Subject.TASK)));

    private AuditedActions() {
    }

    /** The action of a request, by its method and the address pattern its handler is mapped to. */
    static AuditedAction of(String method, String pattern) {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return READS.stream()
                    .filter(read -> pattern.equals(read.getKey()) || pattern.startsWith(read.getKey() + "/"))
                    .map(Map.Entry::getValue).findFirst().orElse(VIEW);
        }
        return CHANGES.getOrDefault(method + " " + pattern, UNLISTED_CHANGE);
    }

    /** Whether a changing request has an entry of its own (for the test that keeps the list complete). */
    static boolean lists(String method, String pattern) {
        return CHANGES.containsKey(method + " " + pattern);
    }

    /** Every code the trail may store from a web request, for the test that each has a label. */
    static List<String> codes() {
        return Stream.of(Stream.of(UNLISTED_CHANGE, VIEW), CHANGES.values().stream(),
                        READS.stream().map(Map.Entry::getValue))
                .flatMap(actions -> actions).map(AuditedAction::code).distinct().toList();
    }

    private static Map.Entry<String, AuditedAction> change(String request, String code, Subject subject) {
        return Map.entry(request, new AuditedAction(code, subject));
    }
}
