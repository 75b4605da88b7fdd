package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

/** bpmn/birth-registration/birth-registration.bpmn: same-day registration by the commune. */
class BirthRegistrationModelTest extends ProcedureModelTest {

    static final Step VERIFY_AND_RECORD = new Step("userTask_verifyAndRecord", "receiving.specialist", "PT4H");
    static final Step SIGN_BIRTH_CERTIFICATE = new Step("userTask_signBirthCertificate", "receiving.leader", "PT2H");

    @Override
    protected String bpmnFile() {
        return "birth-registration/birth-registration.bpmn";
    }

    @Override
    protected String processKey() {
        return "birthRegistration";
    }

    @Test
    void validDossierIsRecordedSignedAndEndsWithTheBirthCertificate() {
        decide(VERIFY_AND_RECORD, APPROVE);
        decide(SIGN_BIRTH_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(VERIFY_AND_RECORD.taskKey(), SIGN_BIRTH_CERTIFICATE.taskKey(), RESULT_READY);
    }

    @Test
    void invalidDossierIsRefusedWithoutReachingTheChairman() {
        decide(VERIFY_AND_RECORD, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(SIGN_BIRTH_CERTIFICATE.taskKey());
    }

    @Test
    void chairmanReturnsTheRecordForCorrectionThenSignsIt() {
        decide(VERIFY_AND_RECORD, APPROVE);
        decide(SIGN_BIRTH_CERTIFICATE, RETURN_TO_PREVIOUS);
        decide(VERIFY_AND_RECORD, APPROVE);
        decide(SIGN_BIRTH_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(timesEntered(VERIFY_AND_RECORD)).isEqualTo(2);
        assertThat(timesEntered(SIGN_BIRTH_CERTIFICATE)).isEqualTo(2);
    }

    @Test
    void eachStepIsRemindedBeforeItsDueDateAndStillCompletes() {
        remindBeforeDueThenDecide(VERIFY_AND_RECORD, APPROVE);
        remindBeforeDueThenDecide(SIGN_BIRTH_CERTIFICATE, APPROVE);

        assertEndedWithResult();
    }
}
