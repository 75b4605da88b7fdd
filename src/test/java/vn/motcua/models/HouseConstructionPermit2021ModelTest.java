package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

/**
 * bpmn/house-construction-permit/house-construction-permit-2021.bpmn: the old version, with a site
 * inspection and a consultation of the Department of Construction on every dossier.
 */
class HouseConstructionPermit2021ModelTest extends ProcedureModelTest {

    static final Step CHECK_DOSSIER = new Step("userTask_checkDossier", "receiving.specialist", "P1D");
    static final Step INSPECT_SITE = new Step("userTask_inspectSite", "receiving.specialist", "P3D");
    static final Step CONSULT_DEPARTMENT = new Step("userTask_consultConstructionDepartment", "SXD.specialist", "P5D");
    static final Step DEPARTMENT_OPINION = new Step("userTask_departmentOpinion", "SXD.leader", "P2D");
    static final Step DRAFT_PERMIT = new Step("userTask_draftPermit", "receiving.specialist", "P2D");
    static final Step SIGN_PERMIT = new Step("userTask_signPermit", "receiving.leader", "P2D");

    @Override
    protected String bpmnFile() {
        return "house-construction-permit/house-construction-permit-2021.bpmn";
    }

    @Override
    protected String processKey() {
        return "houseConstructionPermit";
    }

    /** From reception to the department's written opinion, every step approved. */
    private void walkToTheDepartmentOpinion() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(INSPECT_SITE, APPROVE);
        decide(CONSULT_DEPARTMENT, APPROVE);
    }

    @Test
    void permitIsGrantedAfterInspectionAndTheDepartmentsOpinion() {
        walkToTheDepartmentOpinion();
        decide(DEPARTMENT_OPINION, APPROVE);
        decide(DRAFT_PERMIT, APPROVE);
        decide(SIGN_PERMIT, APPROVE);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(CHECK_DOSSIER.taskKey(), INSPECT_SITE.taskKey(),
                CONSULT_DEPARTMENT.taskKey(), DEPARTMENT_OPINION.taskKey(), DRAFT_PERMIT.taskKey(),
                SIGN_PERMIT.taskKey(), RESULT_READY);
    }

    @Test
    void invalidDossierIsRefusedBeforeAnyInspection() {
        decide(CHECK_DOSSIER, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(INSPECT_SITE.taskKey());
    }

    @Test
    void departmentSpecialistAsksTheCommuneToInspectTheSiteAgain() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(INSPECT_SITE, APPROVE);
        decide(CONSULT_DEPARTMENT, RETURN_TO_PREVIOUS);
        decide(INSPECT_SITE, APPROVE);
        decide(CONSULT_DEPARTMENT, APPROVE);

        assertThat(dossier).isWaitingAt(DEPARTMENT_OPINION.taskKey());
        assertThat(timesEntered(INSPECT_SITE)).isEqualTo(2);
        assertThat(timesEntered(CHECK_DOSSIER)).isEqualTo(1);
    }

    @Test
    void departmentLeaderReturnsTheDraftOpinionToTheSpecialist() {
        walkToTheDepartmentOpinion();
        decide(DEPARTMENT_OPINION, RETURN_TO_PREVIOUS);
        decide(CONSULT_DEPARTMENT, APPROVE);
        decide(DEPARTMENT_OPINION, APPROVE);

        assertThat(dossier).isWaitingAt(DRAFT_PERMIT.taskKey());
        assertThat(timesEntered(CONSULT_DEPARTMENT)).isEqualTo(2);
    }

    @Test
    void chairmanReturnsTheDraftPermitThenSignsIt() {
        walkToTheDepartmentOpinion();
        decide(DEPARTMENT_OPINION, APPROVE);
        decide(DRAFT_PERMIT, APPROVE);
        decide(SIGN_PERMIT, RETURN_TO_PREVIOUS);
        decide(DRAFT_PERMIT, APPROVE);
        decide(SIGN_PERMIT, APPROVE);

        assertEndedWithResult();
        assertThat(timesEntered(DRAFT_PERMIT)).isEqualTo(2);
        assertThat(timesEntered(DEPARTMENT_OPINION)).isEqualTo(1);
    }

    @Test
    void eachStepIsRemindedBeforeItsDueDateAndStillCompletes() {
        remindBeforeDueThenDecide(CHECK_DOSSIER, APPROVE);
        remindBeforeDueThenDecide(INSPECT_SITE, APPROVE);
        remindBeforeDueThenDecide(CONSULT_DEPARTMENT, APPROVE);
        remindBeforeDueThenDecide(DEPARTMENT_OPINION, APPROVE);
        remindBeforeDueThenDecide(DRAFT_PERMIT, APPROVE);
        remindBeforeDueThenDecide(SIGN_PERMIT, APPROVE);

        assertEndedWithResult();
    }
}
