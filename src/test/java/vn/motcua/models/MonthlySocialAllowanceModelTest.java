package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

/**
 * bpmn/monthly-social-allowance/monthly-social-allowance.bpmn: the commune verifies and proposes, the
 * provincial Department of Health (social protection since 2025) appraises and decides.
 */
class MonthlySocialAllowanceModelTest extends ProcedureModelTest {

    static final Step VERIFY_ELIGIBILITY = new Step("userTask_verifyEligibility", "receiving.specialist", "P3D");
    static final Step PROPOSE_ALLOWANCE = new Step("userTask_proposeAllowance", "receiving.leader", "P1D");
    static final Step APPRAISE_PROPOSAL = new Step("userTask_appraiseProposal", "SYT.specialist", "P4D");
    static final Step DECIDE_ALLOWANCE = new Step("userTask_decideAllowance", "SYT.leader", "P2D");

    @Override
    protected String bpmnFile() {
        return "monthly-social-allowance/monthly-social-allowance.bpmn";
    }

    @Override
    protected String processKey() {
        return "monthlySocialAllowance";
    }

    @Test
    void communeProposesAndTheHealthDepartmentGrantsTheAllowance() {
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);
        decide(APPRAISE_PROPOSAL, APPROVE);
        decide(DECIDE_ALLOWANCE, APPROVE);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(VERIFY_ELIGIBILITY.taskKey(), PROPOSE_ALLOWANCE.taskKey(),
                APPRAISE_PROPOSAL.taskKey(), DECIDE_ALLOWANCE.taskKey(), RESULT_READY);
    }

    @Test
    void applicantFoundIneligibleByTheCommuneIsRefused() {
        decide(VERIFY_ELIGIBILITY, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(PROPOSE_ALLOWANCE.taskKey());
    }

    @Test
    void chairmanReturnsTheVerificationBeforeProposing() {
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, RETURN_TO_PREVIOUS);
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);

        assertThat(dossier).isWaitingAt(APPRAISE_PROPOSAL.taskKey());
        assertThat(timesEntered(VERIFY_ELIGIBILITY)).isEqualTo(2);
    }

    @Test
    void healthDepartmentSendsTheProposalBackForVerification() {
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);
        decide(APPRAISE_PROPOSAL, RETURN_TO_PREVIOUS);

        // back at the commune's verification, which must be proposed again
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);
        decide(APPRAISE_PROPOSAL, APPROVE);
        decide(DECIDE_ALLOWANCE, APPROVE);
        assertEndedWithResult();
        assertThat(timesEntered(VERIFY_ELIGIBILITY)).isEqualTo(2);
        assertThat(timesEntered(PROPOSE_ALLOWANCE)).isEqualTo(2);
    }

    @Test
    void healthDepartmentFindsTheApplicantIneligible() {
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);
        decide(APPRAISE_PROPOSAL, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(DECIDE_ALLOWANCE.taskKey());
    }

    @Test
    void departmentLeaderReturnsTheAppraisalBeforeDeciding() {
        decide(VERIFY_ELIGIBILITY, APPROVE);
        decide(PROPOSE_ALLOWANCE, APPROVE);
        decide(APPRAISE_PROPOSAL, APPROVE);
        decide(DECIDE_ALLOWANCE, RETURN_TO_PREVIOUS);
        decide(APPRAISE_PROPOSAL, APPROVE);
        decide(DECIDE_ALLOWANCE, APPROVE);

        assertEndedWithResult();
        assertThat(timesEntered(APPRAISE_PROPOSAL)).isEqualTo(2);
        assertThat(timesEntered(VERIFY_ELIGIBILITY)).isEqualTo(1);
    }

    @Test
    void eachStepIsRemindedBeforeItsDueDateAndStillCompletes() {
        remindBeforeDueThenDecide(VERIFY_ELIGIBILITY, APPROVE);
        remindBeforeDueThenDecide(PROPOSE_ALLOWANCE, APPROVE);
        remindBeforeDueThenDecide(APPRAISE_PROPOSAL, APPROVE);
        remindBeforeDueThenDecide(DECIDE_ALLOWANCE, APPROVE);

        assertEndedWithResult();
    }
}
