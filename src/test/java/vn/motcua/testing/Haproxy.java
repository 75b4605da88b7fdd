package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in the foreground in front of application nodes, on 127.0.0.1 only, with
 * the configuration docs/operators.md recommends: round robin (so consecutive requests of one
 * session really do go to different nodes), readiness checks every second, and a request that
 * cannot reach a dead node sent to another.
 */
public final class Haproxy implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/haproxy";
    private final int port;
    private final Process process;

    private Haproxy(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Null when HAProxy can be used, else why not. */
    public static String unavailableReason() {
        return Files.isExecutable(Path.of(BINARY)) ? null
                : BINARY + " is missing (apt-get install -y haproxy)";
    }

    public static Haproxy inFrontOf(List<AppNode> nodes) {
        int port = AppNode.freePort();
        try {
            Path dir = Files.createDirectories(Path.of("target", "nodes"));
            Path config = dir.resolve("haproxy.cfg");
            Files.writeString(config, config(port, nodes));
            Process process = new ProcessBuilder(BINARY, "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            Haproxy haproxy = new Haproxy(port, process);
            haproxy.awaitListening();
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start HAProxy", e);
        }
    }

    static String config(int port, List<AppNode> nodes) {
        String servers = nodes.stream()
                .map(node -> "    server %s 127.0.0.1:%d check".formatted(node.name(), node.port()))
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 512
                    # every request, with the node that served it, into target/nodes/haproxy.log
                    log stdout format raw local0 info

                defaults
                    mode http
                    log global
                    option httplog
                    option forwardfor
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # a request that cannot reach its node goes to another one
                    retries 3
                    option redispatch 1

                frontend motcua
                    bind 127.0.0.1:%d
                    default_backend nodes

                backend nodes
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s
                """.formatted(port, servers);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue()
                        + "; see target/nodes/haproxy.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                AppNode.sleep(Duration.ofMillis(200));
            }
        }
        throw new IllegalStateException("HAProxy not listening on " + port);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
