package vn.motcua.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Lets one node at a time start on a database: taken the moment the application's DataSource
 * exists, before anything has used it, and released when the application is ready. Flyway, the
 * engine's schema creation ({@code camunda.bpm.database.schema-update}), the catalogue's
 * deployment of bpmn/ and the first-start data therefore never run on two nodes at once: two
 * nodes started together on an empty database used to race in the engine's DDL and the
 * catalogue's inserts, and one of them died.
 *
 * <p>On PostgreSQL this is a session-level advisory lock on a connection of its own: a node that
 * dies while starting releases it with its connection. A node that is already running holds
 * nothing, so restarting one node of a running cluster waits for no one. H2 serves one process
 * only, so there is nothing to lock.
 */
public class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, Ordered,
        DisposableBean {

    /** The advisory lock's key: any number only this application uses ("motcua" in ASCII). */
    static final long KEY = 0x6d6f74637561L;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final Duration timeout;
    private boolean attempted;
    private Connection holder;

    public StartupLock(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !attempted) {
            attempted = true;
            acquire(dataSource);
        }
        return bean;
    }

    private void acquire(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!Databases.isPostgres(connection)) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            waitForLock(connection);
            holder = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot take the start-up lock on the database", e);
        }
    }

    private void waitForLock(Connection connection) throws SQLException {
        Instant start = Instant.now();
        Instant nextLog = start.plus(LOG_EVERY);
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, KEY);
            while (!locked(tryLock)) {
                Instant now = Instant.now();
                if (now.isAfter(start.plus(timeout))) {
                    throw new IllegalStateException("Another node has been starting on this database for more than "
                            + timeout + "; giving up (motcua.cluster.startup-lock-timeout)");
                }
                if (now.isAfter(nextLog)) {
                    log.info("Waiting for another node to finish starting on this database ({} s so far)",
                            Duration.between(start, now).toSeconds());
                    nextLog = now.plus(LOG_EVERY);
                }
                sleep();
            }
        }
        log.info("Start-up lock taken after {} ms", Duration.between(start, Instant.now()).toMillis());
    }

    private static boolean locked(PreparedStatement tryLock) throws SQLException {
        try (ResultSet rs = tryLock.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
        }
    }

    /** Ready: every start-up step, application runners and ready listeners included, is done. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    /** A start-up that fails closes the context: let the next node in. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (holder == null) {
            return;
        }
        try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
            log.info("Start-up lock released");
        } catch (SQLException e) {
            log.warn("Could not release the start-up lock; closing its connection releases it: {}", e.getMessage());
        } finally {
            closeQuietly(holder);
            holder = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing the start-up lock's connection failed", e);
        }
    }

    /** Last among ready listeners: the demo data generated on a first start is written under the lock. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
