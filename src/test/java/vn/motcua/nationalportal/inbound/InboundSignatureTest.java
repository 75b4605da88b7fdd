package vn.motcua.nationalportal.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/**
 * Only the national portal can deliver: the HMAC signature over timestamp and body with a shared
 * secret is the authentication. Unsigned, wrongly signed, tampered or stale deliveries are refused
 * with 401, recorded on the audit trail, and store nothing.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {Deliveries.PROPERTIES,
        "motcua.files-directory=target/test-files/national-portal-inbound"})
class InboundSignatureTest {

    /** The clock's fixed time, which the refused deliveries' parameters (built before each test) are signed at. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 15, 9, 0);

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;

    @BeforeEach
    void tuesdayMorning() {
        clock.setFixed(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDeliverySignedWithTheSharedSecretBecomesAnOnlineSubmission() throws Exception {
        long audited = audited("DONE");
        String code = http.perform(Deliveries.signed(Deliveries.message("SIG-OK-1"), clock.instant()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.portalDossierId").value("SIG-OK-1"))
                .andExpect(jsonPath("$.dossierCode").value(org.hamcrest.Matchers.startsWith("XPV-261215-")))
                .andReturn().getResponse().getHeader("Location").replace("/api/dossiers/", "");
        assertThat(jdbc.sql("SELECT status || ' ' || channel || ' ' || procedure_code FROM dossier WHERE code = ?")
                .param(code).query(String.class).single()).isEqualTo("1 ONLINE 1.001612");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_document WHERE dossier_code = ?").param(code)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audited("DONE")).isEqualTo(audited + 1);
    }

    @Test
    void aDeliverySignedWithTheNextSecretIsAcceptedDuringAChangeOfSecret() throws Exception {
        byte[] body = Deliveries.bytes(Deliveries.message("SIG-NEXT-1"));
        http.perform(Deliveries.signed(body, Deliveries.NEXT_SECRET, clock.instant())).andExpect(status().isCreated());
    }

    static Stream<Arguments> refused() {
        byte[] body = Deliveries.bytes(Deliveries.message("SIG-REFUSED"));
        Instant now = NOW.atZone(ProvinceClock.ZONE).toInstant();
        String timestamp = String.valueOf(now.getEpochSecond());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Trần Thị Bích Ngọc", "Kẻ Giả Mạo")
                .getBytes(StandardCharsets.UTF_8);
        String goodSignature = PortalSignature.sign(Deliveries.SECRET, timestamp, body);
        return Stream.of(
                Arguments.of("unsigned", Deliveries.unsigned(body)),
                Arguments.of("timestamp only", Deliveries.unsigned(body)
                        .header(PortalSignature.TIMESTAMP_HEADER, timestamp)),
                Arguments.of("signature only", Deliveries.unsigned(body)
                        .header(PortalSignature.SIGNATURE_HEADER, goodSignature)),
                Arguments.of("another secret", Deliveries.signed(body, "mot-bi-mat-khac-hoan-toan-cung-du-32-ky-tu", now)),
                Arguments.of("body changed after signing", Deliveries.unsigned(tampered)
                        .header(PortalSignature.TIMESTAMP_HEADER, timestamp)
                        .header(PortalSignature.SIGNATURE_HEADER, goodSignature)),
                Arguments.of("timestamp changed after signing", Deliveries.unsigned(body)
                        .header(PortalSignature.TIMESTAMP_HEADER, String.valueOf(now.getEpochSecond() + 1))
                        .header(PortalSignature.SIGNATURE_HEADER, goodSignature)),
                Arguments.of("stale: signed six minutes ago", Deliveries.signed(body, Deliveries.SECRET,
                        now.minus(Duration.ofMinutes(6)))),
                Arguments.of("signed six minutes ahead", Deliveries.signed(body, Deliveries.SECRET,
                        now.plus(Duration.ofMinutes(6)))),
                Arguments.of("malformed timestamp", Deliveries.unsigned(body)
                        .header(PortalSignature.TIMESTAMP_HEADER, "2026-12-15T09:00:00")
                        .header(PortalSignature.SIGNATURE_HEADER, goodSignature)),
                Arguments.of("malformed signature", Deliveries.unsigned(body)
                        .header(PortalSignature.TIMESTAMP_HEADER, timestamp)
                        .header(PortalSignature.SIGNATURE_HEADER, "sha256=" + goodSignature)),
                Arguments.of("signature of the empty body", Deliveries.unsigned(body)
                        .header(PortalSignature.TIMESTAMP_HEADER, timestamp)
                        .header(PortalSignature.SIGNATURE_HEADER, PortalSignature.sign(Deliveries.SECRET, timestamp,
                                new byte[0]))),
                Arguments.of("a staff session's cookie instead", Deliveries.unsigned(body)
                        .cookie(new Cookie("SESSION", "c2Vzc2lvbg"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String why, MockHttpServletRequestBuilder delivery) throws Exception {
        long dossiers = count("dossier");
        long audited = audited("REFUSED");
        http.perform(delivery)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "DVCQG-HMAC-SHA256"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("chữ ký")));
        assertThat(count("dossier")).as("dossiers").isEqualTo(dossiers);
        assertThat(count("national_portal_inbound")).as("deliveries").isZero();
        assertThat(audited("REFUSED")).as("refusals on the audit trail").isEqualTo(audited + 1);
    }

    @Test
    void stalenessIsJudgedByOurClockWithinFiveMinutesEitherWay() throws Exception {
        Instant now = clock.instant();
        http.perform(Deliveries.signed(Deliveries.message("SIG-SKEW-1"), now.minus(Duration.ofMinutes(4))))
                .andExpect(status().isCreated());
        http.perform(Deliveries.signed(Deliveries.message("SIG-SKEW-2"), now.plus(Duration.ofMinutes(4))))
                .andExpect(status().isCreated());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + (table.equals("national_portal_inbound")
                        ? " WHERE portal_dossier_id = 'SIG-REFUSED'" : ""))
                .query(Long.class).single();
    }

    private long audited(String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'NATIONAL_PORTAL_RECEIVE' AND outcome = ?")
                .param(outcome).query(Long.class).single();
    }
}
