package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.testing.DatabaseTest;

/**
 * The whole story of a dossier is on its own trail: a dossier walked through the staff pages from
 * the desk, through the specialist's and the leader's decisions (the approval and the signature),
 * to the return of the result lists every step when the auditor filters by its code, on the page
 * (by the actions' labels) and in the API (by their stable codes).
 */
@DatabaseTest
@AutoConfigureMockMvc
class DossierStoryAuditTest {

    private static final String DECIDE = "Quyết định ở bước (duyệt, ký, chuyển tiếp…)";

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;

    @Test
    void aDossierWalkedFromTheDeskThroughTheLeaderToTheReturnHasEveryStepOnItsTrail() throws Exception {
        String receipt = http.perform(post("/desk/receive").with(as("reception")).with(csrf())
                        .param("procedureCode", "1.001612").param("channel", "DESK")
                        .param("fullName", "Trần Thị Hoa").param("idNumber", "079301088888")
                        .param("phone", "0912345678"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = receipt.substring(receipt.lastIndexOf('/') + 1);

        String specialistStep = openStepOf(code, "specialist");
        http.perform(post("/tasks/" + specialistStep + "/claim").with(as("specialist")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        decide(specialistStep, "specialist");
        decide(openStepOf(code, "leader"), "leader");
        http.perform(post("/desk/" + code + "/return-result").with(as("reception")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // the clerks' requests in their order, and every transition they caused (written inside them)
        List<String> api = apiTrail(code);
        assertThat(api).containsSubsequence("DOSSIER_RECEIVE:reception", "STEP_CLAIM:specialist", "STEP_COMPLETE:specialist",
                "STEP_COMPLETE:leader", "DOSSIER_RETURN_RESULT:reception");
        assertThat(api).contains("DOSSIER_RECEIVED:reception", "DOSSIER_PROCESSING_STARTED:specialist",
                "DOSSIER_STEP_COMPLETED:specialist", "DOSSIER_STEP_COMPLETED:leader",
                "DOSSIER_RESULT_RETURNED:reception");
        List<String> page = pageTrail(code);
        assertThat(page).containsSubsequence("Tiếp nhận hồ sơ:reception", "Nhận xử lý bước:specialist", DECIDE + ":specialist",
                DECIDE + ":leader", "Trả kết quả:reception");
        assertThat(page).contains("Hồ sơ được tiếp nhận:reception", "Hoàn thành bước xử lý:specialist",
                "Hoàn thành bước xử lý:leader", "Kết quả đã trả cho công dân:reception");
    }

    private List<String> apiTrail(String code) throws Exception {
        String trail = http.perform(get("/api/audit").param("dossier", code).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> actions = JsonPath.read(trail, "$.items[*].action");
        List<String> usernames = JsonPath.read(trail, "$.items[*].username");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            steps.add(actions.get(i) + ":" + usernames.get(i));
        }
        return oldestFirst(steps);
    }

    /** Each row of the audit page filtered by the dossier, as "action label:user". */
    private List<String> pageTrail(String code) throws Exception {
        String page = http.perform(get("/audit").param("dossier", code).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        for (Element row : Jsoup.parse(page).select("#audit-records tbody tr:has(td:eq(3))")) {
            assertThat(row.child(2).text()).as("the dossier column of every row").isEqualTo(code);
            rows.add(row.child(3).text() + ":" + row.child(1).text());
        }
        return oldestFirst(rows);
    }

    /** The trail lists the newest first; the dossier's story reads from its receipt. */
    private static List<String> oldestFirst(List<String> newestFirst) {
        List<String> story = new ArrayList<>(newestFirst);
        Collections.reverse(story);
        return story;
    }

    /** The clerk's open step of the dossier, from their task list. */
    private String openStepOf(String code, String clerk) throws Exception {
        String tasks = http.perform(get("/api/tasks").param("dossier", code).with(httpBasic(clerk, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(tasks, "$.items[?(@.dossierCode == '" + code + "')].id");
        assertThat(ids).as(clerk + "'s step of " + code).hasSize(1);
        return ids.get(0);
    }

    /** The clerk takes the step's first decision (approve, sign) on the step's page. */
    private void decide(String taskId, String clerk) throws Exception {
        String task = http.perform(get("/api/tasks/" + taskId).with(httpBasic(clerk, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String outcome = JsonPath.read(task, "$.outcomes[0]");
        http.perform(post("/tasks/" + taskId + "/complete").with(as(clerk)).with(csrf()).param("outcome", outcome))
                .andExpect(status().is3xxRedirection());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
