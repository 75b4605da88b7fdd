package vn.motcua.nationalportal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every name and code of the national portal's interface, and how our data maps to it: the one
 * place to correct once the official text of QCVN 120:2019 (DongBoHoSoMC, CapNhatTienDoHoSoMC)
 * is at hand. The shapes below are reconstructed from public clients (OpenCPS v2, Tan Dan's
 * SyncLocalDataToDVCQG), see docs/national-portal.md. Nothing outside this class spells a portal
 * field name.
 */
final class PortalMapping {

    /** Our kinds of queued message; the portal's service for each is {@link #service}. */
    static final String DOSSIER = "dossier";
    static final String PROGRESS = "progress";
    static final String RATING = "rating";
    static final String PAYMENT = "payment";

    /** The dossier's status while its fee is due: the progress entry of a payment closes it. */
    private static final String FINANCIAL_OBLIGATION = "6";

    /** Dates and times as the portal reads them, in the province's zone (our times already are). */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Error codes of a successful call; the portal sends them as a string or a number. */
    private static final Set<String> SUCCESS_CODES = Set.of("0", "00");

    private PortalMapping() {
    }

    static String service(String kind) {
        return switch (kind) {
            case DOSSIER -> "DongBoHoSoMC";
            // the public clients show no message of their own for a rating or a payment: each is sent as an
            // entry of the progress
            case PROGRESS, RATING, PAYMENT -> "CapNhatTienDoHoSoMC";
            default -> throw new IllegalArgumentException("No portal service for " + kind);
        };
    }

    /** The body of the session login. */
    static Map<String, Object> login(String username, String password) {
        return Map.of("username", username, "password", password);
    }

    /** The session token of a login's answer, if the login succeeded. */
    static String session(Map<String, Object> answer) {
        Object session = answer.get("session");
        return succeeded(answer) && session != null && !session.toString().isBlank() ? session.toString() : null;
    }

    static boolean succeeded(Map<String, Object> answer) {
        Object code = answer.get("error_code");
        return code != null && SUCCESS_CODES.contains(code.toString().trim());
    }

    static String errorCode(Map<String, Object> answer) {
        Object code = answer.get("error_code");
        return code == null ? "" : code.toString().trim();
    }

    static String errorMessage(Map<String, Object> answer) {
        Object message = answer.getOrDefault("message", answer.get("error_message"));
        return message == null ? "" : message.toString();
    }

    /** The body of a service call carrying one item. */
    static Map<String, Object> call(String session, String kind, boolean firstSync, Map<String, Object> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", session);
        body.put("service", service(kind));
        if (DOSSIER.equals(kind)) {
            body.put("isUpdating", firstSync ? "False" : "True");
        }
        body.put("data", List.of(item));
        return body;
    }

    /** {@code DongBoHoSoMC}'s item for a dossier. */
    static Map<String, Object> dossier(DossierSnapshot d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", d.code());
        item.put("MaTTHC", d.procedureCode());
        item.put("TenTTHC", d.procedureName());
        // the product keeps the field's name, not the national field code
        item.put("TenLinhVuc", d.fieldName());
        item.put("ChuHoSo", d.applicantName());
        // the product does not tell citizens (1) from organisations (2) yet
        item.put("LoaiDoiTuong", "1");
        item.put("MaDoiTuong", d.applicantIdNumber());
        item.put("SoGiayToChuHoSo", d.applicantIdNumber());
        item.put("ThongTinKhac", d.applicantAddress());
        item.put("Email", d.applicantEmail());
        item.put("SoDienThoai", d.applicantPhone());
        item.put("TrichYeuHoSo", d.procedureName());
        item.put("NgayTiepNhan", date(d.receivedAt()));
        item.put("NgayNopHoSo", date(d.receivedAt()));
        item.put("NgayHenTra", date(d.appointmentAt()));
        item.put("TrangThaiHoSo", String.valueOf(d.statusCode()));
        item.put("NgayTra", date(d.returnedAt()));
        item.put("ThongTinTra", resultText(d.result()));
        item.put("HinhThuc", channel(d.channel()));
        item.put("KenhThucHien", channel(d.channel()));
        item.put("NgayKetThucXuLy", date(d.finishedAt()));
        item.put("NgayTuChoi", date(d.notAcceptedAt()));
        item.put("DonViXuLy", d.agencyCode());
        item.put("NoiNopHoSo", d.agencyCode());
        item.put("HoSoCoThanhPhanSoHoa", d.documents().stream().anyMatch(DossierSnapshot.Document::digitised) ? "1" : "0");
        item.put("TaiLieuNop", d.documents().stream().map(PortalMapping::document).toList());
        item.put("DanhSachLePhi", d.fees().stream().map(PortalMapping::fee).toList());
        item.put("DanhSachHoSoBoSung", d.supplements().stream().map(PortalMapping::supplement).toList());
        // results are issued on paper (forms 01-07); no electronic result document is stored yet
        item.put("DanhSachGiayToKetQua", List.of());
        item.values().removeIf(value -> value == null);
        return item;
    }

