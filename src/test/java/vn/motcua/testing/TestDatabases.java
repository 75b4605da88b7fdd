package vn.motcua.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where test databases come from. {@code -Dtest.database=postgres} (the Maven "postgres"
 * execution) selects PostgreSQL: the server named by TEST_POSTGRES_URL (user
 * TEST_POSTGRES_USER, default postgres) or else an embedded server from Maven Central.
 * Every Spring context gets a fresh database. Databases of earlier runs on an external
 * server are dropped at the next run (their names carry their creation time), never while
 * a JVM might still be using them.
 */
public final class TestDatabases {

    private static final String PREFIX = "motcua_test_";
    private static final long STALE_AFTER_SECONDS = 6 * 3600;
    private static String postgresAdminUrl;
    private static String postgresUser;
    private static String unavailableReason;
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public static boolean postgresSelected() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"));
    }

    /** Spring properties for a new, empty database of the selected kind. */
    public static synchronized Map<String, String> newDatabase() {
        if (!postgresSelected()) {
            // benchmarks measure the file database the application really runs on
            String store = Boolean.getBoolean("test.h2.file") ? "file:./target/h2/" : "mem:";
            String url = "jdbc:h2:" + store + "motcua-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        startPostgres();
        if (unavailableReason != null) {
            throw new IllegalStateException("PostgreSQL is not available: " + unavailableReason);
        }
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE DATABASE " + name);
        return Map.of("spring.datasource.url", postgresAdminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                "spring.datasource.username", postgresUser, "spring.datasource.password", "");
    }

    /** Null when PostgreSQL can be used, else why not. */
    public static synchronized String postgresUnavailableReason() {
        startPostgres();
        return unavailableReason;
    }

    private static void startPostgres() {
        if (postgresAdminUrl != null || unavailableReason != null) {
            return;
        }
        String external = System.getenv("TEST_POSTGRES_URL");
        try {
            if (external != null && !external.isBlank()) {
                postgresAdminUrl = external;
                postgresUser = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
                dropStaleDatabases();
            } else {
                embedded = EmbeddedPostgres.builder().start();
                postgresAdminUrl = embedded.getJdbcUrl("postgres", "postgres");
                postgresUser = "postgres";
            }
        } catch (Exception e) {
            postgresAdminUrl = null;
            unavailableReason = (external != null ? "TEST_POSTGRES_URL=" + external + ": " : "embedded server: ")
                    + e.getMessage();
        }
    }

    private static void dropStaleDatabases() throws SQLException {
        long now = Instant.now().getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgresAdminUrl, postgresUser, "");
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery(
                     "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length != 2 || !parts[0].matches("\\d+")
                        || now - Long.parseLong(parts[0]) > STALE_AFTER_SECONDS) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresAdminUrl, postgresUser, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
