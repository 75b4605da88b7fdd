package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.testing.DatabaseTest;

/**
 * Hundreds of malformed requests, generated systematically across the API and the forms (wrong
 * types, huge strings, control characters, non-characters, broken JSON, wrong content types,
 * path traversal in ids, absurd dates and numbers, missing CSRF): none answers 5xx, none is
 * accepted, and nothing changes but the audit's records of the refusals.
 */
@DatabaseTest
@AutoConfigureMockMvc
class MalformedRequestsTest {

    /** Strings no text field accepts: huge, control characters, non-characters, lone surrogates. */
    static final List<String> HOSTILE_TEXT = List.of("A".repeat(100_000), "\u0000", "a\u0000b", "\u0007", "x\u001By",
            "\uFFFF", "\uFFFE", "\uD800", "\uDC00x", "\uFDD0", "\uDBFF\uDFFF", "Nguyễn".repeat(5000));
    /** What a required field refuses besides: nothing, or injection attempts where a pattern applies. */
    static final List<String> NOT_AN_ID_NUMBER = List.of("", " ", "../../../../etc/passwd", "<script>alert(1)</script>",
            "' OR 1=1 --", "%00", "${jndi:ldap://x/a}", "#{jdbcTemplate}", "079301012345\n1");
    /** Bodies a JSON endpoint cannot read. */
    static final List<String> BROKEN_JSON = List.of("{", "}", "[", "null", "[]", "\"text\"", "42", "true",
            "{\"a\":}", "{'single': 'quotes'}", "{\"applicant\": {\"fullName\": \"x\"", "\u0000",
            "{\"procedureCode\": 1.001612}", "{\"procedureCode\": [\"1.001612\"]}", "{\"channel\": 7}",
            "{\"channel\": \"desk\"}", "{\"applicant\": \"Nguyễn\"}", "{\"applicant\": []}",
            "{\"applicant\": {\"fullName\": 12, \"idNumber\": false}}", "{\"procedureCode\": {\"$gt\": \"\"}}",
            "{\"procedureCode\": \"1.001612\", \"channel\": \"DESK\", \"applicant\": {\"fullName\": \"An\", "
                    + "\"idNumber\": \"079301012345\", \"email\": \"not an email\"}}",
            "[".repeat(5000), "{\"a\":".repeat(2000));
    /** Ids an address may carry that are not ids. */
    static final List<String> HOSTILE_IDS = List.of("..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "X".repeat(300),
            "XPV-261216-0001%00", "%00", "%FF%FE", "%EF%BF%BF", "%ED%A0%80", "%27%3B%20DROP%20TABLE%20dossier%3B%20--",
            "XPV-261216-0001;jsessionid=1", "%09", "null", "%C3%28");
    static final List<String> ACTIONS = List.of("supplement-request", "supplement", "accept", "refuse", "withdraw",
            "stop", "return-result", "reschedule");
    static final List<String> ABSURD_DATES = List.of("\"+999999-01-01T00:00:00\"", "\"-4000-01-01T00:00:00\"",
            "\"2026-02-30T00:00:00\"", "\"0000-00-00T00:00:00\"", "\"2026-13-01T00:00:00\"", "\"tomorrow\"", "123",
            "true", "[]", "{}", "\"2999-01-01T00:00:00\"", "\"1900-01-01T00:00:00\"");

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @Test
    void noMalformedRequestAnswers5xxOrChangesAnything() throws Exception {
        String code = jdbc.sql("SELECT MIN(code) FROM dossier").query(String.class).optional().orElse("XPV-000000-0001");
        List<RequestBuilder> apiRequests = new ArrayList<>();
        intakes(apiRequests);
        actions(apiRequests, code);
        tasksAndReads(apiRequests, code);
        whatIf(apiRequests);
        List<RequestBuilder> formRequests = new ArrayList<>();
        forms(formRequests);
        List<RequestBuilder> withoutCsrf = new ArrayList<>();
        formsWithoutCsrf(withoutCsrf);
        assertThat(apiRequests.size() + formRequests.size() + withoutCsrf.size()).as("requests generated")
                .isGreaterThanOrEqualTo(200);

        Map<String, Long> before = counts();
        long auditBefore = audit();
        List<String> failures = new ArrayList<>();
        // the API refuses each with a 4xx; a form may show its error on the page (htmx swaps only 2xx)
        send(apiRequests, status -> status >= 400 && status < 500, failures);
        send(formRequests, status -> status < 500, failures);
        send(withoutCsrf, status -> status == 403, failures);
        assertThat(failures).as("malformed requests answered unexpectedly").isEmpty();
        assertThat(counts()).as("nothing changed").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE id > ? AND outcome = 'REFUSED'")
                .param(auditBefore).query(Long.class).single()).as("refusals are on the record").isPositive();
        List<String> notRefused = jdbc.sql("SELECT action || ' ' || outcome || ' ' || COALESCE(detail, '') FROM "
                + "audit_record WHERE id > ? AND outcome <> 'REFUSED'").param(auditBefore).query(String.class).list();
        assertThat(notRefused).as("no failure on the record (the desk's form shows its error with 200, recorded as done)")
                .noneMatch(record -> record.contains(" FAILED"));
    }

    private void send(List<RequestBuilder> requests, java.util.function.IntPredicate expected, List<String> failures)
            throws Exception {
        for (RequestBuilder request : requests) {
            var response = http.perform(request).andReturn().getResponse();
            if (!expected.test(response.getStatus())) {
                var sent = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                String body = response.getContentAsString();
                failures.add(sent.getMethod() + " " + sent.getRequestURI() + " → " + response.getStatus() + " "
                        + body.substring(0, Math.min(200, body.length())));
            }
        }
    }

    private void intakes(List<RequestBuilder> requests) {
        for (String body : BROKEN_JSON) {
            requests.add(api(post("/api/dossiers")).contentType(MediaType.APPLICATION_JSON).content(body));
        }
        for (String text : HOSTILE_TEXT) {
            for (String field : List.of("fullName", "idNumber", "phone", "email", "address")) {
                requests.add(api(post("/api/dossiers")).contentType(MediaType.APPLICATION_JSON)
                        .content(intake(field, text)));
            }
        }
        for (String text : NOT_AN_ID_NUMBER) {
            requests.add(api(post("/api/dossiers")).contentType(MediaType.APPLICATION_JSON)
                    .content(intake("idNumber", text)));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "application/json; charset=ebcdic")) {
            requests.add(api(post("/api/dossiers")).contentType(type).content(intake("address", "x")));
        }
        requests.add(api(post("/api/dossiers")).content(intake("address", "x")));
        for (String key : List.of("a b", "k".repeat(101), "khóa", "../x", "\u0000")) {
            requests.add(api(post("/api/dossiers")).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content("{}"));
        }
    }

    private void actions(List<RequestBuilder> requests, String code) {
        for (String id : HOSTILE_IDS) {
            for (String action : ACTIONS) {
                requests.add(api(post(at("/api/dossiers/" + id + "/" + action))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Lý do\", \"note\": \"Ghi chú\"}"));
            }
        }
        for (String date : ABSURD_DATES) {
            requests.add(api(post("/api/dossiers/" + code + "/reschedule"), "specialist")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"newDueAt\": " + date + ", \"reason\": \"Chậm\"}"));
        }
        for (String text : HOSTILE_TEXT) {
            requests.add(api(post("/api/dossiers/" + code + "/withdraw")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"" + jsonEscaped(text) + "\"}"));
        }
    }

    private void tasksAndReads(List<RequestBuilder> requests, String code) {
        for (String id : HOSTILE_IDS) {
            requests.add(api(post(at("/api/tasks/" + id + "/complete")), "specialist")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"approve\"}"));
            requests.add(api(post(at("/api/tasks/" + id + "/claim")), "specialist"));
            requests.add(api(get(at("/api/dossiers/" + id))));
            requests.add(api(get(at("/api/dossiers/" + id + "/forms/01.pdf"))));
            requests.add(get(at("/api/public/dossiers/" + id)).param("idNumber", "079301012345"));
        }
        for (String number : List.of("00", "99", "..", "01;", "1")) {
            requests.add(api(get("/api/dossiers/" + code + "/forms/" + number + ".pdf")));
        }
        for (String text : HOSTILE_TEXT) {
            for (String parameter : List.of("q", "sort", "page", "size")) {
                requests.add(api(get("/api/dossiers")).param(parameter, text));
            }
            requests.add(api(get("/api/logbook")).param("agency", text).param("from", "2026-12-01").param("to", "2026-12-31"));
            requests.add(api(get("/api/logbook")).param("agency", "XPV").param("from", text).param("to", "2026-12-31"));
        }
        for (String format : List.of("csv", "../pdf", "PDF ", "\u0000")) {
            requests.add(api(get("/api/logbook")).param("agency", "XPV").param("from", "2026-12-01")
                    .param("to", "2026-12-31").param("format", format));
        }
    }

    private void whatIf(List<RequestBuilder> requests) {
        Map<String, List<String>> bad = Map.of(
                "draftId", List.of("-1", "999999999", "abc", "1e9", ""),
                "dossiers", List.of("-5", "0", "99999999999", "5001", "NaN"),
                "arrivalsPerWorkingDay", List.of("NaN", "-1", "Infinity", "1e400", "0", "-0.0"),
                "clerksPerGroup", List.of("-1", "0", "101", "x"),
                "serviceMinutes", List.of("a=-1", "=5", "step=NaN", "x".repeat(10_000) + "=5", "a=99999999"));
        bad.forEach((field, values) -> values.forEach(value -> {
            MockHttpServletRequestBuilder request = api(post("/api/procedures/1.001612/whatif"), "analyst");
            requests.add((field.equals("draftId") ? request : request.param("draftId", "1")).param(field, value));
        }));
        for (String id : HOSTILE_IDS) {
            requests.add(api(get(at("/api/whatif/" + id)), "analyst"));
        }
    }

    private void forms(List<RequestBuilder> requests) {
        // the citizen's form: not multipart, hostile fields, no CSRF token
        requests.add(post("/portal/submit/1.001193").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("agencyCode", "XPV").param("fullName", "Lê Thị Hoa").param("idNumber", "079301099999")
                .param("phone", "0909123456"));
        requests.add(post("/portal/submit/1.001193").contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf()));
        for (String text : HOSTILE_TEXT) {
            requests.add(post("/portal/submit/1.001193").with(csrf()).param("agencyCode", "XPV").param("fullName", text)
                    .param("idNumber", "079301099999").param("phone", "0909123456"));
        }
        for (String id : HOSTILE_IDS) {
            requests.add(post(at("/portal/submit/" + id)).with(csrf()).param("fullName", "Lê Thị Hoa"));
        }
        // clerks' pages: hostile ids and fields
        var reception = user(users.loadUserByUsername("reception"));
        var specialist = user(users.loadUserByUsername("specialist"));
        for (String id : HOSTILE_IDS) {
            requests.add(post(at("/desk/" + id + "/refuse")).with(reception).with(csrf()).param("reason", "Thiếu"));
            requests.add(post(at("/tasks/" + id + "/complete")).with(specialist).with(csrf()).param("outcome", "approve"));
            requests.add(post(at("/tasks/" + id + "/reschedule")).with(specialist).with(csrf())
                    .param("newDueAt", "+999999-01-01T00:00").param("reason", "Chậm"));
        }
        for (String text : HOSTILE_TEXT) {
            requests.add(post("/desk/receive").with(reception).with(csrf()).param("procedureCode", "1.001612")
                    .param("fullName", text).param("idNumber", "079301012345"));
        }
        calendarForms(requests);
    }

    /** The administrator's calendar page: hostile texts in each field, dates and years that are none. */
    private void calendarForms(List<RequestBuilder> requests) {
        var admin = user(users.loadUserByUsername("admin"));
        Map<String, String> valid = Map.of("date", "2027-03-03", "kind", "DAY_OFF", "nameVi", "Nghỉ",
                "nameEn", "Day off", "legalBasis", "Quyết định 1/QĐ");
        List<Map.Entry<String, String>> hostile = new ArrayList<>();
        for (String text : HOSTILE_TEXT) {
            List.of("nameVi", "nameEn", "legalBasis").forEach(field -> hostile.add(Map.entry(field, text)));
        }
        for (String date : List.of("", "2027-02-30", "+999999-01-01", "1899-12-31", "2101-01-01", "03/03/2027",
                "\u0000")) {
            hostile.add(Map.entry("date", date));
        }
        hostile.add(Map.entry("kind", "HOLIDAY"));
        hostile.add(Map.entry("kind", ""));
        for (Map.Entry<String, String> field : hostile) {
            MockHttpServletRequestBuilder request = post("/admin/calendar/overrides").with(admin).with(csrf());
            valid.forEach((name, value) -> request.param(name, name.equals(field.getKey()) ? field.getValue() : value));
            requests.add(request);
        }
        for (String id : HOSTILE_IDS) {
            requests.add(post(at("/admin/calendar/overrides/" + id + "/remove")).with(admin).with(csrf()));
        }
        for (String year : List.of("abc", "99999999999", "-1", "1899", "2101")) {
            requests.add(get("/admin/calendar").with(admin).param("year", year));
        }
        requests.add(get("/admin/calendar").with(admin).param("receivedAt", "+999999-01-01T00:00").param("workingDays", "1"));
        requests.add(get("/admin/calendar").with(admin).param("receivedAt", "2099-12-31T10:00").param("workingDays", "365"));
        requests.add(get("/admin/calendar").with(admin).param("receivedAt", "2027-03-03T10:00").param("workingDays", "9".repeat(30)));
    }

    /** The address exactly as written: percent-escapes reach the server undecoded, as a hostile client sends them. */
    private static URI at(String path) {
        return URI.create(path);
    }

    private void formsWithoutCsrf(List<RequestBuilder> requests) {
        var reception = user(users.loadUserByUsername("reception"));
        var specialist = user(users.loadUserByUsername("specialist"));
        requests.add(post("/portal/submit/1.001193").param("fullName", "Lê Thị Hoa"));
        requests.add(post("/portal/lookup").param("code", "XPV-261216-0001"));
        requests.add(post("/portal/rating").param("code", "XPV-261216-0001"));
        requests.add(post("/desk/receive").with(reception).param("procedureCode", "1.001612"));
        requests.add(post("/desk/XPV-261216-0001/refuse").with(reception).param("reason", "Thiếu"));
        requests.add(post("/tasks/x/complete").with(specialist).param("outcome", "approve"));
        requests.add(post("/tasks/x/claim").with(specialist));
        requests.add(post("/logout").with(specialist));
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return api(request, "reception");
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String username) {
        return request.with(httpBasic(username, "demo"));
    }

    private static String intake(String field, String value) {
        Map<String, String> applicant = new java.util.LinkedHashMap<>(Map.of("fullName", "Trần Thị Bích",
                "idNumber", "079301012345", "phone", "0987654321", "email", "bich@example.vn", "address", "Ấp 3"));
        applicant.put(field, value);
        StringBuilder json = new StringBuilder("{\"procedureCode\": \"1.001612\", \"channel\": \"DESK\", \"applicant\": {");
        applicant.forEach((k, v) -> json.append('"').append(k).append("\": \"").append(jsonEscaped(v)).append("\", "));
        return json.substring(0, json.length() - 2) + "}}";
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c >= 0xFDD0
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("dossier", "dossier_transition", "dossier_document", "idempotent_request",
                "procedure_draft", "calendar_override")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private long audit() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_record").query(Long.class).single();
    }
}
