package vn.motcua.security;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.ProvinceClock;

/**
 * Sign-in attempts per account and per source address, counted in the database so that all
 * nodes share one count (ADR 0008). An attempt is taken <em>before</em> its password is
 * checked, under a row lock: however many guesses arrive at once, no more than the policy's
 * attempts per window are evaluated. Taking the last one starts a block at once; blocks in a
 * row grow (doubling, up to a ceiling), so a stranger's few misses cost the owner seconds,
 * not a quarter of an hour.
 */
@Component
class LoginThrottle {

    /**
     * @param kind           prefix of the subject's key
     * @param attempts       attempts per window; the last one starts a block
     * @param window         how long attempts are counted together
     * @param firstBlock     the first block; each further one in a row lasts twice as long
     * @param longestBlock   the ceiling of a block
     * @param successForgets a successful sign-in wipes the count (an account) rather than only
     *                       giving back its own attempt (an address, where one's own account
     *                       must not reset the count of guesses at others')
     */
    record Policy(String kind, int attempts, Duration window, Duration firstBlock, Duration longestBlock,
                  boolean successForgets) {

        Duration block(int blocksInARow) {
            Duration block = firstBlock.multipliedBy(1L << Math.min(blocksInARow - 1, 20));
            return block.compareTo(longestBlock) > 0 ? longestBlock : block;
        }
    }

    static final Policy ACCOUNT = new Policy("account", 5, Duration.ofMinutes(15),
            Duration.ofSeconds(30), Duration.ofMinutes(15), true);
    /** An office behind one NAT address signs in many clerks: only failures add up here. */
    static final Policy ADDRESS = new Policy("address", 30, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofHours(1), false);

    /** A block that ended this long ago no longer makes the next one longer. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private record Count(int attempts, LocalDateTime windowStart, LocalDateTime blockedUntil, int blocks) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProvinceClock clock;

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Takes one attempt for the subject; false, taking nothing, while the subject is blocked. */
    boolean tryTake(Policy policy, String key) {
        String subject = policy.kind() + ":" + key;
        createIfAbsent(subject);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            LocalDateTime now = clock.now();
            Count count = jdbc.sql("""
                    SELECT attempts, window_start, blocked_until, blocks FROM login_throttle
                    WHERE subject = ? FOR UPDATE""").param(subject).query(Count.class).single();
            if (count.blockedUntil() != null && now.isBefore(count.blockedUntil())) {
                return false;
            }
            boolean windowOver = !now.isBefore(count.windowStart().plus(policy.window()));
            int taken = (windowOver ? 0 : count.attempts()) + 1;
            if (taken < policy.attempts()) {
                jdbc.sql("UPDATE login_throttle SET attempts = ?, window_start = ? WHERE subject = ?")
                        .params(taken, windowOver ? now : count.windowStart(), subject).update();
            } else {
                boolean remembered = count.blockedUntil() != null && count.blockedUntil().isAfter(now.minus(MEMORY));
                int blocks = (remembered ? count.blocks() : 0) + 1;
                LocalDateTime until = now.plus(policy.block(blocks));
                // the next window opens when the block ends
                jdbc.sql("""
                        UPDATE login_throttle SET attempts = 0, window_start = ?, blocked_until = ?, blocks = ?
                        WHERE subject = ?""").params(until, until, blocks, subject).update();
            }
            return true;
        }));
    }

    /** Whether the account or the address is blocked now: one read, taking nothing. */
    boolean eitherBlocked(String account, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE subject IN (?, ?) AND blocked_until > ?")
                .params(ACCOUNT.kind() + ":" + account, ADDRESS.kind() + ":" + address, clock.now())
                .query(Integer.class).single() > 0;
    }

    /** The subject's attempt proved the right password. */
    void succeeded(Policy policy, String key) {
        String subject = policy.kind() + ":" + key;
        if (policy.successForgets()) {
            jdbc.sql("UPDATE login_throttle SET attempts = 0, blocked_until = NULL, blocks = 0 WHERE subject = ?")
                    .param(subject).update();
        } else {
            jdbc.sql("UPDATE login_throttle SET attempts = attempts - 1 WHERE subject = ? AND attempts > 0")
                    .param(subject).update();
        }
    }

    /** Every node may run this: it only drops subjects nothing is remembered of any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetQuietSubjects() {
        LocalDateTime longAgo = clock.now().minus(MEMORY);
        jdbc.sql("DELETE FROM login_throttle WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until < ?)")
                .params(longAgo, longAgo).update();
    }

    private void createIfAbsent(String subject) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE subject = ?").param(subject)
                .query(Integer.class).single() > 0;
        if (!exists) {
            try {
                jdbc.sql("INSERT INTO login_throttle (subject, window_start) VALUES (?, ?)")
                        .params(subject, clock.now()).update();
            } catch (DuplicateKeyException createdByAParallelAttempt) {
                // the row is there, which is all this wanted
            }
        }
    }
}
