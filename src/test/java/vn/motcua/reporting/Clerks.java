package vn.motcua.reporting;

import java.time.LocalDateTime;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.SignIn;

/** The demo clerks of commune XPV, acting at given times through the real services. */
record Clerks(DossierIntake intake, DossierActions actions, ClerkTasks tasks, ProvinceClock clock, SignIn signIn) {

    String receive(String procedure, Channel channel, LocalDateTime at) {
        clock.setFixed(at);
        signIn.as("reception");
        return intake.receive(new IntakeRequest(procedure, channel, Applicants.NGUYEN_VAN_AN, null)).code();
    }

    /** Completes every open step of the dossier with the outcome, as the group that owns it, until none is left. */
    void completeAll(String code, String outcome, LocalDateTime at, String... usersInOrder) {
        clock.setFixed(at);
        for (String user : usersInOrder) {
            signIn.as(user);
            ClerkTask step = tasks.openTasksOf(code).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no open step of " + code + " for " + user));
            tasks.complete(step.id(), outcome, null);
        }
    }

    void act(String user, LocalDateTime at, Runnable action) {
        clock.setFixed(at);
        signIn.as(user);
        action.run();
    }
}
