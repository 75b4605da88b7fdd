package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident set size as Linux counts it (VmRSS in /proc/{pid}/status). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Bytes resident, after a full collection so that garbage the benchmark left does not count. */
    static long ofThisJvm() {
        System.gc();
        return of(ProcessHandle.current().pid());
    }

    static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            throw new IllegalStateException("No VmRSS for process " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
