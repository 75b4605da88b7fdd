package vn.motcua.portal;

import java.time.Duration;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.cluster.Databases;

/**
 * Slows down guessing at the public lookup: after {@value #FREE_MISSES} misses from one client
 * within the window, further lookups are refused until the window has passed. Misses are
 * counted per client address in the database, so every node of a cluster counts together: a
 * guesser whose requests a load balancer spreads over two nodes gets no more tries.
 */
@Component
public class LookupThrottle {

    static final int FREE_MISSES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses longer than this (none are) are cut, never refused: the throttle must not fail. */
    private static final int MAX_CLIENT_LENGTH = 64;

    /*
     * One statement that starts a new window or counts in the running one, so two nodes
     * counting the same client at once both count. PostgreSQL's ON CONFLICT is safe under that
     * race; standard MERGE is what H2 (one node) understands. Parameters: client, now, window start.
     */
    private static final String POSTGRES_MISS = """
            INSERT INTO lookup_miss (client, misses, window_start) VALUES (?, 1, ?)
            ON CONFLICT (client) DO UPDATE SET
                misses = CASE WHEN lookup_miss.window_start <= ? THEN 1 ELSE lookup_miss.misses + 1 END,
                window_start = CASE WHEN lookup_miss.window_start <= ? THEN EXCLUDED.window_start
                                    ELSE lookup_miss.window_start END""";
    private static final String STANDARD_MISS = """
            MERGE INTO lookup_miss t
            USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP))) AS s (client, now_at) ON t.client = s.client
            WHEN MATCHED THEN UPDATE SET
                misses = CASE WHEN t.window_start <= ? THEN 1 ELSE t.misses + 1 END,
                window_start = CASE WHEN t.window_start <= ? THEN s.now_at ELSE t.window_start END
            WHEN NOT MATCHED THEN INSERT (client, misses, window_start) VALUES (s.client, 1, s.now_at)""";

    private record Misses(int count, LocalDateTime since) {
    }

    private final JdbcClient jdbc;
    private final ProvinceClock clock;
    private final String recordMiss;

    LookupThrottle(JdbcClient jdbc, ProvinceClock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recordMiss = Databases.isPostgres(dataSource) ? POSTGRES_MISS : STANDARD_MISS;
    }

    /** How long the client must wait before its next lookup, or zero. */
    public Duration waitFor(String client) {
        LocalDateTime now = clock.now();
        return jdbc.sql("SELECT misses, window_start FROM lookup_miss WHERE client = ?").param(key(client))
                .query((rs, row) -> new Misses(rs.getInt(1), rs.getObject(2, LocalDateTime.class))).optional()
                .filter(misses -> misses.count() >= FREE_MISSES)
                .map(misses -> Duration.between(now, misses.since().plus(WINDOW)))
                .filter(wait -> !wait.isNegative() && !wait.isZero())
                .orElse(Duration.ZERO);
    }

    public void recordMiss(String client) {
        LocalDateTime now = clock.now();
        LocalDateTime expiredBefore = now.minus(WINDOW);
        jdbc.sql(recordMiss).params(key(client), now, expiredBefore, expiredBefore).update();
    }

    /** Forgets clients whose window has passed, on one node per run. */
    @Scheduled(fixedDelayString = "${motcua.portal.lookup-miss-cleanup-every:PT15M}")
    @SchedulerLock(name = "lookupThrottle.forgetExpired")
    public void forgetExpired() {
        jdbc.sql("DELETE FROM lookup_miss WHERE window_start <= ?").param(clock.now().minus(WINDOW)).update();
    }

    private static String key(String client) {
        String address = client == null ? "" : client;
        return address.length() > MAX_CLIENT_LENGTH ? address.substring(0, MAX_CLIENT_LENGTH) : address;
    }
}
