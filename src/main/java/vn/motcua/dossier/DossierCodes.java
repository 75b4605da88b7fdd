package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.cluster.Databases;

/**
 * Dossier codes {@code {agency}-{yyMMdd}-{NNNN}} ({@link DossierCode}): a daily sequence per
 * agency kept in the database, so that it is unique across threads and application nodes. Must run inside the
 * intake's transaction: the sequence row stays locked until the dossier is committed.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    /** Increments the (agency, day) row and answers the new number in one round trip. */
    private final String incrementAndGet;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        String increment = "UPDATE dossier_sequence SET last_value = last_value + 1 WHERE agency_code = ? AND seq_day = ?";
        this.incrementAndGet = Databases.isPostgres(dataSource)
                ? increment + " RETURNING last_value"
                : "SELECT last_value FROM FINAL TABLE (" + increment + ")";
    }

    String next(String agencyCode, LocalDate day) {
        return agencyCode + "-" + day.format(DAY) + "-" + DossierCode.number(nextNumber(agencyCode, day));
    }

    private int nextNumber(String agencyCode, LocalDate day) {
        Optional<Integer> next = increment(agencyCode, day);
        if (next.isPresent()) {
            return next.get();
        }
        try {
            // The day's first dossier at this agency. A concurrent first intake makes this insert
            // fail; the savepoint keeps our transaction usable and the row now exists.
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO dossier_sequence (agency_code, seq_day, last_value) VALUES (?, ?, 1)")
                    .params(agencyCode, day).update());
            return 1;
        } catch (DuplicateKeyException concurrentFirstIntake) {
            return increment(agencyCode, day).orElseThrow();
        }
    }

    private Optional<Integer> increment(String agencyCode, LocalDate day) {
        return jdbc.sql(incrementAndGet).params(agencyCode, day).query(Integer.class).optional();
    }
}
