package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * GET /api/dossiers: pages with the total, the search by code, name without accents, ID number
 * and phone, the agency scope, and refusals naming the parameter (issue 12.1, 12.2).
 */
@DatabaseTest
@AutoConfigureMockMvc
class DossierListApiTest {

    /** Each dossier's ID and phone numbers are its own, so a search by them finds it alone. */
    static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void aNameTypedWithoutAccentsInAnyCaseFindsTheDossierFromTheStartOfAnyWord() throws Exception {
        String code = receive("reception", "Võ Đình Khải").get(0);

        for (String query : List.of("vo dinh khai", "VO DINH KHAI", "Võ Đình Khải", "dinh khai", "khai", "vo dinh k",
                "  vo   dinh  khai ", "đình khải")) {
            assertThat(codes(search("reception", "q", query))).as(query).containsExactly(code);
        }
        for (String query : List.of("inh khai", "vo khai", "khai vo")) {
            assertThat(codes(search("reception", "q", query))).as("not from a word's start: " + query)
                    .doesNotContain(code);
        }
    }

    @Test
    void dIsFoundAsĐAndĐAsD() throws Exception {
        String code = receive("reception", "Đỗ Duy Đạt").get(0);

        assertThat(codes(search("reception", "q", "do duy dat"))).containsExactly(code);
        assertThat(codes(search("reception", "q", "Đỗ Đuy Đạt"))).containsExactly(code);
    }

    @Test
    void theIdNumberThePhoneAndTheCodeFindTheirDossier() throws Exception {
        String code = receive("reception", "Lâm Thị Tuyết").get(0);
        JsonNode applicant = dossier(code).get("applicant");
        String id = applicant.get("idNumber").asText();
        String phone = applicant.get("phone").asText();

        assertThat(codes(search("reception", "q", id))).containsExactly(code);
        assertThat(codes(search("reception", "q", phone.substring(0, 4) + " " + phone.substring(4))))
                .containsExactly(code);
        assertThat(codes(search("reception", "q", "+84" + phone.substring(1)))).containsExactly(code);
        assertThat(codes(search("reception", "q", code))).containsExactly(code);
        assertThat(codes(search("reception", "q", code.toLowerCase()))).containsExactly(code);
        assertThat(codes(search("reception", "q", code.substring(0, code.lastIndexOf('-')))))
                .as("the code's start: that day's dossiers of the agency").contains(code);
        assertThat(codes(search("reception", "q", id.substring(0, 11)))).as("a number is taken whole").isEmpty();
    }

    @Test
    void pagesComeWithTheTotalInTheOrderAsked() throws Exception {
        List<String> codes = receive("reception", "Quách Ngọc Xuân", 5);

        JsonNode first = search("reception", "q", "quach ngoc xuan", "size", "2", "sort", "code");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("totalPages").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(codes(first)).containsExactlyElementsOf(codes.subList(0, 2));
        assertThat(first.get("items").get(0).has("transitions")).as("the list leaves the history out").isFalse();
        assertThat(codes(search("reception", "q", "quach ngoc xuan", "size", "2", "sort", "code", "page", "3")))
                .containsExactly(codes.get(4));
        assertThat(codes(search("reception", "q", "quach ngoc xuan", "size", "2")))
                .as("newest received first by default").containsExactly(codes.get(4), codes.get(3));
        assertThat(codes(search("reception", "q", "quach ngoc xuan", "sort", "due")))
                .as("appointments, soonest first: the order of receipt, one procedure").containsExactlyElementsOf(codes);
        assertThat(codes(search("reception", "q", "quach ngoc xuan", "page", "4", "size", "2"))).isEmpty();
    }

    @Test
    void staffSeeOnlyTheirAgencysDossiersAndAuditorsAll() throws Exception {
        receive("reception", "Kiều Minh Trí", 2);
        String other = receive("reception2", "Kiều Minh Trí").get(0);

        assertThat(search("reception", "q", "kieu minh tri").get("total").asLong()).isEqualTo(2);
        assertThat(codes(search("reception2", "q", "kieu minh tri"))).containsExactly(other);
        assertThat(search("auditor", "q", "kieu minh tri").get("total").asLong()).isEqualTo(3);
        assertThat(search("reception2", "q", other).get("total").asLong()).isEqualTo(1);
        assertThat(search("specialist", "q", other).get("total").asLong()).as("XPV's specialist, not PTH's")
                .isZero();
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {0}")
    @CsvSource({"page, 0", "page, abc", "page, 10001", "size, 0", "size, 201", "sort, name", "q, '%_!'"})
    void badParametersAreRefusedNamingThem(String parameter, String value) throws Exception {
        http.perform(get("/api/dossiers").param(parameter, value).with(httpBasic("reception", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(parameter))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void aTooLongQueryIsRefusedNamingIt() throws Exception {
        http.perform(get("/api/dossiers").param("q", "a".repeat(101)).with(httpBasic("reception", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
    }

    @Test
    void withoutParametersTheFirstFiftyOfAllComeNewestFirst() throws Exception {
        receive("reception", "Hà Văn Sơn", 2);
        JsonNode page = search("reception");
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM dossier WHERE agency_code = 'XPV'").query(Long.class).single()
                        + jdbc.sql("SELECT COUNT(*) FROM dossier_participant p JOIN dossier d ON d.code = p.dossier_code "
                        + "WHERE p.agency_code = 'XPV' AND d.agency_code <> 'XPV'").query(Long.class).single());
        List<String> received = new ArrayList<>();
        page.get("items").forEach(item -> received.add(item.get("receivedAt").asText()));
        assertThat(received).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    private List<String> receive(String clerk, String name) throws Exception {
        return receive(clerk, name, 1);
    }

    /** Dossiers received at the clerk's desk, in order, each with ID and phone numbers of its own. */
    private List<String> receive(String clerk, String name, int count) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = NUMBERS.incrementAndGet();
            String body = """
                    {"procedureCode": "1.001612", "channel": "DESK", "applicant": {"fullName": "%s",
                     "idNumber": "0792010%05d", "phone": "09123%05d"}}""".formatted(name, n, n);
            String answer = http.perform(post("/api/dossiers").with(httpBasic(clerk, "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            codes.add(json.readTree(answer).get("code").asText());
        }
        return codes;
    }

    private JsonNode dossier(String code) throws Exception {
        return json.readTree(http.perform(get("/api/dossiers/" + code).with(httpBasic("reception", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode search(String user, String... parameters) throws Exception {
        var request = get("/api/dossiers").with(httpBasic(user, "demo"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return json.readTree(http.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }
}
