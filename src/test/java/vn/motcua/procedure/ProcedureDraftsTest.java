package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.validation.ModelRejectedException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** Drafts: saved with who/when/why, compared with versions, deployed as a new version. */
@DatabaseTest
class ProcedureDraftsTest {

    static final String BUSINESS_HOUSEHOLD = MaliciousModels.PROCEDURE;
    static final LocalDateTime MONDAY_10_00 = LocalDateTime.of(2026, 12, 7, 10, 0);

    @Autowired ProcedureDrafts drafts;
    @Autowired ProcedureDiff diffs;
    @Autowired ProcedureCatalog catalog;
    @Autowired DossierIntake intake;
    @Autowired Dossiers dossiers;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theOldAndSimplifiedVersionsDifferInStepsDeadlineAndHandovers() {
        ProcedureDiff.Diff diff = diffs.betweenVersions(BUSINESS_HOUSEHOLD, 1, 2);

        assertThat(diff.from().statutoryWorkingDays()).isEqualTo(5);
        assertThat(diff.to().statutoryWorkingDays()).isEqualTo(3);
        assertThat(diff.deadlineChanged()).isTrue();
        assertThat(diff.removed()).extracting(ModelOutline.Step::id)
                .contains("userTask_registerInNationalSystem", "userTask_checkDossier");
        assertThat(diff.added()).extracting(ModelOutline.Step::id).contains("userTask_checkAndRegister");
        assertThat(diff.from().normalPathHandovers()).isGreaterThan(diff.to().normalPathHandovers());
        assertThat(diff.handoverChange()).isNegative();
    }

    @Test
    void aDraftIsSavedWithAuthorAndCommentComparedAndDeployedWhileRunningDossiersKeepTheirVersion() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        Dossier running = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
        int versionsBefore = catalog.find(BUSINESS_HOUSEHOLD).orElseThrow().versions().size();

        signIn.as("analyst");
        String edited = MaliciousModels.valid().replace("name=\"Ký Giấy chứng nhận", "name=\"Ký số Giấy chứng nhận");
        ProcedureDraft draft = drafts.save(BUSINESS_HOUSEHOLD, 2, edited.getBytes(StandardCharsets.UTF_8),
                "Ký số thay ký tay");
        assertThat(draft.savedBy()).isEqualTo("analyst");
        assertThat(draft.savedAt()).isEqualTo(MONDAY_10_00);
        assertThat(draft.basedOnVersion()).isEqualTo(2);
        assertThat(drafts.latest(BUSINESS_HOUSEHOLD)).contains(draft);
        assertThat(new String(drafts.xml(BUSINESS_HOUSEHOLD, draft.id()), StandardCharsets.UTF_8)).isEqualTo(edited);

        ProcedureDiff.Diff diff = diffs.versionToDraft(BUSINESS_HOUSEHOLD, 2, draft.id());
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement()
                .satisfies(change -> assertThat(change.after().name()).startsWith("Ký số"));

        ProcedureVersion deployed = drafts.deploy(BUSINESS_HOUSEHOLD, draft.id(), "digital-signature-2026",
                "Ký số Giấy chứng nhận");
        assertThat(deployed.versionTag()).isEqualTo("digital-signature-2026");
        assertThat(deployed.changeNote()).isEqualTo("Ký số Giấy chứng nhận");
        assertThat(catalog.find(BUSINESS_HOUSEHOLD).orElseThrow().versions()).hasSize(versionsBefore + 1);
        assertThat(drafts.get(BUSINESS_HOUSEHOLD, draft.id()).deployedVersion()).isEqualTo(deployed.version());

        signIn.as("reception");
        Dossier afterDeployment = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
        assertThat(afterDeployment.processDefinitionId()).isEqualTo(deployed.processDefinitionId());

        signIn.as("specialist");
        assertThat(dossiers.get(running.code()).processDefinitionId())
                .as("the dossier received before keeps its version").isNotEqualTo(deployed.processDefinitionId());
        ClerkTask first = tasks.openTasksOf(running.code()).get(0);
        tasks.claim(first.id());
        tasks.complete(first.id(), "approve", null);
        signIn.as("leader");
        ClerkTask signing = tasks.openTasksOf(running.code()).get(0);
        assertThat(signing.name()).as("the old version's step name").startsWith("Ký Giấy chứng nhận");
    }

    @Test
    void aDraftThatBreaksTheRulesIsSavedButNotDeployed() {
        signIn.as("analyst");
        String broken = MaliciousModels.cases().get("missing deadline").xml();
        ProcedureDraft draft = drafts.save(BUSINESS_HOUSEHOLD, null, broken.getBytes(StandardCharsets.UTF_8), "nháp");
        int versionsBefore = catalog.find(BUSINESS_HOUSEHOLD).orElseThrow().versions().size();

        assertThatThrownBy(() -> drafts.deploy(BUSINESS_HOUSEHOLD, draft.id(), "broken", "thử"))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> assertThat(e.findings())
                        .extracting(f -> f.rule()).contains("process.deadline"));
        assertThat(catalog.find(BUSINESS_HOUSEHOLD).orElseThrow().versions()).hasSize(versionsBefore);
        assertThat(drafts.get(BUSINESS_HOUSEHOLD, draft.id()).deployedVersion()).isNull();
    }

    @Test
    void anUnsafeFileIsNotEvenSavedAsADraft() {
        signIn.as("analyst");
        byte[] xxe = MaliciousModels.cases().get("XXE payload").xml().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> drafts.save(BUSINESS_HOUSEHOLD, null, xxe, "xxe"))
                .isInstanceOf(ModelRejectedException.class);
    }
}
