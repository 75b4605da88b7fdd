package vn.motcua.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fee_payment table. */
@Repository
class PaymentStore {

    private static final String COLUMNS = """
            reference, dossier_code, procedure_code, amount_vnd, fee_code, beneficiary_account, requested_at,
            paid_at, method, transaction_id, bank_code, recorded_by""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FeePayment p) {
        jdbc.sql("INSERT INTO fee_payment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.reference(), p.dossierCode(), p.procedureCode(), p.amountVnd(), p.feeCode(),
                        p.beneficiaryAccount(), p.requestedAt(), p.paidAt(), name(p.method()), p.transactionId(),
                        p.bankCode(), p.recordedBy())
                .update();
    }

    /** Records the payment; only an unpaid row changes (the caller holds its lock). */
    void markPaid(FeePayment p) {
        int updated = jdbc.sql("""
                        UPDATE fee_payment SET paid_at = ?, method = ?, transaction_id = ?, bank_code = ?, recorded_by = ?
                        WHERE reference = ? AND paid_at IS NULL""")
                .params(p.paidAt(), name(p.method()), p.transactionId(), p.bankCode(), p.recordedBy(), p.reference())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("payment " + p.reference() + " was not open");
        }
    }

    /** The payment, locked until the transaction ends: a second callback or the desk waits, then finds it paid. */
    Optional<FeePayment> lock(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fee_payment WHERE reference = ? FOR UPDATE").param(reference)
                .query(this::map).optional();
    }

    /** The dossier's unpaid fee, locked (see {@link #lock}). */
    Optional<FeePayment> lockUnpaid(String dossierCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fee_payment WHERE dossier_code = ? AND paid_at IS NULL FOR UPDATE")
                .param(dossierCode).query(this::map).optional();
    }

    /** The dossier's fees, oldest first. */
    List<FeePayment> ofDossier(String dossierCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fee_payment WHERE dossier_code = ? ORDER BY requested_at, reference")
                .param(dossierCode).query(this::map).list();
    }

    int countOfDossier(String dossierCode) {
        return jdbc.sql("SELECT COUNT(*) FROM fee_payment WHERE dossier_code = ?").param(dossierCode)
                .query(Integer.class).single();
    }

    private FeePayment map(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("method");
        return new FeePayment(rs.getString("reference"), rs.getString("dossier_code"), rs.getString("procedure_code"),
                rs.getLong("amount_vnd"), rs.getString("fee_code"), rs.getString("beneficiary_account"),
                rs.getObject("requested_at", LocalDateTime.class), rs.getObject("paid_at", LocalDateTime.class),
                method == null ? null : PaymentMethod.valueOf(method), rs.getString("transaction_id"),
                rs.getString("bank_code"), rs.getString("recorded_by"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
