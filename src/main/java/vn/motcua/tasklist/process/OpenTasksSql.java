package vn.motcua.tasklist.process;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.TaskListQuery;
import vn.motcua.tasklist.Urgency;

/**
 * The SQL of a clerk's task list, for Camunda's native task query (ADR 0019). Camunda's own
 * TaskQuery with {@code or().taskAssignee().taskCandidateGroupIn()} selects DISTINCT over every
 * column and sorts every open task of the engine; here the groups are an EXISTS on the identity
 * links, the order walks the index on (DUE_DATE_, ID_), and the dossier's read model
 * ({@code dossier_record}) is joined only when a filter or the order needs it. Urgency is a
 * comparison of stored dates: the task's due date, its follow-up date (when it becomes due soon,
 * see DueSoonThreshold) and its suspension (paused for a supplement).
 *
 * Runs unchanged on H2 and PostgreSQL. Parameters are bound (#{...}), never written into the SQL.
 */
final class OpenTasksSql {

    private static final int SUSPENDED = SuspensionState.SUSPENDED.getStateCode();
    private static final String ASSIGNED_TO_USER = "RES.ASSIGNEE_ = #{assignee}";

    private final String from;
    private final String openInGroups;
    private final String filters;
    private final String orderBy;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    OpenTasksSql(String username, List<String> groups, TaskListQuery query, LocalDateTime now) {
        boolean joinsDossier = query.dossier() != null || query.procedure() != null || query.status() != null
                || query.sort() != TaskListQuery.Order.DUE;
        this.from = " FROM ACT_RU_TASK RES"
                + (joinsDossier ? " JOIN dossier_record D ON D.process_instance_id = RES.PROC_INST_ID_" : "");
        parameters.put("assignee", username);
        this.openInGroups = groups.isEmpty() ? null
                : "RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = RES.ID_"
                + " AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IN ("
                + IntStream.range(0, groups.size()).mapToObj(i -> "#{group" + i + "}").collect(Collectors.joining(", "))
                + "))";
        for (int i = 0; i < groups.size(); i++) {
            parameters.put("group" + i, groups.get(i));
        }
        // a task outside any process belongs to no dossier
        StringBuilder sql = new StringBuilder(" AND RES.PROC_INST_ID_ IS NOT NULL");
        if (query.dossier() != null) {
            sql.append(" AND D.code = #{dossierCode}");
            parameters.put("dossierCode", query.dossier());
        }
        if (query.procedure() != null) {
            sql.append(" AND D.procedure_code = #{procedureCode}");
            parameters.put("procedureCode", query.procedure());
        }
        if (query.status() != null) {
            sql.append(" AND D.status = #{dossierStatus}");
            parameters.put("dossierStatus", query.status());
        }
        if (query.due() != null) {
            sql.append(urgency(query.due()));
            parameters.put("now", ProvinceClock.toDate(now));
        }
        this.filters = sql.toString();
        this.orderBy = switch (query.sort()) {
            case DUE -> " ORDER BY RES.DUE_DATE_, RES.ID_";
            case RECEIVED -> " ORDER BY D.received_at, RES.DUE_DATE_, RES.ID_";
            case CODE -> " ORDER BY D.code, RES.ID_";
        };
    }

    /** The same rule as {@link Urgency#of}: paused, else overdue after the due date, else due soon. */
    private static String urgency(Urgency urgency) {
        String running = " AND RES.SUSPENSION_STATE_ <> " + SUSPENDED;
        return switch (urgency) {
            case PAUSED -> " AND RES.SUSPENSION_STATE_ = " + SUSPENDED;
            case OVERDUE -> running + " AND RES.DUE_DATE_ < #{now}";
            case DUE_SOON -> running + " AND (RES.DUE_DATE_ IS NULL OR RES.DUE_DATE_ >= #{now})"
                    + " AND RES.FOLLOW_UP_DATE_ <= #{now}";
            case ON_TRACK -> running + " AND (RES.DUE_DATE_ IS NULL OR RES.DUE_DATE_ >= #{now})"
                    + " AND (RES.FOLLOW_UP_DATE_ IS NULL OR RES.FOLLOW_UP_DATE_ > #{now})";
        };
    }

    /** Walks the order's index and stops after the page (LIMIT/OFFSET come from listPage). */
    String page() {
        String visible = openInGroups == null ? ASSIGNED_TO_USER : "(" + ASSIGNED_TO_USER + " OR " + openInGroups + ")";
        return "SELECT RES.*" + from + " WHERE " + visible + filters + orderBy;
    }

    /**
     * The two kinds of visible task counted apart (they are disjoint: assigned or not): without
     * the OR, PostgreSQL counts the groups' tasks with a semi-join from the identity links, where
     * with it it scans every open task, and its estimate crossed the JIT threshold (a second of
     * compilation for one count, measured).
     */
    String count() {
        String mine = "(SELECT COUNT(*)" + from + " WHERE " + ASSIGNED_TO_USER + filters + ")";
        return openInGroups == null ? "SELECT " + mine
                : "SELECT " + mine + " + (SELECT COUNT(*)" + from + " WHERE " + openInGroups + filters + ")";
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
