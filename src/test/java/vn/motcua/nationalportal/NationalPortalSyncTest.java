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

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
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
