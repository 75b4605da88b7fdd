package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.deadline.Timeliness;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/**
 * SQL for dossiers, their transitions and participating agencies. Dossiers read or written in
 * a transaction are kept for the rest of it: one step passes through the task list, the engine
 * and its listeners, and each would otherwise read the same row again.
 */
@Repository
class DossierStore {

    static final String DOSSIER_COLUMNS = """
            code, procedure_code, process_definition_id, process_instance_id, agency_code, channel, status,
            applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address,
            received_at, count_from, original_due_at, due_at, rescheduled_due_at, paused_at, paused_minutes,
            resolved_at, result, timeliness, returned_at, closed_at, created_by, row_version""";
    private static final String TRANSITION_COLUMNS = """
            id, dossier_code, occurred_at, actor, action, from_status, to_status, step_id, step_name,
            agency_code, started_at, due_at, on_time, outcome, working_minutes, note""";

    /** Which dossier a process instance belongs to never changes: remembered across transactions. */
    private static final int MAX_REMEMBERED_PROCESSES = 100_000;
    private final Map<String, String> codeByProcessInstance = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Dossier d) {
        remember(d);
        jdbc.sql("INSERT INTO dossier (" + DOSSIER_COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.code(), d.procedureCode(), d.processDefinitionId(), d.processInstanceId(), d.agencyCode(),
                        d.channel().name(), d.status().code(), d.applicant().fullName(), d.applicant().idNumber(),
                        d.applicant().phone(), d.applicant().email(), d.applicant().address(), d.receivedAt(),
                        d.countFrom(), d.originalDueAt(), d.dueAt(), d.rescheduledDueAt(), d.pausedAt(),
                        d.pausedMinutes(), d.resolvedAt(), name(d.result()), name(d.timeliness()), d.returnedAt(),
                        d.closedAt(), d.createdBy(), d.rowVersion())
                .update();
        insertSearchTerms(d);
    }

    /** The applicant and code never change once stored, so neither do the terms a dossier is found by. */
    private void insertSearchTerms(Dossier d) {
        List<String> terms = SearchText.terms(d.code(), d.applicant().fullName());
        List<Object> params = new ArrayList<>();
        terms.forEach(term -> {
            params.add(term);
            params.add(d.code());
        });
        jdbc.sql("INSERT INTO dossier_search_term (term, dossier_code) VALUES "
                        + String.join(", ", terms.stream().map(term -> "(?, ?)").toList()))
                .params(params).update();
    }

    /**
     * Writes the changeable fields, if nobody else changed the dossier since it was read
     * (optimistic lock on row_version); otherwise the whole action is refused.
     */
    Dossier update(Dossier d) {
        int updated = jdbc.sql("""
                        UPDATE dossier SET process_definition_id = ?, process_instance_id = ?, status = ?,
                            due_at = ?, rescheduled_due_at = ?, paused_at = ?, paused_minutes = ?, resolved_at = ?,
                            result = ?, timeliness = ?, returned_at = ?, closed_at = ?, row_version = row_version + 1
                        WHERE code = ? AND row_version = ?""")
                .params(d.processDefinitionId(), d.processInstanceId(), d.status().code(), d.dueAt(),
                        d.rescheduledDueAt(), d.pausedAt(), d.pausedMinutes(), d.resolvedAt(), name(d.result()),
                        name(d.timeliness()), d.returnedAt(), d.closedAt(), d.code(), d.rowVersion())
                .update();
        if (updated == 0) {
            throw new ConflictException(null, "error.dossier.changedConcurrently", d.code());
        }
        return remember(d.savedOnce());
    }

    Optional<Dossier> find(String code) {
        Map<String, Dossier> known = unitOfWork();
        if (known.containsKey(code)) {
            return Optional.of(known.get(code));
        }
        return jdbc.sql("SELECT " + DOSSIER_COLUMNS + " FROM dossier WHERE code = ?").param(code)
                .query(this::mapDossier).optional().map(this::remember);
    }

    /**
     * The dossier as committed, its row locked until this transaction ends: whoever else acts
     * on the dossier, on any node, waits here and then reads what this transaction wrote.
     */
    Optional<Dossier> lockForChange(String code) {
        return jdbc.sql("SELECT " + DOSSIER_COLUMNS + " FROM dossier WHERE code = ? FOR UPDATE").param(code)
                .query(this::mapDossier).optional().map(this::remember);
    }

    /** The dossiers of these codes that exist, in one query (a page of a list). */
    List<Dossier> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DOSSIER_COLUMNS + " FROM dossier WHERE code IN (:codes)").param("codes", codes)
                .query(this::mapDossier).list().stream().map(this::remember).toList();
    }

    Optional<Dossier> findByProcessInstance(String processInstanceId) {
        Optional<Dossier> known = unitOfWork().values().stream()
                .filter(d -> processInstanceId.equals(d.processInstanceId())).findFirst();
        if (known.isPresent()) {
            return known;
        }
        return jdbc.sql("SELECT " + DOSSIER_COLUMNS + " FROM dossier WHERE process_instance_id = ?")
                .param(processInstanceId).query(this::mapDossier).optional().map(this::remember);
    }

    /** The dossiers an agency received in [from, to), oldest first (the logbook's rows). */
    List<Dossier> receivedBetween(String agencyCode, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT " + DOSSIER_COLUMNS + " FROM dossier WHERE agency_code = ? AND received_at >= ? "
                        + "AND received_at < ? ORDER BY received_at, code")
                .params(agencyCode, from, to).query(this::mapDossier).list();
    }

    Map<String, String> codesByProcessInstance(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("SELECT process_instance_id, code FROM dossier WHERE process_instance_id IN (:ids)")
                .param("ids", processInstanceIds)
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }

    /** None for no process instance: a task created outside any process belongs to no dossier. */
    Optional<String> codeOfProcessInstance(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        String code = codeByProcessInstance.get(processInstanceId);
        return code != null ? Optional.of(code) : findByProcessInstance(processInstanceId).map(Dossier::code);
    }

    private Dossier remember(Dossier dossier) {
        unitOfWork().put(dossier.code(), dossier);
        if (dossier.processInstanceId() != null) {
            if (codeByProcessInstance.size() >= MAX_REMEMBERED_PROCESSES) {
                codeByProcessInstance.clear();
            }
            codeByProcessInstance.put(dossier.processInstanceId(), dossier.code());
        }
        return dossier;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Dossier> unitOfWork() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, Dossier> known = (Map<String, Dossier>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<String, Dossier> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DossierStore.this);
                }
            });
            known = fresh;
        }
        return known;
    }

    void addTransition(DossierTransition t) {
        jdbc.sql("INSERT INTO dossier_transition (dossier_code, occurred_at, actor, action, from_status, to_status, "
                        + "step_id, step_name, agency_code, started_at, due_at, on_time, outcome, working_minutes, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.dossierCode(), t.occurredAt(), t.actor(), t.action().name(),
                        typed(Types.INTEGER, t.fromStatus() == null ? null : t.fromStatus().code()),
                        t.toStatus().code(), typed(Types.VARCHAR, t.stepId()), typed(Types.VARCHAR, t.stepName()),
                        typed(Types.VARCHAR, t.agencyCode()), typed(Types.TIMESTAMP, t.startedAt()),
                        typed(Types.TIMESTAMP, t.dueAt()), typed(Types.BOOLEAN, t.onTime()),
                        typed(Types.VARCHAR, t.outcome()), typed(Types.INTEGER, t.workingMinutes()),
                        typed(Types.VARCHAR, t.note()))
                .update();
    }

    /**
     * A nullable value bound with its column's type. Untyped, a null binds as "unknown" and
     * PostgreSQL parses the statement again for every new pattern of nulls (a third of all
     * transition inserts, measured); typed, the prepared statement is reused.
     */
    private static SqlParameterValue typed(int sqlType, Object value) {
        return new SqlParameterValue(sqlType, value);
    }

    List<DossierTransition> transitions(String code) {
        return jdbc.sql("SELECT " + TRANSITION_COLUMNS + " FROM dossier_transition WHERE dossier_code = ? ORDER BY id")
                .param(code).query(this::mapTransition).list();
    }

    /** One page of the dossiers the filter lets through, in the order asked, with how many there are in all. */
    ResultPage<Dossier> page(DossierQueries.Filter filter, DossierOrder order, PageRequest page) {
        DossierQueries.Sql count = DossierQueries.count(filter);
        long total = jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
        if (total <= page.offset()) {
            return ResultPage.of(List.of(), page, total);
        }
        DossierQueries.Sql rows = DossierQueries.page(filter, order, page);
        return ResultPage.of(jdbc.sql(rows.text()).params(rows.params()).query(this::mapDossier).list(), page, total);
    }

    boolean hasParticipant(String code, String agencyCode) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_participant WHERE dossier_code = ? AND agency_code = ?")
                .params(code, agencyCode).query(Integer.class).single() > 0;
    }

    /** Which of these dossiers the agency took part in, in one query. */
    Set<String> participatedIn(Collection<String> codes, String agencyCode) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT dossier_code FROM dossier_participant WHERE agency_code = :agency "
                        + "AND dossier_code IN (:codes)")
                .param("agency", agencyCode).param("codes", codes).query(String.class).list());
    }

    void addParticipant(String code, String agencyCode) {
        jdbc.sql("INSERT INTO dossier_participant (dossier_code, agency_code) VALUES (?, ?)")
                .params(code, agencyCode).update();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private Dossier mapDossier(ResultSet rs, int row) throws SQLException {
        return new Dossier(rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("process_definition_id"), rs.getString("process_instance_id"),
                rs.getString("agency_code"), Channel.valueOf(rs.getString("channel")),
                DossierStatus.of(rs.getInt("status")),
                new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_phone"), rs.getString("applicant_email"),
                        rs.getString("applicant_address")),
                time(rs, "received_at"), time(rs, "count_from"), time(rs, "original_due_at"), time(rs, "due_at"),
                time(rs, "rescheduled_due_at"), time(rs, "paused_at"), rs.getInt("paused_minutes"),
                time(rs, "resolved_at"), enumOf(DossierResult.class, rs.getString("result")),
                enumOf(Timeliness.class, rs.getString("timeliness")), time(rs, "returned_at"),
                time(rs, "closed_at"), rs.getString("created_by"), rs.getInt("row_version"));
    }

    private DossierTransition mapTransition(ResultSet rs, int row) throws SQLException {
        int fromStatus = rs.getInt("from_status");
        boolean noFromStatus = rs.wasNull();
        Boolean onTime = rs.getObject("on_time") == null ? null : rs.getBoolean("on_time");
        return new DossierTransition(rs.getLong("id"), rs.getString("dossier_code"), time(rs, "occurred_at"),
                rs.getString("actor"), TransitionAction.valueOf(rs.getString("action")),
                noFromStatus ? null : DossierStatus.of(fromStatus), DossierStatus.of(rs.getInt("to_status")),
                rs.getString("step_id"), rs.getString("step_name"), rs.getString("agency_code"),
                time(rs, "started_at"), time(rs, "due_at"), onTime, rs.getString("outcome"),
                (Integer) rs.getObject("working_minutes", Integer.class), rs.getString("note"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
