package vn.motcua.simulation.whatif;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.ProvinceClock;

/**
 * What the recent past says about a procedure, read (never written) from the dossier read model
 * (dossier_record) and the transitions: where it is received, how often, and how long each step
 * kept its clerk busy. (The transitions have no read model yet: their table is read directly.)
 */
@Component
class WhatIfHistory {

    static final int ARRIVAL_WINDOW_DAYS = 60;
    static final int SERVICE_WINDOW_DAYS = 180;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ProvinceClock clock;

    WhatIfHistory(JdbcClient jdbc, WorkingCalendar calendar, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The agency that received most of the procedure's dossiers. */
    Optional<String> busiestAgency(String procedureCode) {
        return jdbc.sql("""
                SELECT agency_code FROM dossier_record WHERE procedure_code = ?
                GROUP BY agency_code ORDER BY COUNT(*) DESC, agency_code""")
                .param(procedureCode).query(String.class).list().stream().findFirst();
    }

    /**
     * Dossiers the agency received per working day over the last 60 days, or since its first one
     * when that is later (a procedure received for a month only is not a quiet one), if any.
     */
    Optional<Double> arrivalsPerWorkingDay(String procedureCode, String agencyCode) {
        LocalDateTime now = clock.now();
        LocalDateTime since = now.minusDays(ARRIVAL_WINDOW_DAYS);
        return jdbc.sql("""
                SELECT COUNT(*), MIN(received_at) FROM dossier_record
                WHERE procedure_code = ? AND agency_code = ? AND received_at >= ? AND received_at <= ?""")
                .params(procedureCode, agencyCode, since, now)
                .query((rs, row) -> {
                    long received = rs.getLong(1);
                    if (received == 0) {
                        return Optional.<Double>empty();
                    }
                    LocalDateTime first = rs.getTimestamp(2).toLocalDateTime().toLocalDate().atStartOfDay();
                    double workingDays = calendar.workingTimeBetween(agencyCode, first, now).toMinutes()
                            / (double) WorkingCalendar.WORKING_DAY.toMinutes();
                    return workingDays <= 0 ? Optional.<Double>empty() : Optional.of(received / workingDays);
                }).single();
    }

    /**
     * The service times of the procedure's steps (see ServiceHistory), each step learned from its
     * completions of the 180 days up to its last one: up to now for a step of the version in
     * force, and for a step only an older version has, from the time that version was in force.
     */
    ServiceHistory serviceTimes(String procedureCode) {
        List<ServiceHistory.Completion> completions = jdbc.sql("""
                SELECT t.dossier_code, t.step_id, t.actor, t.agency_code, t.started_at, t.occurred_at
                FROM dossier_transition t JOIN dossier_record d ON d.code = t.dossier_code
                WHERE d.procedure_code = ? AND t.action = 'STEP_COMPLETED' AND t.started_at IS NOT NULL
                  AND t.occurred_at <= ?""")
                .params(procedureCode, clock.now())
                .query((rs, row) -> new ServiceHistory.Completion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toLocalDateTime(), rs.getTimestamp(6).toLocalDateTime()))
                .list();
        Map<String, LocalDateTime> lastOfStep = new HashMap<>();
        completions.forEach(c -> lastOfStep.merge(c.stepId(), c.completedAt(), (a, b) -> a.isAfter(b) ? a : b));
        List<ServiceHistory.Completion> recent = completions.stream()
                .filter(c -> !c.completedAt().isBefore(lastOfStep.get(c.stepId()).minusDays(SERVICE_WINDOW_DAYS)))
                .toList();
        return ServiceHistory.learn(recent, pauses(procedureCode), calendar);
    }

    /** Each dossier's waits for a supplement: from the request to the supplement's receipt. */
    private Map<String, List<ServiceHistory.Pause>> pauses(String procedureCode) {
        Map<String, List<ServiceHistory.Pause>> pauses = new HashMap<>();
        Map<String, LocalDateTime> requested = new HashMap<>();
        jdbc.sql("""
                SELECT t.dossier_code, t.action, t.occurred_at
                FROM dossier_transition t JOIN dossier_record d ON d.code = t.dossier_code
                WHERE d.procedure_code = ? AND t.action IN ('SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED')
                ORDER BY t.occurred_at, t.id""")
                .param(procedureCode)
                .query(rs -> {
                    String dossier = rs.getString(1);
                    LocalDateTime at = rs.getTimestamp(3).toLocalDateTime();
                    if (rs.getString(2).equals("SUPPLEMENT_REQUESTED")) {
                        requested.put(dossier, at);
                    } else if (requested.containsKey(dossier)) {
                        pauses.computeIfAbsent(dossier, d -> new ArrayList<>())
                                .add(new ServiceHistory.Pause(requested.remove(dossier), at));
                    }
                });
        return pauses;
    }
}
