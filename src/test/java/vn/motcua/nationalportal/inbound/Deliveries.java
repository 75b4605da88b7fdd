package vn.motcua.nationalportal.inbound;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Deliveries as the national portal sends them: a realistic message, signed with a secret at a time. */
final class Deliveries {

    static final String SECRET = "kiem-thu-bi-mat-dung-chung-32-ky-tu-tro-len";
    /** The second secret configured, as during a change of secret. */
    static final String NEXT_SECRET = "bi-mat-moi-sau-khi-doi-khoa-cung-32-ky-tu";
    static final String PROPERTIES = "motcua.national-portal.inbound.secrets=" + SECRET + "," + NEXT_SECRET;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    private static final ObjectMapper JSON = new ObjectMapper();

    private Deliveries() {
    }

    /** A business household registration (1.001612) for XPV, submitted on the portal that morning. */
    static ObjectNode message(String portalDossierId) {
        ObjectNode message = JSON.createObjectNode()
                .put("MaHoSo", portalDossierId)
                .put("MaTTHC", "1.001612")
                .put("MaDonViTiepNhan", "XPV")
                .put("NgayNopHoSo", "20261215083000")
                .put("ChuHoSo", "Trần Thị Bích Ngọc")
                .put("SoGiayToChuHoSo", "079301012345")
                .put("SoDienThoai", "0912 345 678")
                .put("Email", "ngoc.tran@example.vn")
                .put("DiaChiChuHoSo", "Thôn Phước Lộc, xã Phước Vĩnh");
        message.putArray("TaiLieuNop").addObject()
                .put("ViTriThanhPhan", 1)
                .put("TenTepDinhKem", "giay-de-nghi.pdf")
                .put("NoiDungBase64", Base64.getEncoder().encodeToString(PDF));
        return message;
    }

    static byte[] bytes(ObjectNode message) {
        try {
            return JSON.writeValueAsBytes(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message signed with the shared secret at the given time. */
    static MockHttpServletRequestBuilder signed(ObjectNode message, Instant at) {
        return signed(bytes(message), SECRET, at);
    }

    static MockHttpServletRequestBuilder signed(byte[] body, String secret, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return unsigned(body).header(PortalSignature.TIMESTAMP_HEADER, timestamp)
                .header(PortalSignature.SIGNATURE_HEADER, PortalSignature.sign(secret, timestamp, body));
    }

    static MockHttpServletRequestBuilder unsigned(byte[] body) {
        return post(InboundDossierController.PATH).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
