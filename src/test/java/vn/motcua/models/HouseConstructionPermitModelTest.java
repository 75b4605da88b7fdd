package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import org.junit.jupiter.api.Test;

/**
 * bpmn/house-construction-permit/house-construction-permit.bpmn: the current, simplified version, with
 * appraisal and site inspection in one step and the Department of Construction consulted only for sites
 * in heritage or urban-design zones.
 */
class HouseConstructionPermitModelTest extends ProcedureModelTest {

    static final Step APPRAISE_DOSSIER = new Step("userTask_appraiseDossier", "receiving.specialist", "P5D");
    static final Step CONSULT_DEPARTMENT = new Step("userTask_consultConstructionDepartment", "SXD.specialist", "P3D");
    static final Step SIGN_PERMIT = new Step("userTask_signPermit", "receiving.leader", "P2D");
    static final String FEE_PAID = "intermediateCatchEvent_feePaid";

    @Override
    protected String bpmnFile() {
        return "house-construction-permit/house-construction-permit.bpmn";
    }

    @Override
    protected String processKey() {
        return "houseConstructionPermit";
    }

    @Test
    void ordinarySiteIsPermittedWithoutConsultingTheDepartment() {
        decide(APPRAISE_DOSSIER, APPROVE);
        decide(SIGN_PERMIT, APPROVE);
        payFee(FEE_PAID);

        assertEndedWithResult();
        assertThat(dossier).hasNotPassed(CONSULT_DEPARTMENT.taskKey());
    }

    @Test
    void siteInAHeritageZoneIsForwardedToTheDepartmentThenPermitted() {
        decide(APPRAISE_DOSSIER, FORWARD);
        decide(CONSULT_DEPARTMENT, APPROVE);
        decide(SIGN_PERMIT, APPROVE);
        payFee(FEE_PAID);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(APPRAISE_DOSSIER.taskKey(), CONSULT_DEPARTMENT.taskKey(),
                SIGN_PERMIT.taskKey(), RESULT_READY);
    }

    @Test
    void signedPermitWaitsForTheFeeUntilItIsPaid() {
        decide(APPRAISE_DOSSIER, APPROVE);
        decide(SIGN_PERMIT, APPROVE);

        assertThat(dossier).isWaitingAtExactly(FEE_PAID).hasNotPassed(RESULT_READY);
        assertThat(taskService().createTaskQuery().processInstanceId(dossier.getId()).count())
                .as("no clerk's step while the citizen pays").isZero();
        payFee(FEE_PAID);
        assertEndedWithResult();
    }

    @Test
    void dossierFailingTheAppraisalIsRefused() {
        decide(APPRAISE_DOSSIER, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(SIGN_PERMIT.taskKey(), FEE_PAID);
        assertThat(feeRequests).as("a refused dossier owes no fee").isEmpty();
    }

    @Test
    void chairmanReturnsTheDossierToTheAppraisalThenSigns() {
        decide(APPRAISE_DOSSIER, APPROVE);
        decide(SIGN_PERMIT, RETURN_TO_PREVIOUS);
        decide(APPRAISE_DOSSIER, APPROVE);
        decide(SIGN_PERMIT, APPROVE);
        payFee(FEE_PAID);

        assertEndedWithResult();
        assertThat(timesEntered(APPRAISE_DOSSIER)).isEqualTo(2);
    }

    @Test
    void eachStepOfTheDirectPathIsRemindedBeforeItsDueDate() {
        remindBeforeDueThenDecide(APPRAISE_DOSSIER, APPROVE);
        remindBeforeDueThenDecide(SIGN_PERMIT, APPROVE);
        payFee(FEE_PAID);

        assertEndedWithResult();
    }

    @Test
    void departmentConsultationIsRemindedBeforeItsDueDate() {
        decide(APPRAISE_DOSSIER, FORWARD);
        remindBeforeDueThenDecide(CONSULT_DEPARTMENT, APPROVE);
        decide(SIGN_PERMIT, APPROVE);
        payFee(FEE_PAID);

        assertEndedWithResult();
    }
}
