package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Who must not reach which staff page or API: each role gets 403 where its work is not, an
 * anonymous visitor is sent to the login page, and a commune specialist gets 404 on the other
 * commune's dossier and task whether by page or by API.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesAccessTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired SignIn signIn;

    /** A dossier of commune PTH (reception2) and its open step. */
    String pthDossier;
    String pthTask;

    @BeforeAll
    void aDossierAtTheOtherCommune(@Autowired DossierIntake intake, @Autowired ClerkTasks tasks) {
        signIn.as("reception2");
        pthDossier = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code();
        signIn.as("specialist2");
        pthTask = tasks.openTasksOf(pthDossier).get(0).id();
        signIn.out();
    }

    @AfterAll
    void signOut() {
        signIn.out();
    }

    static Stream<Arguments> forbiddenPages() {
        return Stream.of(
                Arguments.of("specialist", "GET", "/desk"),
                Arguments.of("specialist", "POST", "/desk/receive"),
                Arguments.of("specialist", "POST", "/desk/{pth}/return-result"),
                Arguments.of("leader", "GET", "/desk"),
                Arguments.of("leader", "POST", "/desk/{pth}/supplement"),
                Arguments.of("auditor", "GET", "/desk"),
                Arguments.of("auditor", "GET", "/tasks"),
                Arguments.of("auditor", "POST", "/tasks/{task}/claim"),
                Arguments.of("analyst", "GET", "/desk"),
                Arguments.of("analyst", "GET", "/tasks"),
                Arguments.of("analyst", "GET", "/dossiers"),
                Arguments.of("analyst", "GET", "/dossiers/{pth}"),
                Arguments.of("admin", "GET", "/desk"),
                Arguments.of("admin", "GET", "/tasks"),
                Arguments.of("admin", "POST", "/tasks/{task}/complete"),
                Arguments.of("specialist", "GET", "/desk/checklist"),
                Arguments.of("auditor", "GET", "/api/tasks"),
                Arguments.of("analyst", "GET", "/api/notifications"),
                Arguments.of("admin", "POST", "/api/tasks/{task}/complete"),
                Arguments.of("specialist", "GET", "/api/audit"),
                Arguments.of("reception", "GET", "/audit"),
                Arguments.of("specialist", "GET", "/reports"),
                Arguments.of("reception", "GET", "/api/reports/sla?from=2026-01-01&to=2026-12-31&groupBy=procedure"),
                Arguments.of("leader", "GET", "/procedures"));
    }

    @ParameterizedTest(name = "{0} {1} {2} → 403")
    @MethodSource("forbiddenPages")
    void aRoleGetsForbiddenOutsideItsWork(String username, String method, String url) throws Exception {
        http.perform(as(username, method, url)).andExpect(status().isForbidden());
    }

    static Stream<Arguments> pagesNeedingALogin() {
        return Stream.of("/desk", "/desk/received/{pth}", "/tasks", "/tasks/{task}", "/dossiers", "/dossiers/{pth}")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "anonymous GET {0} → login")
    @MethodSource("pagesNeedingALogin")
    void anonymousVisitorsAreSentToTheLoginPage(String url) throws Exception {
        http.perform(request(HttpMethod.GET, resolved(url)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    static Stream<Arguments> otherCommunesDossier() {
        return Stream.of(
                Arguments.of("specialist", "GET", "/dossiers/{pth}"),
                Arguments.of("reception", "GET", "/desk/received/{pth}"),
                Arguments.of("reception", "POST", "/desk/{pth}/refuse?reason=x"),
                Arguments.of("specialist", "GET", "/tasks/{task}"),
                Arguments.of("specialist", "POST", "/tasks/{task}/claim"),
                Arguments.of("specialist", "POST", "/tasks/{task}/supplement-request?reason=x"),
                Arguments.of("specialist", "GET", "/api/dossiers/{pth}"),
                Arguments.of("specialist", "GET", "/api/tasks/{task}"),
                Arguments.of("specialist", "POST", "/api/tasks/{task}/claim"));
    }

    @ParameterizedTest(name = "{0} (XPV) {1} {2} of PTH → 404")
    @MethodSource("otherCommunesDossier")
    void aCommuneClerkCannotReachTheOtherCommunesDossier(String username, String method, String url)
            throws Exception {
        http.perform(as(username, method, url)).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0} searching dossiers sees PTH''s: {1}")
    @CsvSource({"specialist, false", "reception, false", "specialist2, true",
            "auditor, true"})
    void theDossierListIsScopedToTheAgency(String username, boolean seesIt) throws Exception {
        String page = http.perform(as(username, "GET", "/dossiers?q=PTH")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.contains(pthDossier)).isEqualTo(seesIt);
    }

    private MockHttpServletRequestBuilder as(String username, String method, String url) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolved(url)).with(csrf());
        return url.startsWith("/api/") ? request.with(httpBasic(username, "demo"))
                : request.with(user(users.loadUserByUsername(username)));
    }

    private String resolved(String url) {
        return url.replace("{pth}", pthDossier).replace("{task}", pthTask);
    }
}
