package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The citizens' lookup and rating pages: no login, CSRF, nothing revealed by a wrong pair, one rating. */
@DatabaseTest
@AutoConfigureMockMvc
class PortalPagesTest {

    static final String ID_NUMBER = Applicants.NGUYEN_VAN_AN.idNumber();
    static final String PHONE = Applicants.NGUYEN_VAN_AN.phone();

    @Autowired MockMvc http;
    @Autowired FinishedDossiers finished;
    @Autowired JdbcClient jdbc;
    @Autowired SignIn signIn;
    @Autowired ProvinceClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theRightPairShowsProgressAndAWrongPairRevealsNothing() throws Exception {
        String code = finished.received();
        String page = http.perform(lookup(code, ID_NUMBER, "10.1.0.1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"lookup-result\"", code, "Được tiếp nhận", "Đăng ký khai sinh",
                "Tiếp nhận hồ sơ").doesNotContain(Applicants.NGUYEN_VAN_AN.fullName(), ID_NUMBER);

        String wrongId = http.perform(lookup(code, "079999999999", "10.1.0.2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String unknown = http.perform(lookup("XPV-261207-9999", "079999999999", "10.1.0.2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrongId).contains("id=\"lookup-error\"").doesNotContain("lookup-result", "Đăng ký khai sinh");
        assertThat(withoutTokens(wrongId.replace(code, "CODE")))
                .isEqualTo(withoutTokens(unknown.replace("XPV-261207-9999", "CODE")));

        String script = http.perform(lookup("<script>alert(1)</script>", ID_NUMBER, "10.1.0.3"))
                .andReturn().getResponse().getContentAsString();
        assertThat(script).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        http.perform(post("/portal/lookup").param("code", code).param("idNumber", ID_NUMBER))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCitizenRatesAReturnedDossierOnceWithCodeAndPhone() throws Exception {
        String code = finished.returned();
        http.perform(get("/portal/rating").param("code", code)).andExpect(status().isOk());

        assertThat(http.perform(rating(code, "0900000000", allScores("2"))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).contains("id=\"rating-error\"",
                "Không tìm thấy hồ sơ với mã và số điện thoại đã nhập");
        Map<String, String> withoutOverall = new HashMap<>(allScores("1"));
        withoutOverall.remove("overall");
        assertThat(http.perform(rating(code, PHONE, withoutOverall)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("data-field=\"overall\"");
        Map<String, String> outOfScale = new HashMap<>(allScores("1"));
        outOfScale.put("attitude", "3");
        http.perform(rating(code, PHONE, outOfScale)).andExpect(status().isBadRequest());
        assertThat(ratings(code)).isZero();

        assertThat(http.perform(rating(code, "091 234 5678", allScores("2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"rating-done\"", code);
        assertThat(jdbc.sql("SELECT attitude + overall FROM satisfaction_rating WHERE dossier_code = ?").param(code)
                .query(Integer.class).single()).isEqualTo(4);

        http.perform(rating(code, PHONE, allScores("0"))).andExpect(status().isConflict());
        assertThat(ratings(code)).isOne();
    }

    @Test
    void aDossierStillInProgressCannotBeRated() throws Exception {
        String code = finished.received();
        http.perform(rating(code, PHONE, allScores("2"))).andExpect(status().isConflict());
        assertThat(ratings(code)).isZero();
    }

    /** The pages differ only by their per-response CSRF tokens. */
    private static String withoutTokens(String page) {
        return page.replaceAll("[A-Za-z0-9_-]{40,}", "TOKEN");
    }

    private int ratings(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM satisfaction_rating WHERE dossier_code = ?").param(code)
                .query(Integer.class).single();
    }

    private static Map<String, String> allScores(String score) {
        Map<String, String> scores = new HashMap<>();
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            scores.put(criterion.column(), score);
        }
        return scores;
    }

    private static MockHttpServletRequestBuilder rating(String code, String phone, Map<String, String> scores) {
        MockHttpServletRequestBuilder request = post("/portal/rating").param("code", code).param("phone", phone)
                .with(csrf()).with(from("10.2.0.1"));
        scores.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder lookup(String code, String idNumber, String client) {
        return post("/portal/lookup").param("code", code).param("idNumber", idNumber).with(csrf()).with(from(client));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
