package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

/**
 * bpmn/business-household-registration/business-household-registration-2021.bpmn: the old version, where
 * the commune checks the dossier and hands it over (liên thông) to the Department of Finance.
 */
class BusinessHouseholdRegistration2021ModelTest extends ProcedureModelTest {

    static final Step CHECK_DOSSIER = new Step("userTask_checkDossier", "receiving.specialist", "P1D");
    static final Step REVIEW_BY_COMMUNE_LEADER = new Step("userTask_reviewByCommuneLeader", "receiving.leader", "PT4H");
    static final Step REGISTER_IN_NATIONAL_SYSTEM = new Step("userTask_registerInNationalSystem", "STC.specialist", "P2D");
    static final Step SIGN_CERTIFICATE = new Step("userTask_signRegistrationCertificate", "STC.leader", "P1DT4H");

    @Override
    protected String bpmnFile() {
        return "business-household-registration/business-household-registration-2021.bpmn";
    }

    @Override
    protected String processKey() {
        return "businessHouseholdRegistration";
    }

    @Test
    void communeHandsTheDossierToTheFinanceDepartmentWhichRegistersAndSigns() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        decide(REGISTER_IN_NATIONAL_SYSTEM, APPROVE);
        decide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(dossier).hasPassedInOrder(CHECK_DOSSIER.taskKey(), REVIEW_BY_COMMUNE_LEADER.taskKey(),
                REGISTER_IN_NATIONAL_SYSTEM.taskKey(), SIGN_CERTIFICATE.taskKey(), RESULT_READY);
    }

    @Test
    void invalidDossierIsRefusedByTheCommune() {
        decide(CHECK_DOSSIER, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(REVIEW_BY_COMMUNE_LEADER.taskKey());
    }

    @Test
    void communeLeaderReturnsTheDossierToTheSpecialist() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, RETURN_TO_PREVIOUS);

        decide(CHECK_DOSSIER, REJECT);
        assertRefused();
        assertThat(timesEntered(CHECK_DOSSIER)).isEqualTo(2);
        assertThat(dossier).hasNotPassed(REGISTER_IN_NATIONAL_SYSTEM.taskKey());
    }

    @Test
    void financeDepartmentSendsTheDossierBackToTheCommuneCheck() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        decide(REGISTER_IN_NATIONAL_SYSTEM, RETURN_TO_PREVIOUS);

        // back at the commune's first step, not at the leader who forwarded it
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        decide(REGISTER_IN_NATIONAL_SYSTEM, APPROVE);
        decide(SIGN_CERTIFICATE, APPROVE);
        assertEndedWithResult();
        assertThat(timesEntered(CHECK_DOSSIER)).isEqualTo(2);
    }

    @Test
    void financeDepartmentRefusesToRegister() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        decide(REGISTER_IN_NATIONAL_SYSTEM, REJECT);

        assertRefused();
        assertThat(dossier).hasNotPassed(SIGN_CERTIFICATE.taskKey());
    }

    @Test
    void departmentLeaderReturnsTheRegistrationForCorrection() {
        decide(CHECK_DOSSIER, APPROVE);
        decide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        decide(REGISTER_IN_NATIONAL_SYSTEM, APPROVE);
        decide(SIGN_CERTIFICATE, RETURN_TO_PREVIOUS);
        decide(REGISTER_IN_NATIONAL_SYSTEM, APPROVE);
        decide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
        assertThat(timesEntered(REGISTER_IN_NATIONAL_SYSTEM)).isEqualTo(2);
        assertThat(timesEntered(CHECK_DOSSIER)).isEqualTo(1);
    }

    @Test
    void eachStepIsRemindedBeforeItsDueDateAndStillCompletes() {
        remindBeforeDueThenDecide(CHECK_DOSSIER, APPROVE);
        remindBeforeDueThenDecide(REVIEW_BY_COMMUNE_LEADER, APPROVE);
        remindBeforeDueThenDecide(REGISTER_IN_NATIONAL_SYSTEM, APPROVE);
        remindBeforeDueThenDecide(SIGN_CERTIFICATE, APPROVE);

        assertEndedWithResult();
    }
}
