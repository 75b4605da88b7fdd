package vn.motcua.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * {@code GET /api/tasks} is paged and filtered in the engine's query. On a database of its own
 * (so that the totals are exact), the second commune's specialist has 55 open steps seen on
 * Friday 18/12/2026 at 08:00: 50 business-household checks (2 working days) received on
 * Wednesday morning, now in their last fifth (due soon); two received on Monday, overdue; one
 * received on Monday that waits for the citizen's supplement (paused); and two social-allowance
 * checks (3 working days) received on Thursday, on track.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.test.own-database=TaskListApiTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListApiTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";
    static final String SOCIAL_ALLOWANCE = "1.001776";
    static final int SUPPLEMENT_REQUESTED = 5;

    @Autowired MockMvc http;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;

    final ObjectMapper json = new ObjectMapper();
    final List<String> overdue = new ArrayList<>();
    final List<String> dueSoon = new ArrayList<>();
    final List<String> onTrack = new ArrayList<>();
    String paused;

    @BeforeAll
    void fiftyFiveStepsOfTheSecondCommune() {
        IntStream.range(0, 2).forEach(i -> overdue.add(receive(BUSINESS_HOUSEHOLD, LocalDateTime.of(2026, 12, 14, 9, 30))));
        paused = receive(BUSINESS_HOUSEHOLD, LocalDateTime.of(2026, 12, 14, 9, 30));
        clock.setFixed(LocalDateTime.of(2026, 12, 14, 10, 0));
        signIn.as("specialist2");
        actions.requestSupplement(paused, "Thiếu bản sao CCCD của chủ hộ");
        IntStream.range(0, 50).forEach(i -> dueSoon.add(receive(BUSINESS_HOUSEHOLD,
                LocalDateTime.of(2026, 12, 16, 9, 30).plusMinutes(i % 5))));
        IntStream.range(0, 2).forEach(i -> onTrack.add(receive(SOCIAL_ALLOWANCE, LocalDateTime.of(2026, 12, 17, 9, 30))));
        clock.setFixed(LocalDateTime.of(2026, 12, 18, 8, 0));
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void pagesOfFiftySoonestDueFirstWithTheTotal() throws Exception {
        JsonNode first = tasks("");
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(50);
        assertThat(first.get("total").asLong()).isEqualTo(55);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(50);
        List<String> dueDates = new ArrayList<>();
        first.get("items").forEach(item -> dueDates.add(item.get("dueAt").asText()));
        assertThat(dueDates).isSorted();
        assertThat(codes(first).subList(0, 3)).containsExactlyInAnyOrder(overdue.get(0), overdue.get(1), paused);

        JsonNode second = tasks("page=2");
        assertThat(second.get("total").asLong()).isEqualTo(55);
        assertThat(codes(second)).hasSize(5).doesNotContainAnyElementsOf(codes(first));
        Set<String> all = new HashSet<>(codes(first));
        all.addAll(codes(second));
        assertThat(all).hasSize(55).containsAll(dueSoon).containsAll(onTrack).containsAll(overdue).contains(paused);

        assertThat(codes(tasks("page=3&size=10"))).hasSize(10);
        assertThat(tasks("page=4").get("items")).isEmpty();
    }

    @Test
    void filtersByProcedureStatusAndUrgencyInTheQuery() throws Exception {
        JsonNode allowance = tasks("procedure=" + SOCIAL_ALLOWANCE);
        assertThat(allowance.get("total").asLong()).isEqualTo(2);
        assertThat(codes(allowance)).containsExactlyInAnyOrderElementsOf(onTrack);
        assertThat(tasks("procedure=" + BUSINESS_HOUSEHOLD).get("total").asLong()).isEqualTo(53);

        assertThat(codes(tasks("status=" + SUPPLEMENT_REQUESTED))).containsExactly(paused);
        assertThat(codes(tasks("due=PAUSED"))).containsExactly(paused);
        assertThat(codes(tasks("due=OVERDUE"))).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(codes(tasks("due=ON_TRACK"))).containsExactlyInAnyOrderElementsOf(onTrack);
        JsonNode amber = tasks("due=DUE_SOON&size=200");
        assertThat(amber.get("total").asLong()).isEqualTo(50);
        assertThat(codes(amber)).containsExactlyInAnyOrderElementsOf(dueSoon);
        assertThat(tasks("due=OVERDUE&procedure=" + SOCIAL_ALLOWANCE).get("total").asLong()).isZero();
        assertThat(codes(tasks("dossier=" + onTrack.get(1)))).containsExactly(onTrack.get(1));
        assertThat(codes(tasks("dossier=" + onTrack.get(1).toLowerCase()))).as("the code as typed, in lower case")
                .containsExactly(onTrack.get(1));
    }

    @Test
    void sortsByReceiptOrByCodeWhenAsked() throws Exception {
        List<String> byCode = codes(tasks("sort=code&size=200"));
        assertThat(byCode).hasSize(55).isSorted();
        assertThat(codes(tasks("sort=received&size=3")))
                .containsExactlyInAnyOrder(overdue.get(0), overdue.get(1), paused);
        assertThat(codes(tasks("sort=received&page=2&size=53"))).containsExactlyInAnyOrderElementsOf(onTrack);
    }

    @ParameterizedTest
    @CsvSource({"page=0, page", "page=two, page", "page=10001, page", "size=0, size", "size=201, size",
            "due=LATE, due", "sort=name, sort", "status=five, status"})
    void aBadParameterIsRefusedNamingIt(String query, String field) throws Exception {
        http.perform(get("/api/tasks?" + query).with(httpBasic("specialist2", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(field));
    }

    private JsonNode tasks(String query) throws Exception {
        return json.readTree(http.perform(get("/api/tasks?" + query).with(httpBasic("specialist2", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("dossierCode").asText()));
        return codes;
    }

    private String receive(String procedure, LocalDateTime at) {
        clock.setFixed(at);
        signIn.as("reception2");
        return intake.receive(Applicants.atDesk(procedure)).code();
    }
}
