package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.cluster.Databases;

/**
 * Keeps the daily rollup (tables sla_daily, sla_daily_duration) up to date. Called inside the
 * transaction of the change, so the rollup never disagrees with the dossiers.
 *
 * <p>Adding to a counter row that may not exist yet is an upsert; PostgreSQL's
 * {@code ON CONFLICT} is safe when two clerks create the same row at once, standard
 * {@code MERGE} is what H2 (one node, development) understands.
 */
@Component
class SlaRollup {

    /** One working day, for durations: the 8 office hours of the Labour Code. */
    static final int MINUTES_PER_WORKING_DAY = (int) WorkingCalendar.WORKING_DAY.toMinutes();
    private static final int MINUTES_PER_TENTH = MINUTES_PER_WORKING_DAY / 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Where a counted event belongs. */
    record Key(LocalDate day, String procedureCode, String agencyCode, String channel) {
    }

    /** What one event adds to its row. */
    record Counts(int received, int early, int onTime, int late, int refused, int notAccepted, int withdrawn,
                  int stopped, long workingMinutes) {
        static final Counts RECEIVED = new Counts(1, 0, 0, 0, 0, 0, 0, 0, 0);
        static final Counts NOT_ACCEPTED = new Counts(0, 0, 0, 0, 0, 1, 0, 0, 0);
        static final Counts WITHDRAWN = new Counts(0, 0, 0, 0, 0, 0, 1, 0, 0);
        static final Counts STOPPED = new Counts(0, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    private static final String POSTGRES_UPSERT = """
            INSERT INTO sla_daily (report_day, report_month, procedure_code, agency_code, channel, received, resolved_early,
                resolved_on_time, resolved_late, refused, not_accepted, withdrawn, stopped, working_minutes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (report_day, procedure_code, agency_code, channel) DO UPDATE SET
                received = sla_daily.received + EXCLUDED.received,
                resolved_early = sla_daily.resolved_early + EXCLUDED.resolved_early,
                resolved_on_time = sla_daily.resolved_on_time + EXCLUDED.resolved_on_time,
                resolved_late = sla_daily.resolved_late + EXCLUDED.resolved_late,
                refused = sla_daily.refused + EXCLUDED.refused,
                not_accepted = sla_daily.not_accepted + EXCLUDED.not_accepted,
                withdrawn = sla_daily.withdrawn + EXCLUDED.withdrawn,
                stopped = sla_daily.stopped + EXCLUDED.stopped,
                working_minutes = sla_daily.working_minutes + EXCLUDED.working_minutes""";

    private static final String STANDARD_UPSERT = """
            MERGE INTO sla_daily t
            USING (SELECT CAST(? AS DATE) report_day, CAST(? AS VARCHAR(7)) report_month, CAST(? AS VARCHAR(20)) procedure_code,
                          CAST(? AS VARCHAR(12)) agency_code, CAST(? AS VARCHAR(10)) channel, CAST(? AS INT) received,
                          CAST(? AS INT) early, CAST(? AS INT) on_time, CAST(? AS INT) late, CAST(? AS INT) refused,
                          CAST(? AS INT) not_accepted, CAST(? AS INT) withdrawn, CAST(? AS INT) stopped,
                          CAST(? AS BIGINT) working_minutes) s
            ON t.report_day = s.report_day AND t.procedure_code = s.procedure_code AND t.agency_code = s.agency_code
               AND t.channel = s.channel
            WHEN MATCHED THEN UPDATE SET received = t.received + s.received,
                resolved_early = t.resolved_early + s.early, resolved_on_time = t.resolved_on_time + s.on_time,
                resolved_late = t.resolved_late + s.late, refused = t.refused + s.refused,
                not_accepted = t.not_accepted + s.not_accepted, withdrawn = t.withdrawn + s.withdrawn,
                stopped = t.stopped + s.stopped, working_minutes = t.working_minutes + s.working_minutes
            WHEN NOT MATCHED THEN INSERT (report_day, report_month, procedure_code, agency_code, channel, received, resolved_early,
                resolved_on_time, resolved_late, refused, not_accepted, withdrawn, stopped, working_minutes)
            VALUES (s.report_day, s.report_month, s.procedure_code, s.agency_code, s.channel, s.received, s.early, s.on_time,
                s.late, s.refused, s.not_accepted, s.withdrawn, s.stopped, s.working_minutes)""";

    private static final String POSTGRES_DURATION_UPSERT = """
            INSERT INTO sla_daily_duration (report_day, report_month, procedure_code, agency_code, channel, tenth_days, dossiers)
            VALUES (?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT (report_day, procedure_code, agency_code, channel, tenth_days)
            DO UPDATE SET dossiers = sla_daily_duration.dossiers + 1""";

    private static final String STANDARD_DURATION_UPSERT = """
            MERGE INTO sla_daily_duration t
            USING (SELECT CAST(? AS DATE) report_day, CAST(? AS VARCHAR(7)) report_month, CAST(? AS VARCHAR(20)) procedure_code,
                          CAST(? AS VARCHAR(12)) agency_code, CAST(? AS VARCHAR(10)) channel,
                          CAST(? AS INT) tenth_days) s
            ON t.report_day = s.report_day AND t.procedure_code = s.procedure_code AND t.agency_code = s.agency_code
               AND t.channel = s.channel AND t.tenth_days = s.tenth_days
            WHEN MATCHED THEN UPDATE SET dossiers = t.dossiers + 1
            WHEN NOT MATCHED THEN INSERT (report_day, report_month, procedure_code, agency_code, channel, tenth_days, dossiers)
            VALUES (s.report_day, s.report_month, s.procedure_code, s.agency_code, s.channel, s.tenth_days, 1)""";

    private final JdbcClient jdbc;
    private final String upsert;
    private final String durationUpsert;

    SlaRollup(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        boolean postgres = Databases.isPostgres(dataSource);
        this.upsert = postgres ? POSTGRES_UPSERT : STANDARD_UPSERT;
        this.durationUpsert = postgres ? POSTGRES_DURATION_UPSERT : STANDARD_DURATION_UPSERT;
    }

    void add(Key key, Counts counts) {
        jdbc.sql(upsert).params(key.day(), key.day().format(MONTH), key.procedureCode(), key.agencyCode(),
                        key.channel(), counts.received(), counts.early(), counts.onTime(), counts.late(),
                        counts.refused(), counts.notAccepted(), counts.withdrawn(), counts.stopped(),
                        counts.workingMinutes())
                .update();
    }

    /** A resolved dossier's duration goes into its tenth-of-a-working-day bucket. */
    void addDuration(Key key, long workingMinutes) {
        jdbc.sql(durationUpsert).params(key.day(), key.day().format(MONTH), key.procedureCode(), key.agencyCode(),
                key.channel(), tenthsOfWorkingDay(workingMinutes)).update();
    }

    static int tenthsOfWorkingDay(long workingMinutes) {
        return (int) ((workingMinutes + MINUTES_PER_TENTH - 1) / MINUTES_PER_TENTH);
    }
}
