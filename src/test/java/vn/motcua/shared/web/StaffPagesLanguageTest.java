package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * No raw code on any staff page: every page a demo role reaches from the menu, and the pages
 * linked from those (a dossier, a step, a report's drill-down, the audit trail, a procedure's
 * modeler, a what-if run), is read in Vietnamese and in English, and none may show an enum name,
 * a Java class or handler name, a bare status number, {@code null} or an unresolved message key.
 * The walk follows the links it finds, so pages added to the menu later are walked too.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesLanguageTest {

    /** Words that are a program's, not a person's. Case-sensitive: "Late" is English, "LATE" an enum. */
    private static final List<Pattern> RAW_TOKENS = List.of(
            // enum names: timeliness, channels, roles, statuses, outcomes of the trail
            Pattern.compile("\\b(EARLY|ON_TIME|LATE|DESK|ONLINE|RECEPTION|SPECIALIST|LEADER|AUDITOR|ANALYST|ADMIN"
                    + "|NEW|RECEIVED|PROCESSING|RESOLVED|WITHDRAWN|STOPPED|APPROVED|REFUSED|DONE|FAILED|CANCELLED"
                    + "|RUNNING|FINISHED|PROCEDURE|AGENCY|CHANNEL|MONTH|TOTAL)\\b"),
            // POST is also an HTTP method, which the trail's detail names before an address
            Pattern.compile("\\bPOST\\b(?! /)"),
            // any SCREAMING_SNAKE code (DOSSIER_RECEIVED, STEP_COMPLETED …)
            Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b"),
            // a Java class or handler name (DeskPages.returnResult, Dossier.refuse …)
            Pattern.compile("\\b\\w+(Pages|Controller)\\.\\w+|\\b(Dossier|Task|Desk|Model|WhatIf)\\.[a-z]\\w+"),
            Pattern.compile("\\bnull\\b"),
            // Thymeleaf's unresolved message key: ??key_vi??
            Pattern.compile("\\?\\?"));

    /** The BPMN's decision words, which the pages show by their labels. */
    private static final Pattern OUTCOME_WORDS = Pattern.compile("\\b(approve|reject|returnToPrevious|sign)\\b");

    private static final Set<String> NOT_STAFF_PAGES = Set.of("/camunda", "/engine-rest", "/api", "/portal",
            "/logout", "/login", "/webjars", "/css", "/js", "/actuator");
    private static final int VISITS_PER_SHAPE = 3;
    private static final int PAGES_PER_ROLE = 120;

    /** Pages each role must have reached (menu pages and their detail pages), so the walk is known to cover them. */
    private static final Map<String, List<String>> REACHED = Map.of(
            "reception", List.of("/desk", "/tasks", "/dossiers/"),
            "specialist", List.of("/tasks/", "/dossiers/"),
            "leader", List.of("/tasks/", "/dossiers/"),
            "auditor", List.of("/reports/sla/dossiers", "/reports/reduction", "/reports/indicators", "/audit",
                    "/dossiers/"),
            "analyst", List.of("/procedures/", "/procedures/whatif/"),
            "admin", List.of("/reports", "/audit", "/procedures/", "/procedures/whatif/", "/dossiers/"));

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;

    /** Pages reached only by a form (a what-if run), walked for the roles that may open them. */
    private final Map<String, List<String>> formPages = new HashMap<>();

    @BeforeAll
    void demoData() throws Exception {
        String finished = receive("DESK");
        walk(finished, "specialist", "leader");
        call("/api/dossiers/" + finished + "/return-result", "reception", "{}");
        String atTheLeader = receive("POST");
        walk(atTheLeader, "specialist");
        receive("ONLINE");
        // a refused action, so that the trail has one
        call("/api/dossiers/" + atTheLeader + "/refuse", "reception", "{}");
        formPages.put("analyst", List.of(whatIfRun()));
        formPages.put("admin", formPages.get("analyst"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"reception, vi", "specialist, vi", "leader, vi", "auditor, vi", "analyst, vi", "admin, vi",
            "reception, en", "specialist, en", "leader, en", "auditor, en", "analyst, en", "admin, en"})
    void everyStaffPageSpeaksTheUsersLanguage(String role, String language) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        toVisit.addAll(formPages.getOrDefault(role, List.of()));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        while (!toVisit.isEmpty() && seen.size() <= PAGES_PER_ROLE) {
            String url = toVisit.poll();
            MockHttpServletResponse response = http.perform(get(url).param("lang", language)
                    .with(user(users.loadUserByUsername(role)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(role + " GET " + url).isLessThan(500);
            if (response.getContentType() == null || !response.getContentType().startsWith(MediaType.TEXT_HTML_VALUE)) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            problems.addAll(rawTokens(page, language).stream().map(token -> url + ": " + token).toList());
            for (String link : links(page)) {
                if (seen.add(link) && shapes.merge(shape(link), 1, Integer::sum) <= VISITS_PER_SHAPE) {
                    toVisit.add(link);
                }
            }
        }
        for (String expected : REACHED.get(role)) {
            assertThat(seen).as(role + " reached a page under " + expected).anyMatch(url -> url.startsWith(expected));
        }
        assertThat(problems).as("raw codes on " + role + "'s pages (" + language + ")").isEmpty();
    }

    private static List<String> rawTokens(Document page, String language) {
        List<String> found = new ArrayList<>();
        String text = page.body().text();
        for (Pattern token : language.equals("vi") ? withOutcomes() : RAW_TOKENS) {
            Matcher m = token.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                found.add("«" + m.group() + "» in …" + text.substring(from, Math.min(text.length(), m.end() + 40)) + "…");
            }
        }
        for (Element table : page.select("table")) {
            List<String> headings = table.select("thead th").eachText();
            int status = headings.indexOf(language.equals("vi") ? "Trạng thái" : "Status");
            if (status < 0) {
                continue;
            }
            for (Element row : table.select("tbody tr")) {
                if (row.children().size() > status && row.child(status).text().matches("\\d+")) {
                    found.add("a bare status number " + row.child(status).text() + " in row «" + row.text() + "»");
                }
            }
        }
        return found;
    }

    private static List<Pattern> withOutcomes() {
        List<Pattern> all = new ArrayList<>(RAW_TOKENS);
        all.add(OUTCOME_WORDS);
        return all;
    }

    /** Links and htmx reads that stay on the staff pages; downloads and other applications are not pages. */
    private static Set<String> links(Document page) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : page.select("a[href], [hx-get]")) {
            String link = a.hasAttr("href") ? a.attr("href") : a.attr("hx-get");
            if (link.startsWith("/") && !link.startsWith("//") && !link.contains("lang=")
                    && NOT_STAFF_PAGES.stream().noneMatch(prefix -> link.equals(prefix) || link.startsWith(prefix + "/")
                    || link.startsWith(prefix + "?")) && !link.matches(".*\\.(pdf|xlsx|csv)(\\?.*)?$")) {
                links.add(link.replace("&amp;", "&"));
            }
        }
        return links;
    }

    /** A page's kind: its path with every segment holding a digit (codes, ids) made alike, without the query. */
    private static String shape(String link) {
        return link.replaceAll("\\?.*", "").replaceAll("/[^/]*\\d[^/]*", "/*");
    }

    private String receive(String channel) throws Exception {
        String location = http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"procedureCode": "1.001612", "channel": "%s", "applicant":
                                 {"fullName": "Lê Văn Đức", "idNumber": "079301099999", "phone": "0912345678"}}"""
                                .formatted(channel)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The clerks in turn take their step's first decision. */
    private void walk(String code, String... clerks) throws Exception {
        for (String clerk : clerks) {
            String tasks = http.perform(get("/api/tasks").param("dossier", code).with(httpBasic(clerk, "demo")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String taskId = JsonPath.<List<String>>read(tasks, "$.items[?(@.dossierCode == '" + code + "')].id").get(0);
            String task = http.perform(get("/api/tasks/" + taskId).with(httpBasic(clerk, "demo")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            call("/api/tasks/" + taskId + "/claim", clerk, null);
            call("/api/tasks/" + taskId + "/complete", clerk,
                    "{\"outcome\": \"" + JsonPath.read(task, "$.outcomes[0]") + "\"}");
        }
    }

    private void call(String url, String username, String body) throws Exception {
        var request = post(url).with(httpBasic(username, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        http.perform(request).andReturn();
    }

    /** A small what-if of the current version, run to its end; its result is a page fragment of its own. */
    private String whatIfRun() throws Exception {
        String started = http.perform(post("/procedures/1.001612/whatif").param("dossiers", "20")
                        .with(user(users.loadUserByUsername("analyst"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element run = Jsoup.parse(started).selectFirst("[hx-get]");
        assertThat(run).as("a what-if run in progress: " + started).isNotNull();
        String progress = run.attr("hx-get");
        for (int attempt = 0; attempt < 120; attempt++) {
            String page = http.perform(get(progress).with(user(users.loadUserByUsername("analyst"))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (Jsoup.parse(page).selectFirst("#whatif-result") != null) {
                break;
            }
            Thread.sleep(500);
        }
        return progress;
    }
}
