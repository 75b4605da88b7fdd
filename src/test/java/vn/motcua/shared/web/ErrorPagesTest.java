package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.DatabaseTest;

/**
 * A page that does not exist or that the role may not open answers the app's own page, in
 * Vietnamese, with the right status: never the servlet container's error page. Over real HTTP
 * after a form sign-in, because error pages are rendered by the container's error dispatch.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    private HttpClient browser;

    @BeforeEach
    void signInAsReception() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=reception&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void anUnknownPageIsTheAppsOwnVietnamesePage() throws Exception {
        HttpResponse<String> page = get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertOwnPage(page, "Không tìm thấy trang");
    }

    @Test
    void aPageTheRoleMayNotOpenIsTheAppsOwnVietnamesePage() throws Exception {
        HttpResponse<String> page = get("/camunda/app/cockpit/default/");
        assertThat(page.statusCode()).isEqualTo(403);
        assertOwnPage(page, "Bạn không có quyền");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenAskedTo() throws Exception {
        HttpResponse<String> page = get("/khong-co-trang-nay?lang=en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertOwnPage(page, "Page not found");
    }

    private static void assertOwnPage(HttpResponse<String> page, String heading) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains(heading).contains("Một Cửa")
                .doesNotContain("Apache Tomcat", "Whitelabel", "Exception", "HTTP Status");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
