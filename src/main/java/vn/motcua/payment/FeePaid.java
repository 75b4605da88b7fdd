package vn.motcua.payment;

import java.time.LocalDateTime;

/**
 * Published, inside the transaction that records it, when a dossier's fee is paid: the record
 * other modules (the national portal's sync, reports) read, never the payment tables. The same
 * transaction has moved the dossier out of status 6 (its {@code DossierChanged} with action
 * FEE_PAID) and let its process go on.
 *
 * @param reference      the payment's reference at the platform (MaThamChieu)
 * @param amountVnd      what was paid, in đồng (SoTien; the currency is always VND)
 * @param feeCode        the fee's code (MaPhiLePhi)
 * @param beneficiaryAccount the account paid into (TKThuHuong)
 * @param transactionId  the platform's transaction (MaGiaoDich); null for cash
 * @param bankCode       the payer's bank (MaNganHang); null for cash
 * @param paidAt         when it was paid (the desk's or the callback's time, Asia/Ho_Chi_Minh)
 * @param receiptNumber  the electronic receipt's number (biên lai)
 */
public record FeePaid(String dossierCode, String procedureCode, String reference, long amountVnd, String feeCode,
                      String beneficiaryAccount, PaymentMethod method, String transactionId, String bankCode,
                      LocalDateTime paidAt, String receiptNumber) {

    static FeePaid of(FeePayment payment) {
        return new FeePaid(payment.dossierCode(), payment.procedureCode(), payment.reference(),
                payment.amountVnd(), payment.feeCode(), payment.beneficiaryAccount(), payment.method(),
                payment.transactionId(), payment.bankCode(), payment.paidAt(), payment.receiptNumber());
    }
}
