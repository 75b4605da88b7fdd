package vn.motcua.simulation.whatif;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.ProvinceClock;

/**
 * What the recent past says about a procedure, read (never written) from the dossiers and the
 * reporting facts: where it is received, how often, and how long each step took.
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
                SELECT agency_code FROM dossier WHERE procedure_code = ?
                GROUP BY agency_code ORDER BY COUNT(*) DESC, agency_code""")
                .param(procedureCode).query(String.class).list().stream().findFirst();
    }

    /** Dossiers received per working day over the last 60 days, if any were received. */
    Optional<Double> arrivalsPerWorkingDay(String procedureCode) {
        LocalDateTime now = clock.now();
        LocalDateTime since = now.minusDays(ARRIVAL_WINDOW_DAYS);
        long received = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE procedure_code = ? AND received_at >= ?")
                .params(procedureCode, since).query(Long.class).single();
        long workingDays = since.toLocalDate().datesUntil(now.toLocalDate().plusDays(1))
                .filter(calendar::isWorkingDay).count();
        return received == 0 || workingDays == 0 ? Optional.empty() : Optional.of((double) received / workingDays);
    }

    /** Mean working minutes of each step completed in the last 180 days, by step id. */
    Map<String, Double> serviceMinutes(String procedureCode) {
        LocalDate since = clock.now().toLocalDate().minusDays(SERVICE_WINDOW_DAYS);
        Map<String, Double> means = new HashMap<>();
        jdbc.sql("""
                SELECT step_id, AVG(working_minutes) FROM step_fact
                WHERE procedure_code = ? AND completed_day >= ? AND working_minutes IS NOT NULL
                GROUP BY step_id""")
                .params(procedureCode, since)
                .query((rs, row) -> means.put(rs.getString(1), rs.getDouble(2))).list();
        return means;
    }
}
