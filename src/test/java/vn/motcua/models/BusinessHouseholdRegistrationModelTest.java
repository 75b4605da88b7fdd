package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

/**
 * bpmn/business-household-registration/business-household-registration.bpmn: the current, simplified
 * version, where the commune registers and signs without a hand-over to a department.
 */
class BusinessHouseholdRegistrationModelTest extends ProcedureModelTest {

    static final Step CHECK_AND_REGISTER = new Step("userTask_checkAndRegister", "receiving.specialist", "P2D");
    static final Step SIGN_CERTIFICATE = new Step("userTask_signRegistrationCertificate", "receiving.leader", "P1D");

    @Override
    protected String bpmnFile() {
        return "business-household-registration/business-household-registration.bpmn";
    }

    @Override
    protected String processKey() {
        return "businessHouseholdRegistration";
    }

    @Test
    void communeRegistersAndSignsTheCertificate() {
        decide(CHECK_AND_REGISTER, APPROVE);
        decide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(CHECK_AND_REGISTER.taskKey(), SIGN_CERTIFICATE.taskKey(), RESULT_READY);
    }

    @Test
    void invalidDossierIsRefused() {
        decide(CHECK_AND_REGISTER, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(SIGN_CERTIFICATE.taskKey());
    }

    @Test
    void leaderReturnsTheRegistrationForCorrectionThenSigns() {
        decide(CHECK_AND_REGISTER, APPROVE);
        decide(SIGN_CERTIFICATE, RETURN_TO_PREVIOUS);
        decide(CHECK_AND_REGISTER, APPROVE);
        decide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(timesEntered(CHECK_AND_REGISTER)).isEqualTo(2);
    }

    @Test
    void eachStepIsRemindedBeforeItsDueDateAndStillCompletes() {
        remindBeforeDueThenDecide(CHECK_AND_REGISTER, APPROVE);
        remindBeforeDueThenDecide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
    }
}
