package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * The chain check as auditors run it, on the page and through the API, after what real use
 * writes (form sign-ins record no detail) and after tampering by someone who can write to the
 * database but does not hold the sealing key.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ChainVerificationTest {

    @Autowired MockMvc http;
    @Autowired AuditChain chain;
    @Autowired UserDetailsService users;

    @BeforeEach
    void chainIsIntact() {
        chain.seal();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theChainVerifiesAfterAFormSignIn() throws Exception {
        http.perform(formLogin("/login").user("reception").password("demo"))
                .andExpect(status().is3xxRedirection());

        apiVerdict().andExpect(jsonPath("$.intact").value(true));
        assertThat(pageVerdict()).contains("id=\"chain-intact\"");
    }

    private org.springframework.test.web.servlet.ResultActions apiVerdict() throws Exception {
        return http.perform(post("/api/audit/verification").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk());
    }

    private String pageVerdict() throws Exception {
        return http.perform(post("/audit/verification").with(csrf()).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
