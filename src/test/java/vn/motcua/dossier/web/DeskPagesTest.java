package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.testing.DatabaseTest;

/** The desk's receipt form: a good dossier is received, every bad field is shown again with its message. */
@DatabaseTest
@AutoConfigureMockMvc
class DeskPagesTest {

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void aCompleteFormReceivesTheDossierAndShowsTheSlipLink() throws Exception {
        String location = http.perform(intake("1.001612", "DESK", "Lê Thị Hồng", "079302012345"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/desk/received/XPV-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String code = location.substring(location.lastIndexOf('/') + 1);
        http.perform(get(location).with(as("reception")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/dossiers/" + code + "/forms/01.pdf")))
                .andExpect(content().string(Matchers.containsString("Lê Thị Hồng")));
    }

    @ParameterizedTest(name = "{4} → message beside {5}")
    @CsvSource({
            "1.001612, DESK, '', 079302012345, empty name, fullName-error",
            "1.001612, DESK, Lê Thị Hồng, 12ab, malformed ID, idNumber-error",
            "1.001612, FAX, Lê Thị Hồng, 079302012345, unknown channel, channel-error",
            "9.999999, DESK, Lê Thị Hồng, 079302012345, unknown procedure, procedureCode-error",
            "'', DESK, Lê Thị Hồng, 079302012345, no procedure, procedureCode-error"})
    void badInputShowsTheFormAgainAndStoresNothing(String procedure, String channel, String name, String id,
                                                  String why, String errorId) throws Exception {
        long before = dossiers();
        http.perform(intake(procedure, channel, name, id))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + errorId + "\"")));
        assertThat(dossiers()).as(why).isEqualTo(before);
    }

    @Test
    void tooLongAndScriptInputIsRefusedAndEscaped() throws Exception {
        http.perform(intake("1.001612", "DESK", "<script>alert(1)</script>", "bad<b>id"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"idNumber-error\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        http.perform(intake("1.001612", "DESK", "Ă".repeat(201), "079302012345"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"fullName-error\"")));
    }

    @Test
    void theDeskSpeaksEnglishOnRequest() throws Exception {
        http.perform(get("/desk").param("lang", "en").with(as("reception")))
                .andExpect(content().string(Matchers.containsString("Receive a new dossier")));
        http.perform(get("/desk").with(as("reception")))
                .andExpect(content().string(Matchers.containsString("Tiếp nhận hồ sơ mới")));
    }

    @Test
    void anActionOnAnUnknownDossierIsANotFoundPageNotAnError() throws Exception {
        http.perform(post("/desk/XPV-000000-0000/refuse").param("reason", "").with(as("reception")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("id=\"page-error\"")));
    }

    @Test
    void eachWorkListPagesByItsOwnParameterAndABadOneIsRefusedNamingIt() throws Exception {
        http.perform(get("/desk").param("resultsPage", "2").param("onlinePage", "3").with(as("reception")))
                .andExpect(status().isOk());
        http.perform(get("/desk").param("resultsPage", "0").with(as("reception")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Số trang phải từ 1 đến")));
        http.perform(get("/desk").param("supplementsPage", "abc").with(as("reception")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Số trang (chờ bổ sung)")));
    }

    private MockHttpServletRequestBuilder intake(String procedure, String channel, String name, String id) {
        return post("/desk/receive").with(as("reception")).with(csrf())
                .param("procedureCode", procedure).param("channel", channel).param("fullName", name)
                .param("idNumber", id).param("phone", "0905123456").param("documents", "0", "1");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }
}
