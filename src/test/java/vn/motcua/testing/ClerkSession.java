package vn.motcua.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff in a browser, scripted: form login with the login page's CSRF token, then
 * JSON calls, pages and forms riding on the session cookie with the CSRF token of the pages.
 * Everything goes to one base URL (a node, or HAProxy, which spreads the requests over the nodes).
 */
public final class ClerkSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrfToken;

    private ClerkSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in through the login form, as a person does. */
    public static ClerkSession signIn(String baseUrl, String username, String password) {
        ClerkSession session = new ClerkSession(baseUrl);
        String loginPage = session.send(HttpRequest.newBuilder(session.uri("/login")).GET()).body();
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(find(FORM_TOKEN, loginPage, "the login form's CSRF token"));
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || target.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + login.statusCode() + " " + target);
        }
        // signing in makes a new CSRF token; the pages carry it in a meta tag
        String home = session.send(HttpRequest.newBuilder(session.uri("/")).GET()).body();
        session.csrfToken = find(META_TOKEN, home, "the page's CSRF token");
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    /** A page as the browser asks for it. */
    public HttpResponse<String> getPage(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /** A page's form sent as htmx sends it (the HX-Request header), with the session's CSRF token. */
    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("HX-Request", "true").header("X-CSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SessionIoException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in:\n" + html);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The connection broke (the node died under the request): the caller may try again. */
    public static final class SessionIoException extends RuntimeException {
        SessionIoException(IOException cause) {
            super(cause);
        }
    }
}
