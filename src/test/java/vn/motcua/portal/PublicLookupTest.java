package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The citizen's lookup: progress without personal data, and no way to tell whether a code exists. */
@DatabaseTest
@AutoConfigureMockMvc
class PublicLookupTest {

    @Autowired MockMvc http;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;
    @Autowired ProvinceClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theRightCodeAndIdNumberShowProgressButNothingPersonal() throws Exception {
        String code = receiveOne();
        String body = http.perform(lookup(code, Applicants.NGUYEN_VAN_AN.idNumber(), "10.0.0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status.code").value(2))
                .andExpect(jsonPath("$.status.label").value("Được tiếp nhận"))
                .andExpect(jsonPath("$.procedureName").value("Đăng ký khai sinh"))
                .andExpect(jsonPath("$.dueAt").value("2026-12-07T17:00:00"))
                .andExpect(jsonPath("$.currentSteps[0]").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(Applicants.NGUYEN_VAN_AN.fullName(), Applicants.NGUYEN_VAN_AN.idNumber(),
                Applicants.NGUYEN_VAN_AN.phone(), "reception");
    }

    @Test
    void aWrongIdNumberAnswersExactlyLikeAnUnknownCode() throws Exception {
        String code = receiveOne();
        String wrongId = http.perform(lookup(code, "079999999999", "10.0.0.2"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknownCode = http.perform(lookup("XPV-261207-9999", "079999999999", "10.0.0.2"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String noId = http.perform(get("/api/public/dossiers/" + code).with(from("10.0.0.2")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrongId).isEqualTo(unknownCode).isEqualTo(noId);
    }

    @Test
    void repeatedMissesFromOneClientAreSlowedDown() throws Exception {
        String code = receiveOne();
        for (int i = 0; i < LookupThrottle.FREE_MISSES; i++) {
            http.perform(lookup(code, "07900000000" + i, "10.0.0.3")).andExpect(status().isNotFound());
        }
        http.perform(lookup(code, Applicants.NGUYEN_VAN_AN.idNumber(), "10.0.0.3"))
                .andExpect(status().isTooManyRequests());
        // another client is not affected
        http.perform(lookup(code, Applicants.NGUYEN_VAN_AN.idNumber(), "10.0.0.4")).andExpect(status().isOk());
    }

    private String receiveOne() {
        clock.setFixed(LocalDateTime.of(2026, 12, 7, 10, 0));
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk("1.001193")).code();
        signIn.out();
        return code;
    }

    private static MockHttpServletRequestBuilder lookup(String code, String idNumber, String client) {
        return get("/api/public/dossiers/" + code).param("idNumber", idNumber).with(from(client));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
