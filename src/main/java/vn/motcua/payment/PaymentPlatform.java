package vn.motcua.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national payment platform's messages, in one place: the field names are reconstructed
 * from public clients (NATIONAL-PORTAL.md), not from the official text, so correcting them is a
 * change of this file only. The partner code and the shared secret come from the environment
 * ({@code MOTCUA_PAYMENT_PLATFORM_PARTNER_CODE}, {@code MOTCUA_PAYMENT_PLATFORM_SECRET}), never
 * from a file under version control; without a secret no callback can be verified, so none is
 * accepted.
 */
@ConfigurationProperties(prefix = "motcua.payment.platform")
public record PaymentPlatform(String partnerCode, String secret) {

    static final String VERSION = "1.0.6";
    static final String CURRENCY = "VND";
    /** MaLoi of a successful payment. */
    static final String SUCCESS = "00";

    /**
     * The platform's callback: the outcome of one payment. Every field but {@code MaXacThuc} is
     * covered by the check value, in this order, with the secret last.
     */
    public record Callback(@JsonProperty("LoaiBanTin") String messageType, @JsonProperty("MaLoi") String errorCode,
                           @JsonProperty("MaDoiTac") String partnerCode, @JsonProperty("MaThamChieu") String reference,
                           @JsonProperty("SoTien") String amount, @JsonProperty("MaTienTe") String currency,
                           @JsonProperty("MaGiaoDich") String transactionId, @JsonProperty("MaNganHang") String bankCode,
                           @JsonProperty("ThoiGianGD") String transactionTime,
                           @JsonProperty("ThongTinGiaoDich") String transactionInfo,
                           @JsonProperty("MaXacThuc") String checkValue) {

        boolean successful() {
            return SUCCESS.equals(errorCode);
        }

        /** The text the check value hashes: the fields joined by "|" (a missing one as empty), then the secret. */
        String signedText(String secret) {
            return Stream.of(messageType, errorCode, partnerCode, reference, amount, currency, transactionId,
                            bankCode, transactionTime, transactionInfo, secret)
                    .map(field -> field == null ? "" : field).collect(Collectors.joining("|"));
        }
    }

    /**
     * What the platform needs to open a payment (the bill of a payment request): who is paid,
     * how much, for which fee, procedure and dossier, and who pays.
     */
    public record Bill(@JsonProperty("PhienBan") String version, @JsonProperty("MaDoiTac") String partnerCode,
                       @JsonProperty("MaThamChieu") String reference, @JsonProperty("SoTien") String amount,
                       @JsonProperty("MaTienTe") String currency, @JsonProperty("MaPhiLePhi") String feeCode,
                       @JsonProperty("TKThuHuong") String beneficiaryAccount,
                       @JsonProperty("MaThuTucDVCQG") String procedureCode, @JsonProperty("MaHoSo") String dossierCode,
                       @JsonProperty("HoTenNguoiNop") String payerName,
                       @JsonProperty("SoGiayToNguoiNop") String payerIdNumber) {
    }

    /** The answer to a callback the platform may stop re-sending. */
    public record Acknowledgement(@JsonProperty("MaLoi") String errorCode,
                                  @JsonProperty("MaThamChieu") String reference) {
    }

    Bill bill(FeePayment payment, String payerName, String payerIdNumber) {
        return new Bill(VERSION, partnerCode, payment.reference(), String.valueOf(payment.amountVnd()), CURRENCY,
                payment.feeCode(), payment.beneficiaryAccount(), payment.procedureCode(), payment.dossierCode(),
                payerName, payerIdNumber);
    }

    /** Whether the callback comes from the platform: its MaXacThuc matches, compared in constant time. */
    boolean authentic(Callback callback) {
        if (secret == null || secret.isBlank() || callback.checkValue() == null) {
            return false;
        }
        byte[] expected = checkValue(callback).getBytes(StandardCharsets.US_ASCII);
        byte[] given = callback.checkValue().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** Never the secret in a log line or an actuator page. */
    @Override
    public String toString() {
        return "PaymentPlatform[partnerCode=" + partnerCode + ", secret=" + (secret == null ? "unset" : "***") + "]";
    }

    /** SHA-256 of the signed text, in lower-case hex. */
    String checkValue(Callback callback) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(callback.signedText(secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
