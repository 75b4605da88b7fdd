package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes {@code {agency}-{yyMMdd}-{NNNN}}: a daily sequence per agency kept in the
 * database, so that it is unique across threads and application nodes. Must run inside the
 * intake's transaction: the sequence row stays locked until the dossier is committed.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    String next(String agencyCode, LocalDate day) {
        return agencyCode + "-" + day.format(DAY) + "-" + String.format("%04d", nextNumber(agencyCode, day));
    }

    private int nextNumber(String agencyCode, LocalDate day) {
        if (increment(agencyCode, day)) {
            return current(agencyCode, day);
        }
        try {
            // The day's first dossier at this agency. A concurrent first intake makes this insert
            // fail; the savepoint keeps our transaction usable and the row now exists.
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO dossier_sequence (agency_code, seq_day, last_value) VALUES (?, ?, 1)")
                    .params(agencyCode, day).update());
            return 1;
        } catch (DuplicateKeyException concurrentFirstIntake) {
            increment(agencyCode, day);
            return current(agencyCode, day);
        }
    }

    private boolean increment(String agencyCode, LocalDate day) {
        return jdbc.sql("UPDATE dossier_sequence SET last_value = last_value + 1 WHERE agency_code = ? AND seq_day = ?")
                .params(agencyCode, day).update() > 0;
    }

    private int current(String agencyCode, LocalDate day) {
        return jdbc.sql("SELECT last_value FROM dossier_sequence WHERE agency_code = ? AND seq_day = ?")
                .params(agencyCode, day).query(Integer.class).single();
    }
}
