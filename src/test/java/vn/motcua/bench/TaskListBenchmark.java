package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.AppNode;
import vn.motcua.testing.ClerkSession;
import vn.motcua.testing.SignIn;

/**
 * Benchmark, not a test: the clerks' task list over HTTP at 1 k and at 100 k open tasks, 20 % of
 * them in the measured group (XPV's specialists), in one run; prints p50/p95 per request and the
 * ratio of the p95s. The specialist signs in through the login form and keeps the session cookie;
 * claims and completions go through the task list's own htmx forms with the session's CSRF token.
 * Loading: see {@link OpenDossiers}, in this JVM. PostgreSQL only (the bulk copy uses COPY).
 *
 * <p>The pages are served by the application in a JVM of its own ({@link AppNode}) on the loaded
 * database, with the heap settings of {@code mvn spring-boot:run} ({@link #NODE_JVM}), so that
 * the benchmark's client and loader do not share its heap, and its resident memory is the
 * application's: measured idle (started, nothing served yet) and after each scale.
 *
 * <p>Run: {@code TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -Pbench test
 * -Dtest=TaskListBenchmark -Dbench.openTasks=100000 -Dbench.runs=40}.
 */
@SpringBootTest(properties = "motcua.demo.history.enabled=false")
@BulkLoadedBenchmark
class TaskListBenchmark {

    private static final int SMALL = 1_000;
    /** As pom.xml runs the application (docs/operators.md, "Memory"). */
    static final List<String> NODE_JVM = List.of("-Xms256m", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError");

    @Value("${spring.datasource.url}") String databaseUrl;
    @Value("${spring.datasource.username}") String databaseUser;
    @Autowired DossierIntake intake;
    @Autowired ClerkTasks tasks;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void taskListAtOneThousandAndAtFullScale() throws Exception {
        int full = Integer.getInteger("bench.openTasks", 100_000);
        int runs = Integer.getInteger("bench.runs", 30);
        OpenDossiers open = new OpenDossiers(intake, tasks, signIn, jdbc, dataSource);
        open.receiveTemplates();
        Scale small;
        Scale large;
        long idleRss;
        try (AppNode node = AppNode.start("task-list-benchmark", databaseUrl, databaseUser, NODE_JVM).awaitUp()) {
            idleRss = ResidentMemory.of(node.pid());
            long loadStart = System.nanoTime();
            open.growTo(SMALL, SMALL / 5);
            small = measure(node, open, runs, (System.nanoTime() - loadStart) / 1_000_000_000);
            loadStart = System.nanoTime();
            open.growTo(full, full / 5);
            large = measure(node, open, runs, (System.nanoTime() - loadStart) / 1_000_000_000);
        }

        StringBuilder report = new StringBuilder(String.format(
                "Task list of %s (specialist, form login, session cookie), %s, %d runs each after one warm-up%n",
                OpenDossiers.GROUP, BenchReport.database(), runs));
        for (Scale scale : List.of(small, large)) {
            report.append(String.format("  %,d open tasks, %,d in the group, %,d timer jobs (load %d s):%n",
                    scale.openTasks, scale.inGroup, scale.timers, scale.loadSeconds));
            scale.timings.forEach((what, timings) -> report.append(String.format("    %-34s %s%n", what, timings)));
        }
        report.append("  ratio of p95, large / small:\n");
        small.timings.forEach((what, timings) -> report.append(String.format("    %-34s %6.2f%n", what,
                large.timings.get(what).p(95) / timings.p(95))));
        report.append(String.format("  resident memory of the application's JVM (%s): idle %,d MB, after %,d open "
                        + "tasks %,d MB, after %,d %,d MB%n", String.join(" ", NODE_JVM), idleRss >> 20,
                small.openTasks, small.rssAfter >> 20, large.openTasks, large.rssAfter >> 20));
        BenchReport.publish("task-list", report.toString());
    }

    private Scale measure(AppNode node, OpenDossiers open, int runs, long loadSeconds) {
        int openTasks = open.openTasks();
        int inGroup = open.openTasksInGroup();
        int timers = open.timerJobs();
        ClerkSession specialist = ClerkSession.signIn(node.url(""), "specialist", "demo");
        Map<String, Timings> timings = new LinkedHashMap<>();
        timings.put("first page, HTML", Timings.of(runs, run -> ok(specialist.getPage("/tasks"))));
        timings.put("first page, API", Timings.of(runs, run -> ok(specialist.get("/api/tasks"))));
        timings.put("pages 2–6, HTML", Timings.of(runs, run -> ok(specialist.getPage("/tasks?page=" + nextPage(run)))));
        timings.put("pages 2–6, API", Timings.of(runs, run -> ok(specialist.get("/api/tasks?page=" + nextPage(run)))));
        timings.put("filter by procedure, HTML", Timings.of(runs, run -> ok(specialist.getPage(
                "/tasks?procedure=" + procedure(run)))));
        timings.put("filter by procedure, API", Timings.of(runs, run -> ok(specialist.get(
                "/api/tasks?procedure=" + procedure(run)))));
        List<String> unclaimed = jdbc.sql("""
                SELECT t.id_ FROM act_ru_task t JOIN act_ru_identitylink l ON l.task_id_ = t.id_
                WHERE l.group_id_ = :group AND t.assignee_ IS NULL AND t.task_def_key_ = 'userTask_verifyAndRecord'
                ORDER BY t.id_ LIMIT :n""").param("group", OpenDossiers.GROUP).param("n", runs + 1)
                .query(String.class).list();
        assertThat(unclaimed).hasSize(runs + 1);
        IntFunction<String> task = run -> unclaimed.get(run + 1);
        timings.put("claim (htmx form)", Timings.of(runs, run -> ok(specialist.postForm(
                "/tasks/" + task.apply(run) + "/claim", ""))));
        timings.put("complete, approve (form)", Timings.of(runs, run -> redirect(specialist.postForm(
                "/tasks/" + task.apply(run) + "/complete", "outcome=approve"))));
        return new Scale(openTasks, inGroup, timers, loadSeconds, timings, ResidentMemory.of(node.pid()));
    }

    private static int nextPage(int run) {
        return 2 + Math.floorMod(run, 5);
    }

    private static String procedure(int run) {
        return OpenDossiers.PROCEDURES.get(Math.floorMod(run, OpenDossiers.PROCEDURES.size()));
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
    }

    private static void redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
    }

    private record Scale(int openTasks, int inGroup, int timers, long loadSeconds, Map<String, Timings> timings,
                         long rssAfter) {
    }
}
