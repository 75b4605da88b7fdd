package vn.motcua.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.deadline.WorkingCalendar;

/** Service times learned from history without the queue waiting (on a calendar where every minute works). */
class ServiceHistoryTest {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 8, 0);

    final WorkingCalendar calendar = everyMinuteWorks();

    @Test
    void aStepWaitingBehindTheClerksPreviousOneIsServedFromThatCompletionOn() {
        ServiceHistory history = ServiceHistory.learn(List.of(
                completion("A", "check", "specialist", 0, 120),
                completion("B", "check", "specialist", 30, 180), // waited 90 minutes for A
                completion("C", "check", "specialist2", 30, 180)), // another clerk: did not wait
                Map.of(), calendar);

        assertThat(history.mean("check")).contains((120 + 60 + 150) / 3.0);
    }

    @Test
    void aPauseForTheCitizensSupplementIsNotService() {
        ServiceHistory history = ServiceHistory.learn(List.of(completion("A", "check", "specialist", 0, 600)),
                Map.of("A", List.of(new ServiceHistory.Pause(MONDAY.plusMinutes(60), MONDAY.plusMinutes(540)))),
                calendar);

        assertThat(history.mean("check")).contains(120.0);
    }

    @Test
    void aSimulatedDossierReplaysOneHistoricalDossierOfTheModelsOwnSteps() {
        ServiceHistory history = ServiceHistory.learn(List.of(
                completion("old", "inspectSite", "specialist", 0, 500),
                completion("old", "signPermit", "leader", 500, 900),
                completion("new", "appraise", "specialist", 1000, 1100),
                completion("new", "signPermit", "leader", 1100, 1130)), Map.of(), calendar);

        ServiceHistory current = history.forModel(Set.of("appraise", "signPermit"));
        assertThat(current.drawDossier(new Random(1))).isEqualTo(Map.of("appraise", 100L, "signPermit", 30L));
        assertThat(current.mean("signPermit")).as("a step's mean still counts all its history").contains(215.0);
    }

    private static ServiceHistory.Completion completion(String dossier, String step, String actor, int createdMinute,
                                                       int completedMinute) {
        return new ServiceHistory.Completion(dossier, step, actor, "XPV", MONDAY.plusMinutes(createdMinute),
                MONDAY.plusMinutes(completedMinute));
    }

    private static WorkingCalendar everyMinuteWorks() {
        WorkingCalendar calendar = mock(WorkingCalendar.class);
        when(calendar.workingTimeBetween(any(), any(), any())).thenAnswer(call ->
                Duration.between((LocalDateTime) call.getArgument(1), (LocalDateTime) call.getArgument(2)));
        return calendar;
    }
}
