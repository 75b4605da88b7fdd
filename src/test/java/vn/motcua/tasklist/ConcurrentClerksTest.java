package vn.motcua.tasklist;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.security.StaffAccounts;
import vn.motcua.testing.ClerkRaces;
import vn.motcua.testing.DatabaseTest;

/**
 * Two clerks on one node acting on the same dossier at the same moment (issue 10.3): the loser
 * gets 409, never 500, and the dossier shows exactly the winner's effect. The cluster test runs
 * the same {@link ClerkRaces} against two nodes.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrentClerksTest {

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    private ClerkRaces races;

    @BeforeEach
    void twoClerksOfOneGroup() {
        if (!accounts.exists(ClerkRaces.SECOND_SPECIALIST)) {
            accounts.create(ClerkRaces.secondSpecialist(), "demo");
        }
        URI node = URI.create("http://127.0.0.1:" + port);
        races = new ClerkRaces(node, node);
    }

    @Test
    void fiftySameMomentCompletionsOfOneStepHaveOneEffectAndA409() {
        races.doubleCompletions(50);
    }

    @Test
    void twentyWithdrawalsRacingTheLastStepHaveOneEffectAndA409() {
        races.withdrawalsAgainstCompletions(20);
    }
}
