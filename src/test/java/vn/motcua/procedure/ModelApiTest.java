package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * The model API over HTTP: the malicious and broken models are answered with the right rule by
 * validation, refused with 422 (or 413) by deployment and deploy nothing; the interchange suite's
 * models are answered, never with a 5xx; a valid model deploys as a new version; only analysts
 * and administrators get in.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ModelApiTest {

    static final MediaType XML = MediaType.APPLICATION_XML;

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @TestFactory
    Stream<DynamicTest> maliciousAndBrokenModelsAreRejectedWithTheirRuleAndDeployNothing() {
        return MaliciousModels.cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            MaliciousModels.Case model = entry.getValue();
            byte[] body = model.xml().getBytes(StandardCharsets.UTF_8);

            JsonNode validation = parse(http.perform(post("/api/procedures/validate").contentType(XML).content(body)
                            .with(httpBasic("analyst", "demo")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertHasFinding(validation.get("findings"), model);

            long deployments = deploymentCount();
            JsonNode rejection = parse(http.perform(post("/api/procedures/{code}/versions", MaliciousModels.PROCEDURE)
                            .contentType(XML).content(body).header("X-Change-Note", "thử")
                            .with(httpBasic("analyst", "demo")))
                    .andExpect(status().isUnprocessableEntity())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertHasFinding(rejection.get("findings"), model);
            assertThat(deploymentCount()).as("deployments after %s", entry.getKey()).isEqualTo(deployments);
        }));
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedAsTooLargeWithoutAServerError() throws Exception {
        long deployments = deploymentCount();
        byte[] body = MaliciousModels.fiftyMegabytes();
        http.perform(post("/api/procedures/validate").contentType(XML).content(body).with(httpBasic("analyst", "demo")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.findings[0].rule").value("size.tooLarge"));
        http.perform(post("/api/procedures/{code}/versions", MaliciousModels.PROCEDURE).contentType(XML).content(body)
                        .header("X-Change-Note", "lớn").with(httpBasic("analyst", "demo")))
                .andExpect(status().isPayloadTooLarge());
        assertThat(deploymentCount()).isEqualTo(deployments);
    }

    @Test
    void findingsAreWordedInTheReadersLanguage() throws Exception {
        byte[] body = MaliciousModels.cases().get("missing deadline").xml().getBytes(StandardCharsets.UTF_8);
        http.perform(post("/api/procedures/validate").contentType(XML).content(body).with(httpBasic("analyst", "demo")))
                .andExpect(jsonPath("$.findings[0].message").value(
                        org.hamcrest.Matchers.startsWith("Chưa khai báo thời hạn giải quyết")));
        http.perform(post("/api/procedures/validate?lang=en").contentType(XML).content(body)
                        .with(httpBasic("analyst", "demo")))
                .andExpect(jsonPath("$.findings[0].message").value(
                        org.hamcrest.Matchers.startsWith("The statutory time is not declared")));
    }

    @Test
    void everyInterchangeSuiteModelIsAnsweredWithFindingsAndNeverAServerError() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/bpmn-miwg"))) {
            files = list.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSize(21);
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            JsonNode answer = parse(http.perform(post("/api/procedures/validate").contentType(XML).content(body)
                            .with(httpBasic("analyst", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(answer.get("valid").asBoolean()).as(file.toString()).isFalse();
            assertThat(answer.get("findings")).as(file.toString()).isNotEmpty();
            http.perform(post("/api/procedures/{code}/versions", MaliciousModels.PROCEDURE).contentType(XML)
                            .content(body).header("X-Change-Note", "miwg").with(httpBasic("analyst", "demo")))
                    .andExpect(status().isUnprocessableEntity());
        }
    }

    @Test
    void aValidModelDeploysAsANewVersionAndIsExportedAsItWasDeployed() throws Exception {
        String model = MaliciousModels.valid().replace("simplified-2025", "simplified-2026")
                .replace("name=\"Ký Giấy chứng nhận", "name=\"Ký số Giấy chứng nhận");
        JsonNode version = parse(http.perform(post("/api/procedures/{code}/versions", MaliciousModels.PROCEDURE)
                        .contentType(XML).content(model.getBytes(StandardCharsets.UTF_8))
                        .header("X-Change-Note", java.net.URLEncoder.encode("Ký số", StandardCharsets.UTF_8))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionTag").value("simplified-2026"))
                .andExpect(jsonPath("$.changeNote").value("Ký số"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        String exported = http.perform(get("/api/procedures/{code}/versions/{v}/bpmn", MaliciousModels.PROCEDURE,
                        version.get("version").asInt()).with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".bpmn")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).isEqualTo(model);
    }

    @Test
    void onlyAnalystsAndAdministratorsReachTheModelApi() throws Exception {
        byte[] body = MaliciousModels.valid().getBytes(StandardCharsets.UTF_8);
        for (String clerk : List.of("reception", "specialist", "leader", "auditor")) {
            http.perform(post("/api/procedures/validate").contentType(XML).content(body).with(httpBasic(clerk, "demo")))
                    .andExpect(status().isForbidden());
            http.perform(get("/api/procedures/{code}/drafts", MaliciousModels.PROCEDURE).with(httpBasic(clerk, "demo")))
                    .andExpect(status().isForbidden());
        }
        http.perform(post("/api/procedures/validate").contentType(XML).content(body)).andExpect(status().isUnauthorized());
        http.perform(post("/api/procedures/validate").contentType(XML).content(body).with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void onlyAnalystsAndAdministratorsReachTheModelerAndWhatIfPages() throws Exception {
        for (String clerk : List.of("reception", "specialist", "leader", "auditor")) {
            var signedIn = user(users.loadUserByUsername(clerk));
            http.perform(get("/procedures").with(signedIn)).andExpect(status().isForbidden());
            http.perform(get("/procedures/{code}/modeler", MaliciousModels.PROCEDURE).with(signedIn))
                    .andExpect(status().isForbidden());
            http.perform(post("/procedures/{code}/whatif", MaliciousModels.PROCEDURE).with(signedIn).with(csrf()))
                    .andExpect(status().isForbidden());
            http.perform(get("/api/whatif/{id}", "any").with(signedIn)).andExpect(status().isForbidden());
        }
        for (String analyst : List.of("analyst", "admin")) {
            var signedIn = user(users.loadUserByUsername(analyst));
            http.perform(get("/procedures").with(signedIn)).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("/procedures/1.001612/modeler")));
            http.perform(get("/procedures/{code}/modeler", MaliciousModels.PROCEDURE).with(signedIn))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("/assets/modeler/modeler.js")));
        }
        http.perform(get("/procedures")).andExpect(status().is3xxRedirection());
    }

    private static void assertHasFinding(JsonNode findings, MaliciousModels.Case model) {
        assertThat(findings).isNotNull().isNotEmpty();
        List<Map.Entry<String, String>> found = new java.util.ArrayList<>();
        findings.forEach(f -> found.add(Map.entry(f.get("rule").asText(),
                f.hasNonNull("elementId") ? f.get("elementId").asText() : "")));
        assertThat(found).as("findings").anySatisfy(f -> {
            assertThat(f.getKey()).isEqualTo(model.rule());
            if (model.elementId() != null) {
                assertThat(f.getValue()).isEqualTo(model.elementId());
            }
        });
        findings.forEach(f -> assertThat(f.get("message").asText()).isNotBlank().doesNotStartWith("model.rule"));
    }

    private long deploymentCount() {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT").query(Long.class).single();
    }

    private JsonNode parse(String body) throws Exception {
        return json.readTree(body);
    }
}