    /** {@code CapNhatTienDoHoSoMC}'s item for a completed step. */
    static Map<String, Object> progress(StepProgress step) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", step.dossierCode());
        item.put("NguoiXuLy", step.actor());
        // the product records a person's account and role, not their official title
        item.put("ChucDanh", "");
        item.put("ThoiDiemXuLy", date(step.occurredAt()));
        item.put("PhongBanXuLy", step.agencyCode());
        item.put("NoiDungXuLy", step.outcome() == null ? step.stepName() : step.stepName() + ": " + step.outcome());
        item.put("TrangThai", String.valueOf(step.statusCode()));
        item.put("NgayBatDau", date(step.startedAt()));
        item.put("NgayKetThucTheoQuyDinh", date(step.dueAt()));
        item.values().removeIf(value -> value == null);
        return item;
    }

    /**
     * {@code CapNhatTienDoHoSoMC}'s item for a citizen's satisfaction rating. The portal must
     * receive ratings (Decision 31/2021 Art. 30(3)), but no public client shows the shape; until
     * the official text says otherwise the rating is an entry of the dossier's progress, made by
     * the applicant, carrying the points in words.
     */
    static Map<String, Object> rating(SatisfactionReport rating) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", rating.dossierCode());
        item.put("NguoiXuLy", "Người nộp hồ sơ");
        item.put("ChucDanh", "");
        item.put("ThoiDiemXuLy", date(rating.ratedAt()));
        item.put("NoiDungXuLy", "Đánh giá mức độ hài lòng: " + rating.ninePoints() + "/18 điểm theo 9 tiêu chí, "
                + "đánh giá chung " + rating.overall() + "/2"
                + (rating.comment() == null ? "" : ". Ý kiến: " + rating.comment()));
        item.put("TrangThai", String.valueOf(rating.statusCode()));
        return item;
    }

    /**
     * {@code CapNhatTienDoHoSoMC}'s item for a paid fee. The portal must receive fee payments
     * (Decision 31/2021 Art. 30(3)); no public client shows a sync message for them, so the payment
     * is an entry of the dossier's progress that closes status 6, carrying the payment platform's
     * own field names (NATIONAL-PORTAL.md, "Payment platform") for the amount, reference,
     * transaction and accounts.
     */
    static Map<String, Object> payment(PaymentReport paid) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", paid.dossierCode());
        item.put("NguoiXuLy", paid.online() ? "Nền tảng thanh toán trực tuyến" : "Bộ phận tiếp nhận và trả kết quả");
        item.put("ChucDanh", "");
        item.put("ThoiDiemXuLy", date(paid.paidAt()));
        item.put("NoiDungXuLy", "Đã nộp phí, lệ phí " + groupedVnd(paid.amountVnd()) + " đồng "
                + (paid.online() ? "trực tuyến" : "bằng tiền mặt") + ", biên lai số " + paid.receiptNumber());
        item.put("TrangThai", FINANCIAL_OBLIGATION);
        item.put("MaPhiLePhi", paid.feeCode());
        item.put("TKThuHuong", paid.beneficiaryAccount());
        item.put("MaThamChieu", paid.reference());
        item.put("SoTien", String.valueOf(paid.amountVnd()));
        item.put("MaTienTe", "VND");
        item.put("MaGiaoDich", paid.transactionId());
        item.put("MaNganHang", paid.bankCode());
        item.put("ThoiGianGD", date(paid.paidAt()));
        item.values().removeIf(value -> value == null);
        return item;
    }

    /** An amount as people read it: 75.000 (thousands grouped with dots, as in Vietnamese). */
    private static String groupedVnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** National channel codes: 1 at the desk, 2 online, 3 by post (public postal service). */
    static String channel(String channel) {
        return switch (channel) {
            case "DESK" -> "1";
            case "ONLINE" -> "2";
            case "POST" -> "3";
            default -> throw new IllegalArgumentException("No national channel code for " + channel);
        };
    }

    static String date(LocalDateTime time) {
        return time == null ? null : DATE_TIME.format(time);
    }

    private static Map<String, Object> document(DossierSnapshot.Document doc) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("TepDinhKemId", String.valueOf(doc.id()));
        item.put("TenTepDinhKem", doc.name());
        item.put("DuocSoHoa", doc.digitised() ? "1" : "0");
        item.put("DuocTaiSuDung", doc.reused() ? "1" : "0");
        item.put("DuocLayTuKhoDMQG", "0");
        return item;
    }

    private static Map<String, Object> fee(DossierSnapshot.Fee fee) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("TenPhiLePhi", fee.name());
        item.put("MucPhi", fee.amountVnd());
        return item;
    }

    private static Map<String, Object> supplement(DossierSnapshot.Supplement s) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("NgayYeuCauBoSung", date(s.requestedAt()));
        item.put("NgayTiepNhanBoSung", date(s.receivedAt()));
        item.put("NgayHenTraTruoc", date(s.dueBefore()));
        item.put("NgayHenTraMoi", date(s.dueAfter()));
        item.values().removeIf(value -> value == null);
        return item;
    }

    private static String resultText(String result) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case "APPROVED" -> "Giải quyết";
            case "REFUSED" -> "Từ chối giải quyết";
            default -> throw new IllegalArgumentException("No portal text for result " + result);
        };
    }
}
