package vn.motcua.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application started as a separate JVM, as an operator runs a node: its own port and
 * files directory, profiles postgres and demo (the demo staff, no demo history), a given
 * database. Its class path is this test JVM's (Surefire sets {@code java.class.path} to the test
 * class path) without the test classes, so it works from a clean clone in {@code mvn verify}
 * with nothing packaged. Output goes to {@code target/nodes/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

    /** A node waits for another's start-up (advisory lock), so two nodes take two start-ups. */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String MAIN_CLASS = "vn.motcua.MotCuaApplication";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * The JVM options of the cluster tests' nodes: small and quick to start (C1 only), as a node
     * there serves a handful of requests.
     */
    private static final List<String> SMALL_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Starts a node on the database (returns at once; see {@link #awaitUp()}). */
    public static AppNode start(String name, String jdbcUrl, String user, String... extraArguments) {
        return start(name, jdbcUrl, user, SMALL_JVM, extraArguments);
    }

    /** Starts a node whose JVM runs with the given options instead (a benchmark's, an operator's). */
    public static AppNode start(String name, String jdbcUrl, String user, List<String> jvmOptions,
                                String... extraArguments) {
        int port = freePort();
        try {
            Path dir = Files.createDirectories(Path.of("target", "nodes"));
            Path log = dir.resolve(name + ".log");
            Path files = Files.createTempDirectory("motcua-" + name + "-files");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                    "-cp", applicationClassPath(), MAIN_CLASS,
                    "--server.port=" + port,
                    "--spring.profiles.active=postgres,demo",
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=",
                    "--spring.datasource.hikari.maximum-pool-size=8",
                    "--motcua.demo.history.enabled=false",
                    "--motcua.files-directory=" + files,
                    "--camunda.bpm.metrics.enabled=false",
                    "--camunda.bpm.metrics.db-reporter-activate=false",
                    "--logging.level.root=WARN",
                    "--logging.level.vn.motcua=INFO"));
            command.addAll(Arrays.asList(extraArguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // a test JVM that dies (or is stopped) must not leave nodes running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new AppNode(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    /** Waits until the node's health is UP; fails with the end of its log if it died or took too long. */
    public AppNode awaitUp() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died while starting (exit " + process.exitValue() + "):\n"
                        + logTail());
            }
            if (isUp()) {
                return this;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not up within " + START_TIMEOUT + ":\n" + logTail());
    }

    public boolean isUp() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no closing of connections, as in a power cut. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return port;
    }

    /** The node's operating-system process id (its memory is in /proc/{pid}). */
    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
