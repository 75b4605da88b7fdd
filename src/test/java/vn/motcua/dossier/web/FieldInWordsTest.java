package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * A refused input is named in words for a person (the desk's page, and the API's message) while
 * the API's {@code field} keeps the machine name a program matches on.
 */
@DatabaseTest
@AutoConfigureMockMvc
class FieldInWordsTest {

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;

    @Test
    void theDeskNamesTheFieldInWordsAndTheApiKeepsItsName() throws Exception {
        String page = http.perform(post("/desk/receive").with(user(users.loadUserByUsername("reception"))).with(csrf())
                        .param("procedureCode", "1.001612").param("channel", "DESK")
                        .param("fullName", "Trần Thị Hoa").param("idNumber", "07930108"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shown = Jsoup.parse(page).select("main").text();
        assertThat(shown).contains("Số định danh cá nhân phải gồm 12 chữ số").doesNotContain("applicant.idNumber");

        String missingName = http.perform(post("/desk/receive").with(user(users.loadUserByUsername("reception")))
                        .with(csrf()).param("procedureCode", "1.001612").param("channel", "DESK")
                        .param("idNumber", "079301088888"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(missingName).select("main").text())
                .contains("Thiếu trường bắt buộc: Họ và tên người nộp").doesNotContain("applicant.fullName");

        http.perform(post("/api/dossiers").with(httpBasic("reception", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"procedureCode": "1.001612", "channel": "DESK", "applicant":
                                 {"fullName": "Trần Thị Hoa", "idNumber": "07930108"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("applicant.idNumber"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith(
                        "Số định danh cá nhân phải gồm 12 chữ số")));
    }
}
