package vn.motcua.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskGroupTest {

    @Test
    void aModelsPlaceholderGroupBecomesTheReceivingAgencysGroup() {
        TaskGroup group = TaskGroup.parse(" receiving.specialist ").orElseThrow();

        assertThat(group.ofReceivingAgency()).isTrue();
        assertThat(group.forDossierOf("XPV")).hasToString("XPV.specialist");
        assertThat(TaskGroup.parse("SXD.leader").orElseThrow().forDossierOf("XPV")).hasToString("SXD.leader");
    }

    @Test
    void aRolesGroupIsSpelledInLowerCaseAndTextsThatAreNoGroupAreRecognised() {
        assertThat(TaskGroup.of("PTH", "RECEPTION")).hasToString("PTH.reception");
        assertThat(TaskGroup.parse("specialist")).isEmpty();
        assertThat(TaskGroup.parse(".specialist")).isEmpty();
        assertThat(TaskGroup.parse("XPV.")).isEmpty();
        assertThat(TaskGroup.agencyOf("SYT.leader")).isEqualTo("SYT");
        assertThat(TaskGroup.agencyOf(null)).isEmpty();
    }
}
