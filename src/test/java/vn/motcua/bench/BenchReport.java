package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.motcua.testing.TestDatabases;

/** A benchmark's result: printed, and kept in target/bench/{name}-{database}.txt for the docs. */
final class BenchReport {

    private BenchReport() {
    }

    static String database() {
        return TestDatabases.postgresSelected() ? "PostgreSQL" : "H2 (file)";
    }

    static void publish(String name, String text) {
        System.out.println(text);
        Path file = Path.of("target", "bench", name + "-" + (TestDatabases.postgresSelected() ? "postgres" : "h2")
                + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
