package vn.motcua.notice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.delivery.Outbox;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Dossiers walked through the real engine while the application's own outbox sender talks to a
 * real SMTP server (GreenMail) and to stand-in SMS and Zalo gateways (WireMock): which notices
 * the applicant receives, with which text, and that a gateway down for a while loses nothing and
 * holds up no dossier.
 */
@DatabaseTest
@AutoConfigureMockMvc
class CitizenNoticesTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    /** Monday 7 December 2026, a working day. */
    static final LocalDateTime MONDAY_10_00 = LocalDateTime.of(2026, 12, 7, 10, 0);
    static final String APPLICANT_EMAIL = Applicants.NGUYEN_VAN_AN.email();

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer GATEWAYS = new WireMockServer(options().dynamicPort());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        if (!GATEWAYS.isRunning()) {
            GATEWAYS.start();
            SMTP.start();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("motcua.notice.public-url", () -> "https://dichvucong.example.gov.vn");
        registry.add("motcua.notice.sms.url", () -> GATEWAYS.baseUrl() + "/sms");
        registry.add("motcua.notice.sms.token", () -> "sms-token");
        registry.add("motcua.notice.zalo.url", () -> GATEWAYS.baseUrl() + "/zns");
        registry.add("motcua.delivery.poll-interval", () -> "PT0.2S");
        registry.add("motcua.delivery.backoff-base", () -> "PT0.2S");
        registry.add("motcua.delivery.backoff-cap", () -> "PT1S");
    }

    @AfterAll
    static void stopServers() {
        GATEWAYS.stop();
        SMTP.stop();
    }

    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired Outbox outbox;
    @Autowired DossierNotices notices;
    @Autowired ObjectMapper json;
    @Autowired MockMvc http;
    @Autowired UserDetailsService users;

    @BeforeEach
    void gatewaysUp() throws Exception {
        GATEWAYS.resetAll();
        GATEWAYS.stubFor(post(urlEqualTo("/sms")).willReturn(okJson("{\"status\": \"accepted\"}")));
        GATEWAYS.stubFor(post(urlEqualTo("/zns")).willReturn(okJson("{\"error\": 0}")));
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aDossierWalkedDeskSupplementResultSendsTheExpectedNoticesByEveryChannel() throws Exception {
        String code = walkDeskSupplementResult();

        awaitAllSent(code);
        List<MimeMessage> mails = mailsAbout(code);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "Hồ sơ " + code + " đã được tiếp nhận / Dossier " + code + " received",
                "Hồ sơ " + code + " cần bổ sung / Dossier " + code + ": supplement requested",
                "Đã nhận hồ sơ bổ sung " + code + " / Supplement to dossier " + code + " received",
                "Hồ sơ " + code + " đã có kết quả / Dossier " + code + ": result ready");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(APPLICANT_EMAIL);
            assertThat((String) mail.getContent()).contains("Kính gửi Nguyễn Văn An")
                    .contains("https://dichvucong.example.gov.vn/portal?code=" + code);
        });
        assertThat((String) mails.get(1).getContent()).contains("cần được bổ sung: Thiếu bản sao Giấy chứng sinh");

        List<Map<String, Object>> sms = callsTo("/sms", code);
        assertThat(sms).extracting(call -> call.get("to")).containsOnly(Applicants.NGUYEN_VAN_AN.phone());
        assertThat(sms).extracting(call -> (String) call.get("text")).hasSize(4)
                .satisfies(texts -> assertThat(texts.get(0)).startsWith("Ho so " + code + " da duoc tiep nhan"));
        assertThat(callsTo("/zns", code)).extracting(call -> call.get("template")).containsExactly(
                "motcua_received", "motcua_supplement_requested", "motcua_supplement_received",
                "motcua_result_ready");
        assertThat(GATEWAYS.getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().equals("/sms"))
                .allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer sms-token"));

        assertThat(notices.of(code)).hasSize(12).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(n.sentAt()).isNotNull();
        });
        String fragment = http.perform(get("/dossiers/{c}/notices", code)
                        .with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).as("the dossier page's notices, in Vietnamese").contains("Tiếp nhận hồ sơ")
                .contains("Yêu cầu bổ sung").contains("Có kết quả").contains("Thư điện tử").contains("Tin nhắn SMS")
                .contains("Zalo").doesNotContain(">RESULT_READY<").doesNotContain("notices.");
        assertThat(fragment.split("Đã gửi lúc", -1)).as("twelve notices, each sent").hasSize(13);
    }

    @Test
    void anSmsGatewayDownForAWhileLosesNothingAndHoldsUpNoDossier() throws Exception {
        GATEWAYS.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(503)));

        String code = walkDeskSupplementResult();
        long deadline = System.currentTimeMillis() + 30_000;
        while (GATEWAYS.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 503).count() < 3
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(outbox.messagesOf(NoticeChannel.SMS.outboxName(), code)).as("waiting, none lost")
                .hasSize(4).allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));

        GATEWAYS.stubFor(post(urlEqualTo("/sms")).willReturn(okJson("{\"status\": \"accepted\"}")));
        awaitAllSent(code);
        assertThat(callsTo("/sms", code)).as("each taken once, in order").extracting(call -> (String) call.get("text"))
                .hasSize(4).satisfies(texts -> {
                    assertThat(texts.get(0)).contains("da duoc tiep nhan");
                    assertThat(texts.get(1)).contains("can bo sung");
                    assertThat(texts.get(2)).contains("Da nhan bo sung");
                    assertThat(texts.get(3)).contains("da co ket qua");
                });
    }

    /** Received at the desk, a supplement asked for and brought, approved: the dossier's code. */
    private String walkDeskSupplementResult() {
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
        return code;
    }

    private void awaitAllSent(String code) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !allSent(code)) {
            Thread.sleep(100);
        }
        for (NoticeChannel channel : NoticeChannel.values()) {
            assertThat(outbox.messagesOf(channel.outboxName(), code)).as(channel.name()).hasSize(4)
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.SENT));
        }
    }

    private boolean allSent(String code) {
        for (NoticeChannel channel : NoticeChannel.values()) {
            if (outbox.messagesOf(channel.outboxName(), code).stream().anyMatch(m -> m.status() != DeliveryStatus.SENT)) {
                return false;
            }
        }
        return true;
    }

    private static List<MimeMessage> mailsAbout(String code) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().contains(code)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** The accepted calls about one dossier to one gateway, oldest first (WireMock lists the newest first). */
    private List<Map<String, Object>> callsTo(String path, String code) {
        List<ServeEvent> events = new ArrayList<>(GATEWAYS.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().filter(e -> e.getRequest().getUrl().equals(path) && e.getResponse().getStatus() == 200)
                .map(this::body).filter(call -> String.valueOf(call).contains(code)).toList();
    }

    private Map<String, Object> body(ServeEvent event) {
        try {
            return json.readValue(event.getRequest().getBodyAsString(), new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ClerkTask openTaskOf(String code) {
        return tasks.openTasksOf(code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no open task of " + code + " for this user"));
    }
}
