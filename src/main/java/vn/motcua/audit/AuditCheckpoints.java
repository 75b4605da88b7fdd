package vn.motcua.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ProvinceClock;

/**
 * Anchors the chain's head outside the table. Every few minutes the head is signed and the
 * checkpoint kept three times: in the database (for every node's verification), appended to a
 * file on the node's disk and written to the application log. Someone who can only write to
 * the database may delete the tail, rewind the head and delete the checkpoints in the table,
 * but the copies in the file still name a position the chain no longer reaches.
 */
@Service
public class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final String COLUMNS = "chain_seq, hash, created_at, seal_key, signature";

    private final JdbcClient jdbc;
    private final ChainHead head;
    private final SealKeys keys;
    private final ProvinceClock clock;
    private final Path file;

    AuditCheckpoints(JdbcClient jdbc, ChainHead head, SealKeys keys, ProvinceClock clock,
                     @Value("${motcua.audit.checkpoint-file:./data/audit-checkpoints.txt}") Path file) {
        this.jdbc = jdbc;
        this.head = head;
        this.keys = keys;
        this.clock = clock;
        this.file = file;
    }

    /** Signs the current head if the chain grew since the last checkpoint. */
    @Scheduled(fixedDelayString = "${motcua.audit.checkpoint-every:10m}",
            initialDelayString = "${motcua.audit.checkpoint-every:10m}")
    @Transactional
    public Optional<Checkpoint> checkpoint() {
        ChainHead.Head now = head.lock();
        long last = jdbc.sql("SELECT COALESCE(MAX(chain_seq), 0) FROM audit_checkpoint").query(Long.class).single();
        if (now.seq() <= last) {
            return Optional.empty();
        }
        String chainId = head.ensureChainId();
        LocalDateTime at = clock.now().truncatedTo(ChronoUnit.MILLIS);
        Checkpoint checkpoint = new Checkpoint(now.seq(), now.hash(), at, keys.currentId(),
                keys.macWithCurrent(ChainLink.checkpoint(chainId, now.seq(), now.hash(), at)));
        jdbc.sql("INSERT INTO audit_checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                .params(checkpoint.chainSeq(), checkpoint.hash(), at, checkpoint.sealKey(), checkpoint.signature())
                .update();
        String line = String.join(" ", chainId, Long.toString(checkpoint.chainSeq()), checkpoint.hash(), at.toString(),
                checkpoint.sealKey(), checkpoint.signature());
        LOG.info("Audit checkpoint (chain seq hash at key signature): {}", line);
        append(line);
        return Optional.of(checkpoint);
    }

    /** The newest checkpoint in the database, to show auditors what to note. */
    @Transactional(readOnly = true)
    public Optional<Checkpoint> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .query(AuditCheckpoints::map).optional();
    }

    /**
     * Every checkpoint known to this node: the table's and the file's. The file belongs to this
     * deployment: a line signed for another chain means the chain was replaced (its identity
     * emptied and everything re-sealed), and fails as not genuine.
     */
    List<Checkpoint> known() {
        List<Checkpoint> all = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint")
                .query(AuditCheckpoints::map).list());
        all.addAll(fromFile());
        return all;
    }

    Path file() {
        return file;
    }

    /** Whether the checkpoint carries a signature this chain's keys made. */
    boolean genuine(String chainId, Checkpoint c) {
        return keys.mac(c.sealKey(), ChainLink.checkpoint(chainId, c.chainSeq(), c.hash(), c.createdAt()))
                .filter(mac -> mac.equals(c.signature())).isPresent();
    }

    private synchronized void append(String line) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the table and the log still hold it; the operator must see that the third copy failed
            LOG.error("Audit checkpoint not written to {}: {}", file, e.getMessage());
        }
    }

    private List<Checkpoint> fromFile() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split(" "))
                    .filter(parts -> parts.length == 6 && parts[1].matches("\\d{1,18}"))
                    .flatMap(parts -> parse(parts).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Audit checkpoint file " + file + " cannot be read", e);
        }
    }

    private Optional<Checkpoint> parse(String[] parts) {
        try {
            return Optional.of(new Checkpoint(Long.parseLong(parts[1]), parts[2], LocalDateTime.parse(parts[3]),
                    parts[4], parts[5]));
        } catch (DateTimeParseException e) {
            LOG.warn("Unreadable line in the audit checkpoint file {} skipped", file);
            return Optional.empty();
        }
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong("chain_seq"), rs.getString("hash"),
                rs.getObject("created_at", LocalDateTime.class), rs.getString("seal_key"), rs.getString("signature"));
    }
}
