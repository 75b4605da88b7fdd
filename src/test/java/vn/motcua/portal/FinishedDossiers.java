package vn.motcua.portal;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.SignIn;

/** Birth registrations driven by the demo clerks to the returned result, ready for a citizen's rating. */
@Component
class FinishedDossiers {

    private final DossierIntake intake;
    private final DossierActions actions;
    private final ClerkTasks tasks;
    private final ProvinceClock clock;
    private final SignIn signIn;

    FinishedDossiers(DossierIntake intake, DossierActions actions, ClerkTasks tasks, ProvinceClock clock,
                     SignIn signIn) {
        this.intake = intake;
        this.actions = actions;
        this.tasks = tasks;
        this.clock = clock;
        this.signIn = signIn;
    }

    /** Received Monday 7 December 2026 at 09:00, approved, signed and returned the same morning. */
    String returned() {
        String code = received();
        signIn.as("specialist");
        tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", "Hồ sơ hợp lệ");
        signIn.as("leader");
        tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", null);
        signIn.as("reception");
        actions.returnResult(code, "Công dân đã nhận Giấy khai sinh");
        signIn.out();
        clock.reset();
        return code;
    }

    String received() {
        clock.setFixed(LocalDateTime.of(2026, 12, 7, 9, 0));
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk("1.001193")).code();
        signIn.out();
        return code;
    }
}
