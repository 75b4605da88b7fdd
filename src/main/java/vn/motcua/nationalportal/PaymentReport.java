package vn.motcua.nationalportal;

import java.time.LocalDateTime;

/**
 * A paid fee as queued for the portal, from the payment module's {@code FeePaid}.
 *
 * @param online        paid through the national payment platform rather than in cash at the desk
 * @param transactionId the platform's transaction (null for cash)
 * @param bankCode      the payer's bank (null for cash)
 */
record PaymentReport(String dossierCode, String reference, long amountVnd, String feeCode, String beneficiaryAccount,
                     boolean online, String transactionId, String bankCode, LocalDateTime paidAt,
                     String receiptNumber) {
}
