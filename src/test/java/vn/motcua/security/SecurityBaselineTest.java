package vn.motcua.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/** Nothing is open but health and the public citizen API; Camunda's own surfaces are for admins. */
@DatabaseTest
@AutoConfigureMockMvc
class SecurityBaselineTest {

    @Autowired MockMvc http;
    @Autowired StaffAccounts accounts;

    @Test
    void healthIsPublicAndEverythingElseNeedsALogin() throws Exception {
        http.perform(get("/actuator/health")).andExpect(status().isOk());
        http.perform(get("/api/procedures")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").isNotEmpty());
        http.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
        http.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        http.perform(get("/api/procedures").with(httpBasic("reception", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void camundaRestApiAndWebappsAreForAdminsOnly() throws Exception {
        http.perform(get("/engine-rest/user")).andExpect(status().isUnauthorized());
        http.perform(post("/engine-rest/user/create").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
        for (String clerk : new String[] {"reception", "specialist", "auditor", "analyst"}) {
            http.perform(get("/engine-rest/engine").with(httpBasic(clerk, "demo"))).andExpect(status().isForbidden());
        }
        http.perform(get("/engine-rest/engine").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        http.perform(get("/camunda/app/cockpit/default/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        http.perform(get("/camunda/app/cockpit/default/").with(user("reception").roles("RECEPTION")))
                .andExpect(status().isForbidden());
        http.perform(post("/camunda/api/admin/setup/default/user/create").contentType("application/json")
                .content("{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"x\"}}"))
                .andExpect(status().is3xxRedirection());
        http.perform(get("/actuator/prometheus").with(httpBasic("reception", "demo")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() throws Exception {
        accounts.create(new StaffUser("lockme", "Thử Khóa", "XPV", java.util.Set.of(Role.RECEPTION)), "right-one");
        for (int i = 0; i < StaffAccounts.MAX_FAILED_LOGINS; i++) {
            http.perform(get("/api/procedures").with(httpBasic("lockme", "wrong"))).andExpect(status().isUnauthorized());
        }
        http.perform(get("/api/procedures").with(httpBasic("lockme", "right-one")))
                .andExpect(status().isUnauthorized());
    }
}
