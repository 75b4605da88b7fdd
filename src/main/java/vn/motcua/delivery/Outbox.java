package vn.motcua.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/**
 * The outbox: queues a message in the caller's transaction (it exists if and only if the change
 * it reports committed), and answers the operators' questions about what is waiting.
 */
@Service
public class Outbox {

    static final String COLUMNS = "id, channel, kind, ordering_key, payload, status, attempts, created_at, "
            + "next_attempt_at, sent_at, last_error";
    /** Longest stored error text: the column's width. */
    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final WallClock clock;

    Outbox(JdbcClient jdbc, WallClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues a message for a channel. Only inside the transaction of the change it reports: a
     * message written on its own could survive a change that rolled back, or be lost after one
     * that committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String channel, String orderingKey, String kind, String payload) {
        LocalDateTime now = clock.now();
        jdbc.sql("INSERT INTO delivery_message (channel, kind, ordering_key, payload, status, attempts, created_at, "
                        + "next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(channel, kind, orderingKey, payload, now, now).update();
    }

    /** A channel's messages of the last {@code days} days (by creation), newest day first. */
    public List<DailyDeliveries> daily(String channel, int days) {
        LocalDateTime since = clock.now().toLocalDate().minusDays(days - 1L).atStartOfDay();
        return jdbc.sql("SELECT CAST(created_at AS DATE) AS created_day, "
                        + "SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) "
                        + "FROM delivery_message WHERE channel = ? AND created_at >= ? "
                        + "GROUP BY CAST(created_at AS DATE) ORDER BY created_day DESC")
                .params(channel, since)
                .query((rs, n) -> new DailyDeliveries(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }

    /** How many of a channel's messages stand so (the outbox's depth, for metrics and the page). */
    public long count(String channel, DeliveryStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_message WHERE channel = ? AND status = ?")
                .params(channel, status.name()).query(Long.class).single();
    }

    /** The message that has waited longest, if any waits. */
    public Optional<QueuedMessage> oldestPending(String channel) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery_message WHERE channel = ? AND status = 'PENDING' "
                        + "ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param(channel).query(Outbox::message).optional();
    }

    /** A channel's messages in one status, newest first. */
    public ResultPage<QueuedMessage> list(String channel, DeliveryStatus status, PageRequest page) {
        List<QueuedMessage> items = jdbc.sql("SELECT " + COLUMNS + " FROM delivery_message WHERE channel = ? "
                        + "AND status = ? ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(channel, status.name(), page.offset(), page.size()).query(Outbox::message).list();
        return ResultPage.of(items, page, count(channel, status));
    }

    /** Every message of one key (a dossier), in the order they are sent. */
    public List<QueuedMessage> messagesOf(String channel, String orderingKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery_message WHERE channel = ? AND ordering_key = ? "
                        + "ORDER BY id")
                .params(channel, orderingKey).query(Outbox::message).list();
    }

    /**
     * Reconciliation: the keys whose newest message the destination has not acknowledged, the
     * longest waiting first.
     */
    public ResultPage<UnacknowledgedKey> unacknowledged(String channel, PageRequest page) {
        List<UnacknowledgedKey> items = jdbc.sql("SELECT u.ordering_key, COUNT(*), "
                        + "SUM(CASE WHEN u.status = 'FAILED' THEN 1 ELSE 0 END), MIN(u.created_at), "
                        + "(SELECT MAX(s.sent_at) FROM delivery_message s WHERE s.channel = u.channel "
                        + "AND s.ordering_key = u.ordering_key AND s.status = 'SENT') "
                        + "FROM delivery_message u WHERE u.channel = ? AND u.status <> 'SENT' "
                        + "GROUP BY u.channel, u.ordering_key ORDER BY MIN(u.id) OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(channel, page.offset(), page.size())
                .query((rs, n) -> new UnacknowledgedKey(rs.getString(1), rs.getLong(2), rs.getLong(3) > 0,
                        time(rs, 4), time(rs, 5)))
                .list();
        long total = jdbc.sql("SELECT COUNT(DISTINCT ordering_key) FROM delivery_message WHERE channel = ? "
                + "AND status <> 'SENT'").param(channel).query(Long.class).single();
        return ResultPage.of(items, page, total);
    }

    /**
     * Puts a parked message back in the queue, to be tried at once (after an operator or a new
     * release corrected what the destination refused).
     */
    @Transactional
    public void resend(String channel, long id) {
        int updated = jdbc.sql("UPDATE delivery_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "last_error = NULL WHERE id = ? AND channel = ? AND status = 'FAILED'")
                .params(clock.now(), id, channel).update();
        if (updated == 0) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM delivery_message WHERE id = ? AND channel = ?")
                    .params(id, channel).query(Long.class).single() > 0;
            if (!exists) {
                throw new NotFoundException("id", "error.delivery.unknownMessage", id);
            }
            throw new ConflictException("id", "error.delivery.notFailed", id);
        }
    }

    static String shortened(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    static QueuedMessage message(ResultSet rs, int row) throws SQLException {
        return new QueuedMessage(rs.getLong("id"), rs.getString("channel"), rs.getString("kind"),
                rs.getString("ordering_key"), rs.getString("payload"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), time(rs, "created_at"), time(rs, "next_attempt_at"), time(rs, "sent_at"),
                rs.getString("last_error"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
