package vn.motcua.nationalportal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.delivery.Outbox;
import vn.motcua.delivery.QueuedMessage;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.payment.FeePayment;
import vn.motcua.payment.Payments;
import vn.motcua.portal.SatisfactionCriterion;
import vn.motcua.portal.SatisfactionRatings;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Dossiers driven through the real engine while the application's own sender talks to a
 * stand-in portal (WireMock, a real HTTP server): what is sent when, with which fields, and that
 * nothing is lost or sent out of order while the portal is down or refuses a message.
 */
@DatabaseTest
class NationalPortalSyncTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    /** Its model waits in status 6 for a fee of 75,000 đồng (LPXD-NORL) after the leader signs. */
    static final String CONSTRUCTION_PERMIT = "XD.0001";
    /** Monday 7 December 2026, a working day. */
    static final LocalDateTime MONDAY_10_00 = LocalDateTime.of(2026, 12, 7, 10, 0);
    static final String SERVICE = "/service";
    static final String AUTH = "/auth";
    static final String CHANNEL = PortalMessages.CHANNEL;

    static final WireMockServer PORTAL = new WireMockServer(options().dynamicPort());

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        if (!PORTAL.isRunning()) {
            PORTAL.start();
        }
        registry.add("motcua.national-portal.url", PORTAL::baseUrl);
        registry.add("motcua.national-portal.username", () -> "motcua-test");
        registry.add("motcua.national-portal.password", () -> "not-a-secret");
        registry.add("motcua.delivery.poll-interval", () -> "PT0.2S");
        registry.add("motcua.delivery.backoff-base", () -> "PT0.2S");
        registry.add("motcua.delivery.backoff-cap", () -> "PT1S");
    }

    @AfterAll
    static void stopPortal() {
        PORTAL.stop();
    }

    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired Outbox outbox;
    @Autowired ObjectMapper json;
    @Autowired SatisfactionRatings ratings;
    @Autowired Payments payments;

    @BeforeEach
    void portalUp() {
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(AUTH)).willReturn(okJson("{\"session\": \"s-1\", \"error_code\": 0}")));
        PORTAL.stubFor(post(urlEqualTo(SERVICE)).willReturn(okJson("{\"error_code\": \"0\"}")));
    }

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aDossierFromDeskThroughStepsSupplementAndResultIsSentInOrderWithTheMappedFields() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        signIn.as("specialist");
        ClerkTask verify = openTaskOf(code);
        tasks.claim(verify.id());
        clock.setFixed(MONDAY_10_00.plusHours(1));
        actions.requestSupplement(code, "Thiếu bản sao Giấy chứng sinh");
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 9, 0));
        signIn.as("reception");
        actions.receiveSupplement(code, "Công dân đã nộp bản sao");
        signIn.as("specialist");
        tasks.complete(verify.id(), "approve", null);
        signIn.as("leader");
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 10, 0));
        tasks.complete(openTaskOf(code).id(), "approve", null);
        signIn.as("reception");
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 14, 30));
        actions.returnResult(code, "Công dân đã nhận Giấy khai sinh");

        awaitAllSent(List.of(code));
        List<Map<String, Object>> calls = callsFor(code);
        assertThat(calls).extracting(call -> call.get("service")).containsExactly(
                "DongBoHoSoMC", "DongBoHoSoMC", "DongBoHoSoMC", "DongBoHoSoMC",
                "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "DongBoHoSoMC", "DongBoHoSoMC");
        assertThat(calls).extracting(call -> item(call).getOrDefault("TrangThaiHoSo", item(call).get("TrangThai")))
                .as("national status codes: received, processing, supplement, processing, steps, resolved, returned")
                .containsExactly("2", "4", "5", "4", "4", "4", "9", "10");
        assertThat(calls).extracting(call -> call.get("isUpdating"))
                .containsExactly("False", "True", "True", "True", null, null, "True", "True");
        assertThat(calls).extracting(call -> call.get("session")).as("one session, kept across calls")
                .doesNotContainNull().containsOnly(calls.get(0).get("session"));

        Map<String, Object> receipt = item(calls.get(0));
        assertThat(receipt).containsEntry("MaHoSo", code).containsEntry("MaTTHC", BIRTH_REGISTRATION)
                .containsEntry("TenTTHC", "Đăng ký khai sinh").containsEntry("TenLinhVuc", "Hộ tịch")
                .containsEntry("ChuHoSo", "Nguyễn Văn An").containsEntry("SoGiayToChuHoSo", "079201012345")
                .containsEntry("HinhThuc", "1")
                .containsEntry("NgayTiepNhan", "20261207100000")
                .containsEntry("NgayHenTra", "20261207170000")
                .containsEntry("DonViXuLy", "XPV");
        assertThat(receipt).doesNotContainKeys("NgayTra", "NgayKetThucXuLy");

        Map<String, Object> resumed = item(calls.get(3));
        assertThat(resumed.get("DanhSachHoSoBoSung")).asList().singleElement().isEqualTo(Map.of(
                "NgayYeuCauBoSung", "20261207110000", "NgayTiepNhanBoSung", "20261208090000",
                "NgayHenTraTruoc", "20261207170000", "NgayHenTraMoi", "20261208150000"));
        assertThat(resumed).containsEntry("NgayHenTra", "20261208150000");

        Map<String, Object> firstStep = item(calls.get(4));
        assertThat(firstStep).containsEntry("MaHoSo", code).containsEntry("NguoiXuLy", "specialist")
                .containsEntry("PhongBanXuLy", "XPV").containsEntry("ThoiDiemXuLy", "20261208090000")
                .containsEntry("NgayBatDau", "20261207100000");
        assertThat((String) firstStep.get("NoiDungXuLy")).endsWith(": Đồng ý, chuyển bước tiếp");

        assertThat(item(calls.get(6))).containsEntry("NgayKetThucXuLy", "20261208100000")
                .containsEntry("ThongTinTra", "Giải quyết");
        assertThat(item(calls.get(7))).containsEntry("NgayTra", "20261208143000");
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo(AUTH)))).as("the session is kept, not one per call")
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aPermitWalkedThroughSupplementAndItsFeeSendsStatusSixThePaymentAndTheResult() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(CONSTRUCTION_PERMIT)).code();
        signIn.as("specialist");
        ClerkTask appraise = openTaskOf(code);
        tasks.claim(appraise.id());
        clock.setFixed(MONDAY_10_00.plusHours(1));
        actions.requestSupplement(code, "Thiếu bản vẽ mặt bằng");
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 9, 0));
        signIn.as("reception");
        actions.receiveSupplement(code, "Đã nộp bản vẽ");
        signIn.as("specialist");
        tasks.complete(appraise.id(), "approve", null);
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 10, 0));
        signIn.as("leader");
        ClerkTask sign = openTaskOf(code);
        tasks.claim(sign.id());
        tasks.complete(sign.id(), "approve", null);
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 14, 0));
        signIn.as("reception");
        FeePayment paid = payments.payAtDesk(code);
        clock.setFixed(LocalDateTime.of(2026, 12, 9, 8, 30));
        actions.returnResult(code, "Công dân đã nhận giấy phép");

        awaitAllSent(List.of(code));
        List<Map<String, Object>> calls = callsFor(code);
        assertThat(calls).extracting(call -> call.get("service") + " "
                        + item(call).getOrDefault("TrangThaiHoSo", item(call).get("TrangThai")))
                .as("received, processing, supplement, resumed, appraised, signed, fee due, fee paid, resolved, "
                        + "the payment, returned")
                .containsExactly("DongBoHoSoMC 2", "DongBoHoSoMC 4", "DongBoHoSoMC 5", "DongBoHoSoMC 4",
                        "CapNhatTienDoHoSoMC 4", "CapNhatTienDoHoSoMC 4", "DongBoHoSoMC 6", "DongBoHoSoMC 4",
                        "DongBoHoSoMC 9", "CapNhatTienDoHoSoMC 6", "DongBoHoSoMC 10");
        assertThat(item(calls.get(6))).as("fee due").doesNotContainKey("NgayKetThucXuLy")
                .containsEntry("DanhSachLePhi", List.of(Map.of("TenPhiLePhi", "Lệ phí", "MucPhi", 75000)));
        Map<String, Object> payment = item(calls.get(9));
        assertThat(payment).containsEntry("MaHoSo", code).containsEntry("ThoiDiemXuLy", "20261208140000")
                .containsEntry("ThoiGianGD", "20261208140000").containsEntry("SoTien", "75000")
                .containsEntry("MaTienTe", "VND").containsEntry("MaPhiLePhi", "LPXD-NORL")
                .containsEntry("MaThamChieu", paid.reference())
                .containsEntry("TKThuHuong", paid.beneficiaryAccount())
                .containsEntry("NguoiXuLy", "Bộ phận tiếp nhận và trả kết quả")
                .containsEntry("NoiDungXuLy", "Đã nộp phí, lệ phí 75.000 đồng bằng tiền mặt, biên lai số "
                        + paid.receiptNumber())
                .doesNotContainKeys("MaGiaoDich", "MaNganHang");
        assertThat(item(calls.get(10))).containsEntry("NgayTra", "20261209083000");
    }

    @Test
    void aCitizensRatingReachesThePortalAsAProgressEntryAfterTheReturn() {
        clock.setFixed(MONDAY_10_00);
        String code = returnedDossier();
        signIn.out();
        clock.setFixed(LocalDateTime.of(2026, 12, 9, 8, 15));
        Map<SatisfactionCriterion, String> scores = new EnumMap<>(SatisfactionCriterion.class);
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            scores.put(criterion, criterion == SatisfactionCriterion.ATTITUDE ? "1" : "2");
        }
        ratings.rate(code, Applicants.NGUYEN_VAN_AN.phone(), scores, "Cán bộ nhiệt tình");

        awaitAllSent(List.of(code));
        List<Map<String, Object>> calls = callsFor(code);
        Map<String, Object> rating = calls.get(calls.size() - 1);
        assertThat(rating).containsEntry("service", "CapNhatTienDoHoSoMC").doesNotContainKey("isUpdating");
        assertThat(item(rating)).containsEntry("MaHoSo", code).containsEntry("ThoiDiemXuLy", "20261209081500")
                .containsEntry("TrangThai", "10").containsEntry("NguoiXuLy", "Người nộp hồ sơ")
                .containsEntry("NoiDungXuLy", "Đánh giá mức độ hài lòng: 17/18 điểm theo 9 tiêu chí, "
                        + "đánh giá chung 2/2. Ý kiến: Cán bộ nhiệt tình");
        assertThat(item(calls.get(calls.size() - 2))).as("after the return it rates")
                .containsEntry("TrangThaiHoSo", "10");
    }

    @Test
    void aRefusedRatingQueuesNothing() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        signIn.out();
        Map<SatisfactionCriterion, String> scores = new EnumMap<>(SatisfactionCriterion.class);
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            scores.put(criterion, "2");
        }
        assertThatThrownBy(() -> ratings.rate(code,
                Applicants.NGUYEN_VAN_AN.phone(), scores, null)).isInstanceOf(ConflictException.class);
        assertThat(outbox.messagesOf(CHANNEL, code)).extracting(QueuedMessage::kind)
                .containsExactly(PortalMapping.DOSSIER);
    }

    /** A dossier received at the desk, approved in both steps and returned, as the reception. */
    private String returnedDossier() {
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        signIn.as("specialist");
        tasks.complete(openTaskOf(code).id(), "approve", null);
        signIn.as("leader");
        tasks.complete(openTaskOf(code).id(), "approve", null);
        signIn.as("reception");
        actions.returnResult(code, "Công dân đã nhận Giấy khai sinh");
        return code;
    }

    @Test
    void whileThePortalIsDownNothingIsLostAndEachMessageGoesOutOnceInOrderWhenItIsBack() throws Exception {
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(AUTH)).willReturn(okJson("{\"session\": \"s-1\", \"error_code\": 0}")));
        PORTAL.stubFor(post(urlEqualTo(SERVICE)).willReturn(aResponse().withStatus(503)));
        clock.setFixed(MONDAY_10_00);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            signIn.as("reception");
            String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
            codes.add(code);
            signIn.as("specialist");
            tasks.claim(openTaskOf(code).id());
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (PORTAL.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 503).count() < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(codes).allSatisfy(code -> assertThat(outbox.messagesOf(CHANNEL, code))
                .hasSize(2).allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING)));

        PORTAL.stubFor(post(urlEqualTo(SERVICE)).willReturn(okJson("{\"error_code\": \"0\"}")));
        awaitAllSent(codes);
        for (String code : codes) {
            assertThat(callsFor(code)).as("each message of %s taken once, in order", code)
                    .extracting(call -> item(call).get("TrangThaiHoSo")).containsExactly("2", "4");
        }
    }

    @Test
    void aRefusedMessageIsParkedWithTheReasonHoldsBackItsDossierAndGoesOutWhenResent() {
        PORTAL.stubFor(post(urlEqualTo(SERVICE)).withRequestBody(matchingJsonPath("$.data[0].TrangThaiHoSo", equalTo("2")))
                .willReturn(okJson("{\"error_code\": \"12\", \"message\": \"MaTTHC khong ton tai\"}")));
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        signIn.as("specialist");
        tasks.claim(openTaskOf(code).id());

        long deadline = System.currentTimeMillis() + 30_000;
        while (outbox.messagesOf(CHANNEL, code).get(0).status() != DeliveryStatus.FAILED
                && System.currentTimeMillis() < deadline) {
            pause();
        }
        List<QueuedMessage> messages = outbox.messagesOf(CHANNEL, code);
        assertThat(messages.get(0).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(messages.get(0).lastError()).contains("error_code 12").contains("MaTTHC khong ton tai");
        assertThat(messages.get(1).status()).as("waits behind it, never overtakes").isEqualTo(DeliveryStatus.PENDING);

        PORTAL.resetAll();
        portalUp();
        outbox.resend(CHANNEL, messages.get(0).id());
        awaitAllSent(List.of(code));
        assertThat(callsFor(code)).extracting(call -> item(call).get("TrangThaiHoSo")).containsExactly("2", "4");
    }

    @Test
    void anExpiredSessionIsRenewedAndTheMessageSentWithTheNewOne() {
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo(AUTH)).inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"session\": \"old\", \"error_code\": 0}")).willSetStateTo("renewed"));
        PORTAL.stubFor(post(urlEqualTo(AUTH)).inScenario("login").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"session\": \"new\", \"error_code\": 0}")));
        // any session but the newest is refused (also one kept from an earlier test)
        PORTAL.stubFor(post(urlEqualTo(SERVICE)).atPriority(10).willReturn(aResponse().withStatus(401)));
        PORTAL.stubFor(post(urlEqualTo(SERVICE)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.session", equalTo("new")))
                .willReturn(okJson("{\"error_code\": \"0\"}")));
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        Dossier received = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION));

        awaitAllSent(List.of(received.code()));
        assertThat(callsFor(received.code())).extracting(call -> call.get("session")).containsExactly("new");
        assertThat(PORTAL.getAllServeEvents()).as("a refused session came first")
                .anyMatch(e -> e.getResponse().getStatus() == 401);
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo(AUTH)))).isNotEmpty().allSatisfy(login ->
                assertThat(login.getBodyAsString()).contains("\"username\":\"motcua-test\"")
                        .contains("\"password\":\"not-a-secret\""));
    }

    private void awaitAllSent(List<String> codes) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && !codes.stream().allMatch(code -> outbox
                .messagesOf(CHANNEL, code).stream().allMatch(m -> m.status() == DeliveryStatus.SENT))) {
            pause();
        }
        assertThat(codes).allSatisfy(code -> assertThat(outbox.messagesOf(CHANNEL, code))
                .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENT)));
    }

    /** The accepted service calls about one dossier, in the order the portal received them. */
    private List<Map<String, Object>> callsFor(String code) {
        return acceptedCalls().stream().map(this::body).filter(call -> code.equals(item(call).get("MaHoSo"))).toList();
    }

    /** Service calls the portal answered with success, oldest first (WireMock lists the newest first). */
    private static List<ServeEvent> acceptedCalls() {
        List<ServeEvent> events = new ArrayList<>(PORTAL.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().filter(e -> e.getRequest().getUrl().equals(SERVICE) && e.getResponse().getStatus() == 200
                && e.getResponse().getBodyAsString().contains("\"error_code\": \"0\"")).toList();
    }

    private Map<String, Object> body(ServeEvent event) {
        try {
            return json.readValue(event.getRequest().getBodyAsString(), new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> call) {
        return ((List<Map<String, Object>>) call.get("data")).get(0);
    }

    private ClerkTask openTaskOf(String code) {
        return tasks.openTasksOf(code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no open task of " + code + " for this user"));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
