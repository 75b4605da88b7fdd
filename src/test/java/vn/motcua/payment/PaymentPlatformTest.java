package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The callback's check value against vectors computed outside the application (Python's hashlib over
 * the documented field order): SHA-256 of LoaiBanTin|MaLoi|MaDoiTac|MaThamChieu|SoTien|MaTienTe|
 * MaGiaoDich|MaNganHang|ThoiGianGD|ThongTinGiaoDich|secret, UTF-8, lower-case hex.
 */
class PaymentPlatformTest {

    static final PaymentPlatform PLATFORM = new PaymentPlatform("MOTCUA-DEMO", "demo-payment-secret");

    @Test
    void checkValueHashesTheFieldsInTheDocumentedOrderWithTheSecretLast() {
        PaymentPlatform.Callback callback = callback("VCB", "Nộp lệ phí cấp giấy phép xây dựng", null);

        assertThat(PLATFORM.checkValue(callback))
                .isEqualTo("c4cab2bc5f3a28d6899b2924b84bfc6697ce82434c955f14b8f30c6723d563e1");
    }

    @Test
    void aMissingFieldIsHashedAsEmpty() {
        assertThat(PLATFORM.checkValue(callback(null, null, null)))
                .isEqualTo("b566bc4191a1673fa26fefe44fba912e2c9617d11aeb7d14a719b534bb3ae19a");
    }

    @Test
    void onlyTheRightCheckValueUnderAConfiguredSecretIsAuthentic() {
        String right = "C4CAB2BC5F3A28D6899B2924B84BFC6697CE82434C955F14B8F30C6723D563E1";
        String info = "Nộp lệ phí cấp giấy phép xây dựng";

        assertThat(PLATFORM.authentic(callback("VCB", info, right))).as("hex in upper case").isTrue();
        assertThat(PLATFORM.authentic(callback("VCB", info + ".", right))).as("a field changed").isFalse();
        assertThat(PLATFORM.authentic(callback("VCB", info, null))).as("no check value").isFalse();
        assertThat(new PaymentPlatform("MOTCUA-DEMO", null).authentic(callback("VCB", info, right)))
                .as("no secret configured").isFalse();
        assertThat(new PaymentPlatform("MOTCUA-DEMO", "s3cret").toString()).doesNotContain("s3cret");
    }

    private static PaymentPlatform.Callback callback(String bank, String info, String checkValue) {
        return new PaymentPlatform.Callback("PAYMENT", "00", "MOTCUA-DEMO", "XPV-261207-0001-1", "75000", "VND",
                "GD-0001", bank, "20261209100000", info, checkValue);
    }
}
