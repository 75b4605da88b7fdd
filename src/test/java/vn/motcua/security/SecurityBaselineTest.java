package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.DatabaseTest;

/**
 * Nothing is open but health, the portal and the public citizen API; Camunda's REST API and
 * webapps are for admins, the metrics for the metrics role; CSRF, security headers, session
 * cookies and the portal's sessions. Over real HTTP, because Camunda's REST API is its own
 * servlet and cookies are what is tested.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // tests switch the Prometheus endpoint off unless asked
@ExtendWith(OutputCaptureExtension.class)
class SecurityBaselineTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    @Test
    void healthIsPublicAndEverythingElseNeedsALogin() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        HttpResponse<String> procedures = get("/api/procedures", null);
        assertThat(procedures.statusCode()).isEqualTo(401);
        assertThat(procedures.body()).contains("\"error\"");
        assertThat(get("/api/tasks", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/procedures", "reception:wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void ourStaticFilesAreServedUnderAssetsOnlyAndPublicly() throws Exception {
        HttpResponse<String> css = get("/assets/css/app.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(get("/css/app.css", null).statusCode()).as("no longer served at the root").isNotEqualTo(200);
    }

    @Test
    void camundaRestApiIsForAdminsOnly() throws Exception {
        assertThat(get("/engine-rest/user", null).statusCode()).isEqualTo(401);
        assertThat(post("/engine-rest/user/create", null, "{\"profile\":{\"id\":\"intruder\"}}").statusCode())
                .isEqualTo(401);
        for (String clerk : new String[] {"reception", "specialist", "leader", "auditor", "analyst"}) {
            assertThat(get("/engine-rest/engine", clerk + ":demo").statusCode()).as(clerk).isEqualTo(403);
        }
        HttpResponse<String> engines = get("/engine-rest/engine", "admin:demo");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("default");
    }

    @Test
    void camundaWebappsAndMetricsAreForAdminsOnly() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(post("/camunda/api/admin/setup/default/user/create", null,
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}").statusCode())
                .as("Camunda's first-admin setup is not reachable anonymously").isIn(302, 401, 403);
        assertThat(get("/actuator/prometheus", "reception:demo").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void prometheusIsScrapedWithBasicByTheMetricsRoleWhichReachesNothingElse() throws Exception {
        HttpResponse<String> scrape = get("/actuator/prometheus", "metrics:demo");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/prometheus", "admin:demo").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        for (String clerk : new String[] {"reception", "specialist", "leader", "auditor", "analyst"}) {
            assertThat(get("/actuator/prometheus", clerk + ":demo").statusCode()).as(clerk).isEqualTo(403);
        }
        assertThat(get("/api/procedures", "metrics:demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/info", "metrics:demo").statusCode()).isEqualTo(403);
        Session scraper = signIn("metrics");
        assertThat(scraper.get("/dossiers").statusCode()).as("no staff page").isEqualTo(403);
    }

    @Test
    void csrfIsSkippedOnlyForTheCallsOwnValidBasicCredential() throws Exception {
        Session clerk = signIn("reception");
        String intake = "{}";
        assertThat(clerk.post("/api/dossiers", intake, null).statusCode())
                .as("session cookie, no token").isEqualTo(403);
        assertThat(clerk.post("/api/dossiers", intake, "Bearer anything").statusCode())
                .as("session cookie and a header that is no Basic credential").isEqualTo(403);
        assertThat(clerk.post("/api/dossiers", intake, basic("reception:wrong")).statusCode())
                .as("session cookie and the session user's name with a wrong password").isEqualTo(403);
        assertThat(clerk.post("/api/dossiers", intake, basic("reception2:demo")).statusCode())
                .as("a valid Basic credential of its own: past CSRF, refused for its empty body").isEqualTo(400);
        assertThat(post("/api/dossiers", "reception:demo", intake).statusCode()).isEqualTo(400);
    }

    @Test
    void ourPagesSendAScriptTightPolicyAndCamundaKeepsItsOwn() throws Exception {
        for (String page : new String[] {"/login", "/portal"}) {
            HttpResponse<String> response = get(page, null);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(page)
                    .containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(page).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self';");
        HttpResponse<String> cockpit = signIn("admin").get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).as("Camunda's own policy, alone")
                .hasSize(1).doesNotContain(SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aCitizenLookingUpADossierGetsNoServerSession() throws Exception {
        Session citizen = new Session();
        HttpResponse<String> home = citizen.get("/portal");
        assertThat(home.statusCode()).isEqualTo(200);
        String token = csrfField(home.body());
        HttpResponse<String> lookup = citizen.form("/portal/lookup",
                "code=XPV-000000-0000&idNumber=001099000001&_csrf=" + enc(token));
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("lookup-error");
        assertThat(citizen.cookieNames()).as("a CSRF cookie, no session").contains("MOTCUA-PORTAL-CSRF")
                .doesNotContain("JSESSIONID", "SESSION");
        assertThat(new Session().form("/portal/lookup", "code=XPV-000000-0000&idNumber=001099000001").statusCode())
                .as("still refused without the token").isEqualTo(403);
    }

    @Test
    void refusedDomainActionsAreLoggedAtWarnWithoutAStackTrace(CapturedOutput output) throws Exception {
        assertThat(get("/api/dossiers/XPV-000000-9999", "reception:demo").statusCode()).isEqualTo(404);
        String line = output.getOut().lines().filter(l -> l.contains("Refused GET /api/dossiers/XPV-000000-9999"))
                .findFirst().orElseThrow();
        assertThat(line).contains("WARN", "for reception");
        String after = output.getOut().substring(output.getOut().indexOf(line) + line.length());
        assertThat(after.lines().limit(3)).noneSatisfy(l -> assertThat(l).startsWith("\tat "));
    }

    @Test
    void aRefusalInsideAnEngineCommandIsNotLoggedAsAnEngineError(CapturedOutput output) throws Exception {
        HttpResponse<String> refused = post("/api/tasks/no-such-task/complete", "specialist:demo",
                "{\"outcome\": \"approve\"}");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(output.getOut()).contains("Refused POST /api/tasks/no-such-task/complete")
                .doesNotContain("ENGINE-16004");
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() throws Exception {
        accounts.create(new StaffUser("lockme", "Thử Khóa", "XPV", Set.of(Role.RECEPTION)), "right-one");
        assertThat(get("/api/procedures", "lockme:right-one").statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.ACCOUNT.attempts(); i++) {
            assertThat(get("/api/procedures", "lockme:wrong").statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/procedures", "lockme:right-one").statusCode()).as("locked").isEqualTo(401);
    }

    /** A browser's cookie jar, signed in through the login form or not at all. */
    private final class Session {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return browser.send(request(path, null).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String body) throws Exception {
            return browser.send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json, String authorization) throws Exception {
            HttpRequest.Builder builder = request(path, null).header("Content-Type", "application/json");
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return browser.send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        List<String> cookieNames() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
        }
    }

    private Session signIn(String username) throws Exception {
        Session session = new Session();
        String token = csrfField(session.get("/login").body());
        HttpResponse<String> signedIn = session.form("/login",
                "username=" + username + "&password=demo&_csrf=" + enc(token));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session;
    }

    private static String csrfField(String page) {
        Matcher field = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(field.find()).as("a CSRF field").isTrue();
        return field.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return client.send(request(path, credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return client.send(request(path, credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
