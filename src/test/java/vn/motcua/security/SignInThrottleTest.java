package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/**
 * Password guesses, one by one and all at once, by HTTP Basic and by the login form. How many
 * passwords were really checked is counted on the password encoder itself. Every test runs on
 * a day of its own (the province clock is fixed), so one test's blocks do not reach the next.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

    private static final int GUESSES = 40;
    private static final int ATTEMPTS_PER_WINDOW = 5;
    private static final AtomicInteger DAY = new AtomicInteger();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;
    @Autowired ProvinceClock clock;
    @Autowired JdbcClient jdbc;
    @MockitoSpyBean PasswordEncoder encoder;

    LocalDateTime start;

    @BeforeEach
    void aDayOfItsOwn() {
        start = LocalDateTime.of(2031, 1, 1, 8, 0).plusDays(DAY.getAndIncrement());
        clock.setFixed(start);
        Mockito.clearInvocations(encoder);
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void fortyParallelBasicGuessesGetFivePasswordChecksAndThenEvenTheRightOneIsRefused() throws Exception {
        account("parallel.basic");
        List<Integer> wrong = inParallel(i -> basic("parallel.basic", "wrong-" + i));
        assertThat(wrong).containsOnly(401);
        assertThat(passwordChecks()).as("passwords checked in one window").isLessThanOrEqualTo(ATTEMPTS_PER_WINDOW);

        Mockito.clearInvocations(encoder);
        List<Integer> right = inParallel(i -> basic("parallel.basic", "right-one"));
        assertThat(right).as("the right password while blocked").containsOnly(401);
        assertThat(passwordChecks()).isZero();
    }

    @Test
    void fortyParallelFormGuessesGetFivePasswordChecksAndThenEvenTheRightOneIsRefused() throws Exception {
        account("parallel.form");
        List<String> wrong = inParallel(i -> form("parallel.form", "wrong-" + i));
        assertThat(wrong).allSatisfy(landing -> assertThat(landing).endsWith("/login?error"));
        assertThat(passwordChecks()).as("passwords checked in one window").isLessThanOrEqualTo(ATTEMPTS_PER_WINDOW);

        Mockito.clearInvocations(encoder);
        List<String> right = inParallel(i -> form("parallel.form", "right-one"));
        assertThat(right).allSatisfy(landing -> assertThat(landing).endsWith("/login?error"));
        assertThat(passwordChecks()).isZero();
    }

    @Test
    void aScriptsParallelCallsWithTheRightPasswordAreAllAcceptedAndTheirPasswordCheckedOnce() throws Exception {
        account("parallel.script");
        List<Integer> calls = inParallel(i -> basic("parallel.script", "right-one"));
        assertThat(calls).as("forty calls of one script at once").containsOnly(200);
        assertThat(passwordChecks()).as("identical credentials are checked once on a node").isEqualTo(1);
        assertThat(basic("parallel.script", "wrong")).as("a wrong password is still checked").isEqualTo(401);
        assertThat(passwordChecks()).isEqualTo(2);
    }

    @Test
    void blocksGrowWithEachOneInARowAndTheRightPasswordEndsThem() throws Exception {
        account("progressive");
        missFiveTimes("progressive");
        assertThat(basic("progressive", "right-one")).as("first block").isEqualTo(401);
        clock.setFixed(start.plusSeconds(31));
        assertThat(basic("progressive", "wrong")).as("the first block lasts 30 s").isEqualTo(401);
        assertThat(passwordChecks()).isEqualTo(ATTEMPTS_PER_WINDOW + 1);

        for (int i = 1; i < ATTEMPTS_PER_WINDOW; i++) {
            assertThat(basic("progressive", "wrong")).isEqualTo(401);
        }
        clock.setFixed(start.plusSeconds(31 + 31));
        assertThat(basic("progressive", "right-one")).as("the second block is longer").isEqualTo(401);
        clock.setFixed(start.plusSeconds(31 + 61));
        assertThat(basic("progressive", "right-one")).as("after the second block").isEqualTo(200);

        missFiveTimes("progressive");
        clock.setFixed(start.plusSeconds(31 + 61 + 31));
        assertThat(basic("progressive", "right-one")).as("a sign-in forgets earlier blocks").isEqualTo(200);
    }

    @Test
    void oneAddressGetsThirtyMissesAcrossAccountsAndForwardedForHeadersDoNotChangeIt() throws Exception {
        account("victim");
        for (int i = 0; i < 30; i++) {
            assertThat(basic("nobody" + i, "guess", "203.0.113." + i)).isEqualTo(401);
        }
        assertThat(basic("victim", "right-one", "198.51.100.7"))
                .as("the address is blocked, whatever X-Forwarded-For claims").isEqualTo(401);
        assertThat(basic("victim", "right-one", null)).isEqualTo(401);
        assertThat(passwordChecks()).as("only misses under the limit were checked").isLessThanOrEqualTo(30);

        clock.setFixed(start.plusMinutes(2));
        assertThat(basic("victim", "right-one", null)).as("after the address's block").isEqualTo(200);
    }

    @Test
    void signInsOfAnOfficeBehindOneAddressDoNotBlockIt() throws Exception {
        account("clerk.office");
        for (int i = 0; i < 40; i++) {
            assertThat(basic("clerk.office", "right-one")).isEqualTo(200);
        }
    }

    @Test
    void absurdUsernamesAreAFailedSignInRecordedInTheTrail() throws Exception {
        String longName = "u".repeat(300);
        assertThat(basic(longName, "whatever")).isEqualTo(401);
        assertThat(form(longName, "whatever")).endsWith("/login?error");
        assertThat(basic("nul\u0000name", "whatever")).isEqualTo(401);
        assertThat(form("nul\u0000name", "whatever")).endsWith("/login?error");
        assertThat(passwordChecks()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record
                WHERE action = 'SIGN_IN' AND outcome = 'REFUSED' AND username LIKE 'uuuu%'""")
                .query(Integer.class).single()).as("both refusals audited").isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record
                WHERE action = 'SIGN_IN' AND outcome = 'REFUSED' AND username LIKE 'nul%name'""")
                .query(Integer.class).single()).as("both refusals audited").isEqualTo(2);
    }

    private void account(String username) {
        accounts.create(new StaffUser(username, "Thử Đăng Nhập", "XPV", Set.of(Role.RECEPTION)), "right-one");
    }

    private void missFiveTimes(String username) throws Exception {
        for (int i = 0; i < ATTEMPTS_PER_WINDOW; i++) {
            assertThat(basic(username, "wrong")).isEqualTo(401);
        }
    }

    private long passwordChecks() {
        return Mockito.mockingDetails(encoder).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("matches")).count();
    }

    private interface Guess<T> {
        T make(int index) throws Exception;
    }

    /** Every guess is prepared, then all are let go at the same moment. */
    private <T> List<T> inParallel(Guess<T> guess) throws Exception {
        CyclicBarrier together = new CyclicBarrier(GUESSES);
        ExecutorService threads = Executors.newFixedThreadPool(GUESSES);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < GUESSES; i++) {
                int index = i;
                Callable<T> call = () -> {
                    together.await();
                    return guess.make(index);
                };
                answers.add(threads.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private int basic(String username, String password) throws Exception {
        return basic(username, password, null);
    }

    private int basic(String username, String password, String forwardedFor) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/procedures"))
                .header("Authorization", "Basic " + credentials);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Signs in through the login page as a browser does; answers where it was sent. */
    private String form(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("the login form's CSRF field").isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
