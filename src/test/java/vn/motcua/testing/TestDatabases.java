package vn.motcua.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where test databases come from. {@code -Dtest.database=postgres} (the Maven "postgres"
 * execution) selects PostgreSQL: the server named by TEST_POSTGRES_URL (user
 * TEST_POSTGRES_USER, default postgres) or else an embedded server from Maven Central.
 * Every Spring context gets a fresh database, dropped when the JVM ends.
 */
public final class TestDatabases {

    private static final List<String> created = new CopyOnWriteArrayList<>();
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
        String name = "motcua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        created.add(name);
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
                execute("SELECT 1");
            } else {
                embedded = EmbeddedPostgres.builder().start();
                postgresAdminUrl = embedded.getJdbcUrl("postgres", "postgres");
                postgresUser = "postgres";
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated));
        } catch (Exception e) {
            postgresAdminUrl = null;
            unavailableReason = (external != null ? "TEST_POSTGRES_URL=" + external + ": " : "embedded server: ")
                    + e.getMessage();
        }
    }

    private static void dropCreated() {
        for (String name : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // the JVM is ending; a leftover test database is harmless
            }
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
