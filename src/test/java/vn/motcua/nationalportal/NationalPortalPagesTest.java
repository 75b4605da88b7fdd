package vn.motcua.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditRecord;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.delivery.Outbox;
import vn.motcua.delivery.QueuedMessage;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * No portal configured here: dossiers still fill the outbox and nothing fails; the operators'
 * page shows the queue, re-sends a parked message (audited) and refuses what it must.
 */
@DatabaseTest
@AutoConfigureMockMvc
class NationalPortalPagesTest {

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;
    @Autowired ProvinceClock clock;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired MeterRegistry meters;

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void withoutAPortalTheOutboxFillsAndTheAdministratorSeesItWaitAndReSendsAParkedMessage() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 7, 10, 0));
        signIn.as("reception");
        String waiting = intake.receive(Applicants.atDesk("1.001193")).code();
        String refused = intake.receive(Applicants.atDesk("1.001193")).code();
        signIn.out();
        assertThat(outbox.messagesOf(PortalMessages.CHANNEL, waiting)).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
        QueuedMessage parked = outbox.messagesOf(PortalMessages.CHANNEL, refused).get(0);
        jdbc.sql("UPDATE delivery_message SET status = 'FAILED', attempts = 1, last_error = ? WHERE id = ?")
                .params("HTTP 200, error_code 12: MaTTHC khong ton tai", parked.id()).update();

        http.perform(as("admin", get("/admin/national-portal")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đồng bộ với Cổng Dịch vụ công quốc gia")))
                .andExpect(content().string(containsString("Chưa cấu hình địa chỉ Cổng")))
                // the oldest waiting message: this test's, or one an earlier test of this context queued
                .andExpect(content().string(containsString("Hồ sơ " + outbox.oldestPending(PortalMessages.CHANNEL)
                        .orElseThrow().orderingKey())))
                .andExpect(content().string(containsString(refused)))
                .andExpect(content().string(containsString("error_code 12: MaTTHC khong ton tai")))
                .andExpect(content().string(containsString("DongBoHoSoMC")));
        http.perform(as("admin", get("/admin/national-portal/reconciliation").param("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reconciliation")))
                .andExpect(content().string(containsString(waiting)))
                .andExpect(content().string(containsString(refused)));

        http.perform(as("admin", post("/admin/national-portal/messages/{id}/resend", parked.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/national-portal"))
                .andExpect(flash().attribute("resent", parked.id()));
        assertThat(outbox.messagesOf(PortalMessages.CHANNEL, refused).get(0).status()).isEqualTo(DeliveryStatus.PENDING);
        List<AuditRecord> resends = audit.find(new AuditQuery(null, "admin", null, null), 0).stream()
                .filter(r -> r.action().equals("NATIONAL_PORTAL_RESEND")).toList();
        assertThat(resends).isNotEmpty();

        // the gauges Prometheus scrapes (its registry is off in tests; the meters are the same)
        assertThat(meters.get("motcua.delivery.pending").tag("channel", PortalMessages.CHANNEL).gauge().value())
                .isEqualTo(outbox.count(PortalMessages.CHANNEL, DeliveryStatus.PENDING)).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("motcua.delivery.oldest.pending.age").tag("channel", PortalMessages.CHANNEL).gauge()
                .value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("motcua.delivery.failed").tag("channel", PortalMessages.CHANNEL).gauge().value())
                .isZero();
    }

    @Test
    void onlyAnAdministratorReachesThePageAndBadReSendsAreRefusedNamingTheMessage() throws Exception {
        http.perform(as("reception", get("/admin/national-portal"))).andExpect(status().isForbidden());
        http.perform(as("auditor", post("/admin/national-portal/messages/1/resend"))).andExpect(status().isForbidden());
        http.perform(as("admin", post("/admin/national-portal/messages/abc/resend")))
                .andExpect(status().isBadRequest());
        http.perform(as("admin", post("/admin/national-portal/messages/999999/resend")))
                .andExpect(status().isNotFound());
        http.perform(as("admin", get("/admin/national-portal").param("page", "0")))
                .andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername(username)));
    }
}
