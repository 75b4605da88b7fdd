package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * The audit trail records every action with its outcome, and its hash chain exposes any
 * edit or deletion of a sealed record.
 */
@DatabaseTest
@AutoConfigureMockMvc
class AuditTrailTest {

    static final String INTAKE = """
            {"procedureCode": "1.001612", "channel": "DESK", "applicant":
             {"fullName": "Lê Văn Đức", "idNumber": "079301099999", "phone": "0912345678"}}""";

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChain chain;
    @Autowired UserDetailsService users;
    @Autowired AuditLog log;

    @BeforeEach
    void chainIsSealedAndIntact() {
        chain.seal();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aReceivedDossierAndARefusedActionAreBothOnTheRecord() throws Exception {
        String location = http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(INTAKE))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String code = location.substring(location.lastIndexOf('/') + 1);
        // refusing without a reason is bad input: refused, nothing changes, but it is audited
        http.perform(post("/api/dossiers/" + code + "/refuse").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());

        List<String> trail = jdbc.sql("SELECT action || ':' || outcome || ':' || username FROM audit_record"
                        + " WHERE dossier_code = ? ORDER BY id").param(code).query(String.class).list();
        assertThat(trail).containsExactly("DOSSIER_RECEIVED:DONE:reception", "DOSSIER_RECEIVE:DONE:reception",
                "DOSSIER_REFUSE:REFUSED:reception");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'DOSSIER_RECEIVE' AND outcome = 'DONE'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theTrailOfADossierListsEveryStepFromTheDeskThroughTheSpecialistAndTheLeaderToTheReturn() throws Exception {
        String location = http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(INTAKE))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String code = location.substring(location.lastIndexOf('/') + 1);
        String specialistTask = openTaskOf(code, "specialist");
        http.perform(post("/api/tasks/" + specialistTask + "/claim").with(httpBasic("specialist", "demo")))
                .andExpect(status().isOk());
        complete(specialistTask, "specialist");
        complete(openTaskOf(code, "leader"), "leader");
        http.perform(post("/api/dossiers/" + code + "/return-result").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk());

        String trail = http.perform(get("/api/audit").param("dossier", code).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> actions = JsonPath.read(trail, "$.items[*].action");
        List<String> users = JsonPath.read(trail, "$.items[*].username");
        List<String> steps = new java.util.ArrayList<>();
        for (int i = actions.size() - 1; i >= 0; i--) { // the trail lists the newest first
            steps.add(actions.get(i) + ":" + users.get(i));
        }
        assertThat(steps).containsSubsequence("DOSSIER_RECEIVED:reception", "STEP_CLAIM:specialist",
                "STEP_COMPLETE:specialist", "STEP_COMPLETE:leader", "DOSSIER_RETURN_RESULT:reception");
        assertThat(steps).contains("DOSSIER_RECEIVED:reception", "DOSSIER_PROCESSING_STARTED:specialist",
                "DOSSIER_STEP_COMPLETED:specialist", "DOSSIER_STEP_COMPLETED:leader", "DOSSIER_RESULT_RETURNED:reception");
    }

    private String openTaskOf(String code, String clerk) throws Exception {
        String tasks = http.perform(get("/api/tasks").param("dossier", code).with(httpBasic(clerk, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(tasks, "$.items[?(@.dossierCode == '" + code + "')].id");
        assertThat(ids).as(clerk + "'s step of " + code).hasSize(1);
        return ids.get(0);
    }

    private void complete(String taskId, String clerk) throws Exception {
        String task = http.perform(get("/api/tasks/" + taskId).with(httpBasic(clerk, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String outcome = JsonPath.read(task, "$.outcomes[0]");
        http.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(clerk, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void editingASealedRecordIsDetectedAtItsPosition() {
        someActions();
        chain.seal();
        long seq = jdbc.sql("SELECT MAX(chain_seq) FROM audit_record").query(Long.class).single() - 1;
        String detail = jdbc.sql("SELECT detail FROM audit_record WHERE chain_seq = ?").param(seq)
                .query(String.class).optional().orElse(null);
        try {
            jdbc.sql("UPDATE audit_record SET detail = 'nothing happened' WHERE chain_seq = ?").param(seq).update();
            ChainVerification verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verdict.problem()).isEqualTo("altered");
        } finally {
            jdbc.sql("UPDATE audit_record SET detail = ? WHERE chain_seq = ?").params(detail, seq).update();
        }
        assertThat(chain.verify().intact()).as("restored").isTrue();
    }

    @Test
    void deletingARecordInTheMiddleOrAtTheEndIsDetected() {
        someActions();
        chain.seal();
        long last = jdbc.sql("SELECT MAX(chain_seq) FROM audit_record").query(Long.class).single();
        for (long seq : new long[] {last - 1, last}) {
            var row = jdbc.sql("SELECT * FROM audit_record WHERE chain_seq = ?").param(seq).query().singleRow();
            try {
                jdbc.sql("DELETE FROM audit_record WHERE chain_seq = ?").param(seq).update();
                ChainVerification verdict = chain.verify();
                assertThat(verdict.intact()).isFalse();
                assertThat(verdict.firstBrokenSeq()).isEqualTo(seq);
                assertThat(verdict.problem()).isEqualTo("missing");
            } finally {
                jdbc.sql("""
                                INSERT INTO audit_record (id, occurred_at, username, dossier_code, action, outcome,
                                                          detail, chain_seq, hash, seal_key, nonce, entry_mac)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(row.get("id"), row.get("occurred_at"), row.get("username"), row.get("dossier_code"),
                                row.get("action"), row.get("outcome"), row.get("detail"), row.get("chain_seq"),
                                row.get("hash"), row.get("seal_key"), row.get("nonce"), row.get("entry_mac"))
                        .update();
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void auditorsReadExportAndVerifyClerksMayNot() throws Exception {
        someActions();
        http.perform(post("/api/audit/verification").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.unsealedRecords").value(0));
        String csv = http.perform(get("/api/audit").param("format", "csv").param("user", "nobody-like-this")
                        .with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1).first().asString().endsWith("chain_seq,hash");
        http.perform(get("/api/audit").param("user", "reception").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value("reception"));
        http.perform(get("/api/audit").param("from", "2026-13-01").with(httpBasic("auditor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        http.perform(get("/api/audit").with(httpBasic("specialist", "demo"))).andExpect(status().isForbidden());
        http.perform(get("/audit").with(user(users.loadUserByUsername("reception")))).andExpect(status().isForbidden());
        http.perform(get("/audit").param("dossier", "XPV").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
    }

    @Test
    void theTrailIsReadNewestFirstFiftyAtATimeWithHowManyMatch() throws Exception {
        for (int i = 0; i < 120; i++) {
            log.record("paging-probe", null, "VIEW", AuditOutcome.DONE, "record " + i);
        }
        http.perform(get("/api/audit").param("user", "paging-probe").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(50))
                .andExpect(jsonPath("$.items[0].detail").value("record 119"))
                .andExpect(jsonPath("$.items[49].detail").value("record 70"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(120))
                .andExpect(jsonPath("$.totalPages").value(3));
        http.perform(get("/api/audit").param("user", "paging-probe").param("page", "3")
                        .with(httpBasic("auditor", "demo")))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[19].detail").value("record 0"));
        http.perform(get("/api/audit").param("user", "paging-probe").param("page", "2").param("size", "100")
                        .with(httpBasic("auditor", "demo")))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[0].detail").value("record 19"));
        for (String[] bad : new String[][] {{"page", "0"}, {"page", "x"}, {"size", "201"}, {"size", "0"}}) {
            http.perform(get("/api/audit").param(bad[0], bad[1]).with(httpBasic("auditor", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(bad[0]));
        }

        // in the address, as a browser sends it: the pager's links repeat the query string
        String page = http.perform(get("/audit?user=paging-probe&page=2").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document html = Jsoup.parse(page);
        assertThat(html.select("#audit-records tbody tr")).hasSize(50)
                .first().extracting(Element::text).asString().contains("record 69");
        assertThat(html.select(".pager-count").text()).isEqualTo("51–100 trên tổng số 120");
        assertThat(html.select(".pager a[rel=next]").attr("href")).isEqualTo("/audit?user=paging-probe&page=3");
        assertThat(html.select(".pager a[rel=prev]").attr("href")).isEqualTo("/audit?user=paging-probe&page=1");
        http.perform(get("/audit").param("page", "-1").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isBadRequest());
        String refused = http.perform(get("/audit?from=2026-05-02&to=2026-05-01")
                        .with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(refused).select("#to.is-invalid")).as("the period refused beside its field").hasSize(1);
    }

    private void someActions() {
        try {
            http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content(INTAKE)).andExpect(status().isCreated());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
