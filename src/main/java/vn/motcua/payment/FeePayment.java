package vn.motcua.payment;

import java.time.LocalDateTime;

/**
 * One fee a dossier owes, from the moment its process reached the fee step. {@code reference} is
 * the payment's reference at the platform (MaThamChieu). Until paid, the fields of the payment
 * ({@code paidAt} onwards) are null.
 */
public record FeePayment(String reference, String dossierCode, String procedureCode, long amountVnd,
                         String feeCode, String beneficiaryAccount, LocalDateTime requestedAt,
                         LocalDateTime paidAt, PaymentMethod method, String transactionId, String bankCode,
                         String recordedBy) {

    public boolean paid() {
        return paidAt != null;
    }

    /** The electronic receipt's number (số biên lai): one receipt per payment. */
    public String receiptNumber() {
        return "BL-" + reference;
    }

    FeePayment paidBy(LocalDateTime at, PaymentMethod how, String transaction, String bank, String actor) {
        return new FeePayment(reference, dossierCode, procedureCode, amountVnd, feeCode, beneficiaryAccount,
                requestedAt, at, how, transaction, bank, actor);
    }
}
