package vn.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The uploaded bytes on disk, under {@code motcua.files-directory} (outside the web root, never
 * served as static content). Names are random, so nothing a citizen typed reaches the path.
 * A file written in a transaction that rolls back is deleted again.
 */
@Component
class FileStore {

    private final Path directory;

    FileStore(@Value("${motcua.files-directory}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes the bytes and answers their storage name. */
    String write(byte[] content) {
        String name = UUID.randomUUID() + ".bin";
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(file);
                    }
                }
            });
        }
        return name;
    }

    byte[] read(String storageName) {
        Path file = directory.resolve(storageName).normalize();
        if (!directory.equals(file.getParent())) {
            // storage names are our own random names; anything else never leaves the store's folder
            throw new IllegalStateException("Storage name outside the file store: " + storageName);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an orphan file without a row is harmless; nobody can reach it
        }
    }
}
