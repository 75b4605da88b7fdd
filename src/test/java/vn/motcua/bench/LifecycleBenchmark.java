package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.nationalportal.PortalOutbox;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.TestDatabases;

/**
 * Benchmark, not a test: N birth-registration dossiers through the whole lifecycle with our
 * services (intake, claim and complete both steps, return the result) against the same BPMN
 * through the bare Camunda API (start, claim and complete both steps), in alternating blocks
 * in one run, single-threaded. Prints dossiers/s of both, the ratio, and the wall-clock and CPU
 * milliseconds each phase takes per dossier.
 * Run: {@code mvn -Pbench test -Dbench.dossiers=2000} (H2 file, then PostgreSQL; set
 * TEST_POSTGRES_URL for a real server with fsync on). With
 * {@code -Dmotcua.national-portal.queue=false} our lifecycle runs without the national portal's
 * outbox: the ratio of two such runs' ours/bare ratios is what the outbox costs per dossier.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("bench")
class LifecycleBenchmark {

    static final String MODEL = "bpmn/birth-registration/birth-registration.bpmn";
    static final int BLOCK = 100;
    static final String RECEIVE = "receive (start)";
    static final String FIND_STEP = "find step (x2)";
    static final String CLAIM = "claim (x2)";
    static final String COMPLETE = "complete (x2)";
    static final String RETURN_RESULT = "return result";

    @Autowired DossierIntake intake;
    @Autowired ClerkTasks tasks;
    @Autowired DossierActions actions;
    @Autowired UserDetailsService users;
    @Autowired PortalOutbox portalOutbox;
    @Value("${motcua.national-portal.queue:true}") boolean portalQueue;

    private final Map<String, Authentication> signedIn = new HashMap<>();

    @Test
    void ourLifecycleAgainstTheBareEngine() throws Exception {
        int dossierCount = Integer.getInteger("bench.dossiers", 1000);
        int warmUp = Math.min(200, dossierCount / 5);
        String database = BenchReport.database();
        try (BareEngine bare = new BareEngine(TestDatabases.newDatabase(), MODEL)) {
            PhaseTimes warmUpTimes = new PhaseTimes();
            for (int i = 0; i < warmUp; i++) {
                bare.runDossier("birthRegistration", "WARM-" + i, warmUpTimes, "specialist", "leader");
                ourDossier(warmUpTimes);
            }
            PhaseTimes bareTimes = new PhaseTimes();
            PhaseTimes ourTimes = new PhaseTimes();
            long bareNanos = 0;
            long ourNanos = 0;
            for (int done = 0; done < dossierCount; done += BLOCK) {
                long start = System.nanoTime();
                for (int i = 0; i < BLOCK; i++) {
                    bare.runDossier("birthRegistration", "BARE-" + (done + i), bareTimes, "specialist", "leader");
                }
                bareNanos += System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < BLOCK; i++) {
                    ourDossier(ourTimes);
                }
                ourNanos += System.nanoTime() - start;
            }
            double barePerSecond = dossierCount / seconds(bareNanos);
            double ourPerSecond = dossierCount / seconds(ourNanos);
            // no portal is configured: every message stays queued, so the count shows the outbox was (not) at work
            long queued = portalOutbox.count(DeliveryStatus.PENDING);
            if (portalQueue) {
                assertThat(queued).as("portal messages queued").isPositive();
            } else {
                assertThat(queued).as("portal messages queued").isZero();
            }
            String report = String.format("%s, %d dossiers after %d warm-up, one thread, history full, "
                            + "national portal outbox %s (%d messages queued):%n"
                            + "  bare Camunda API : %7.1f dossiers/s%n"
                            + "  our lifecycle    : %7.1f dossiers/s%n"
                            + "  ratio ours/bare  : %7.2f%n"
                            + "  ms per dossier, bare:%n%s"
                            + "  ms per dossier, ours:%n%s",
                    database, dossierCount, warmUp, portalQueue ? "on" : "off", queued, barePerSecond, ourPerSecond,
                    ourPerSecond / barePerSecond,
                    bareTimes.perDossier(dossierCount), ourTimes.perDossier(dossierCount));
            BenchReport.publish(portalQueue ? "lifecycle" : "lifecycle-without-outbox", report);
        }
    }

    /** One dossier as the clerks would take it, through our application services. */
    private void ourDossier(PhaseTimes times) {
        as("reception");
        String code = times.time(RECEIVE, () -> intake.receive(Applicants.atDesk("1.001193")).code());
        for (String clerk : new String[] {"specialist", "leader"}) {
            as(clerk);
            ClerkTask step = times.time(FIND_STEP, () -> tasks.openTasksOf(code).get(0));
            times.time(CLAIM, () -> tasks.claim(step.id()));
            times.time(COMPLETE, () -> tasks.complete(step.id(), "approve", null));
        }
        as("reception");
        Dossier returned = times.time(RETURN_RESULT, () -> actions.returnResult(code, null));
        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        SecurityContextHolder.clearContext();
    }

    /** A signed-in clerk's session keeps their principal; so does the benchmark. */
    private void as(String username) {
        Authentication authentication = signedIn.computeIfAbsent(username, name -> {
            UserDetails user = users.loadUserByUsername(name);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }
}
