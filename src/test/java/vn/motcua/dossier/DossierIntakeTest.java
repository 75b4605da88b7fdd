package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.procedure.ProcedureDeployments;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

@DatabaseTest
class DossierIntakeTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";

    @Autowired DossierIntake intake;
    @Autowired Dossiers dossiers;
    @Autowired ClerkTasks tasks;
    @Autowired ProcedureDeployments deployments;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void twoHundredIntakesFromEightThreadsGetTwoHundredDistinctGaplessCodes() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 9, 8, 0));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                codes.add(threads.submit(() -> {
                    signIn.as("reception");
                    try {
                        return intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code();
                    } finally {
                        signIn.out();
                    }
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> code : codes) {
                distinct.add(code.get());
            }
            assertThat(distinct).hasSize(200).allMatch(code -> code.matches("XPV-261209-\\d{4}"));
            assertThat(distinct.stream().mapToInt(code -> Integer.parseInt(code.substring(11))).max().orElseThrow())
                    .as("numbers of the day have no gaps").isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void pastTheDaysNineThousandNineHundredNinetyNinthDossierCodesStillSortInTheOrderOfReceipt() {
        clock.setFixed(LocalDateTime.of(2026, 12, 11, 8, 0));
        signIn.as("reception");
        String first = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code();
        jdbc.sql("UPDATE dossier_sequence SET last_value = 9998 WHERE agency_code = 'XPV' AND seq_day = ?")
                .param(clock.now().toLocalDate()).update();
        List<String> issued = new ArrayList<>(List.of(first));
        for (int i = 0; i < 3; i++) {
            issued.add(intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code());
        }

        assertThat(issued).containsExactly("XPV-261211-0001", "XPV-261211-9999", "XPV-261211-A10000",
                "XPV-261211-A10001");
        assertThat(jdbc.sql("SELECT code FROM dossier WHERE code LIKE 'XPV-261211-%' ORDER BY code")
                .query(String.class).list()).as("sorted by the database as text").isEqualTo(issued);
        assertThat(issued).allMatch(code -> DossierCode.agencyOf(code).equals("XPV"));
        assertThat(dossiers.get("XPV-261211-A10001").agencyCode()).isEqualTo("XPV");
    }

    @Test
    void runningDossiersFinishOnTheVersionTheyStartedOn() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 10, 9, 0));
        signIn.as("reception");
        Dossier before = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
        String startedOn = before.processDefinitionId();

        ProcedureVersion trial = deployments.deployNewVersion(BUSINESS_HOUSEHOLD,
                modelOf(startedOn).replace("camunda:versionTag=\"simplified-2025\"", "camunda:versionTag=\"trial-2026\"")
                        .replace("name=\"statutoryWorkingDays\" value=\"3\"", "name=\"statutoryWorkingDays\" value=\"2\""),
                "Thử nghiệm: rút thời hạn còn 2 ngày làm việc");
        assertThat(trial.versionTag()).isEqualTo("trial-2026");
        assertThat(trial.statutoryWorkingDays()).isEqualTo(2);

        Dossier after = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
        assertThat(after.processDefinitionId()).isEqualTo(trial.processDefinitionId()).isNotEqualTo(startedOn);
        assertThat(after.dueAt()).isBefore(before.dueAt());

        signIn.as("specialist");
        tasks.complete(openTaskOf(before.code()).id(), "approve", null);
        signIn.as("leader");
        tasks.complete(openTaskOf(before.code()).id(), "approve", null);
        assertThat(dossiers.get(before.code()).status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(before.code())
                .singleResult().getProcessDefinitionId()).isEqualTo(startedOn);
    }

    @Test
    void aDossierStartsOnTheVersionInForceOnTheDayOfReceipt() {
        signIn.as("reception");
        clock.setFixed(LocalDateTime.of(2025, 3, 12, 9, 0));
        Dossier underTheOldRules = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
        clock.setFixed(LocalDateTime.of(2025, 8, 12, 9, 0));
        Dossier underTheSimplifiedRules = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));

        assertThat(tagOf(underTheOldRules)).isEqualTo("old-2021");
        assertThat(underTheOldRules.dueAt()).as("5 working days").isEqualTo(LocalDateTime.of(2025, 3, 19, 9, 0));
        assertThat(tagOf(underTheSimplifiedRules)).isEqualTo("simplified-2025");
        assertThat(underTheSimplifiedRules.dueAt()).as("3 working days")
                .isEqualTo(LocalDateTime.of(2025, 8, 15, 9, 0));
    }

    private String tagOf(Dossier dossier) {
        return repository.getProcessDefinition(dossier.processDefinitionId()).getVersionTag();
    }

    private String modelOf(String processDefinitionId) throws Exception {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ClerkTask openTaskOf(String code) {
        return tasks.openTasksOf(code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no open task of " + code));
    }
}
