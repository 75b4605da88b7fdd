package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.SignIn;

/**
 * A province's open work at volume, on PostgreSQL. A few dossiers of every shipped procedure are
 * received, and some advanced one step, through our services and the real engine (the
 * templates); then their rows are copied in bulk ({@link TemplateRows}) until the wanted number
 * of open tasks exists: our {@code dossier} and {@code dossier_participant} rows and the engine's
 * runtime rows {@code ACT_RU_EXECUTION}, {@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK},
 * {@code ACT_RU_VARIABLE} and {@code ACT_RU_JOB} (the reminder timers) — enough for the task list,
 * claim and complete to work on any copy. History rows (ACT_HI_*) and transitions are not copied:
 * the engine updates history rows by id and does not miss absent ones.
 *
 * <p>Copies are dated 0–19 days after their template (due dates spread for sorting; the reminder
 * timers all in the future, so none fires during a run).
 */
final class OpenDossiers {

    /** The group whose task list is measured: the specialists of Phước Vĩnh. */
    static final String GROUP = "XPV.specialist";
    static final List<String> PROCEDURES = List.of("1.001193", "1.001612", "XD.0001", "1.001776");
    private static final int PER_PROCEDURE = 5;

    private final DossierIntake intake;
    private final ClerkTasks tasks;
    private final SignIn signIn;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    private Template inGroup;
    private Template elsewhere;
    private int inGroupCopies;
    private int elsewhereCopies;

    OpenDossiers(DossierIntake intake, ClerkTasks tasks, SignIn signIn, JdbcClient jdbc, DataSource dataSource) {
        this.intake = intake;
        this.tasks = tasks;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The templates: in the measured group, dossiers received at XPV waiting for its specialists;
     * elsewhere, dossiers received at PTH waiting for theirs, and dossiers of both communes one
     * step further (at their leaders, or at a department for the inter-agency procedures).
     */
    void receiveTemplates() {
        List<String> first = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String procedure : PROCEDURES) {
            for (int i = 0; i < PER_PROCEDURE; i++) {
                first.add(receive("reception", procedure));
                other.add(receive("reception2", procedure));
                other.add(advance("specialist", receive("reception", procedure)));
                other.add(advance("specialist2", receive("reception2", procedure)));
            }
        }
        signIn.out();
        inGroup = Template.of(jdbc, first);
        elsewhere = Template.of(jdbc, other);
    }

    /** Copies until about {@code total} open tasks exist, {@code inGroup} of them in {@link #GROUP}. */
    void growTo(int total, int inGroupTotal) throws Exception {
        inGroupCopies = grow(inGroup, inGroupCopies, inGroupTotal);
        elsewhereCopies = grow(elsewhere, elsewhereCopies, total - inGroupTotal);
        jdbc.sql("ANALYZE").update();
    }

    int openTasks() {
        return jdbc.sql("SELECT COUNT(*) FROM act_ru_task").query(Integer.class).single();
    }

    int openTasksInGroup() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_identitylink l ON l.task_id_ = t.id_
                WHERE l.group_id_ = :group AND l.type_ = 'candidate'""").param("group", GROUP)
                .query(Integer.class).single();
    }

    int timerJobs() {
        return jdbc.sql("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'timer'").query(Integer.class).single();
    }

    /** Copies numbered from {@code done}; answers how many copies there are now. */
    private int grow(Template template, int done, int wanted) throws Exception {
        int copies = Math.max(done, wanted / template.dossiers - 1);
        int batch = Math.max(1, 20_000 / template.dossiers);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = done; from < copies; from += batch) {
                int to = Math.min(copies, from + batch);
                // six digits after the template's daily number: still a valid dossier code
                TemplateRows.copy(connection, template.tables, from, to, c -> String.format("%06d", c),
                        c -> c % 20, template.ids);
            }
        }
        return copies;
    }

    private String receive(String clerk, String procedure) {
        signIn.as(clerk);
        return intake.receive(new IntakeRequest(procedure, Channel.DESK, Applicants.NGUYEN_VAN_AN, null)).code();
    }

    private String advance(String clerk, String code) {
        signIn.as(clerk);
        ClerkTask step = tasks.openTasksOf(code).get(0);
        tasks.claim(step.id());
        tasks.complete(step.id(), step.outcomes().contains("approve") ? "approve" : step.outcomes().get(0), null);
        return code;
    }

    /** Template dossiers with their rows and the ids a copy renames. */
    private record Template(int dossiers, List<TemplateRows> tables, Set<String> ids) {

        static Template of(JdbcClient jdbc, List<String> codes) {
            List<String> instances = jdbc.sql("SELECT process_instance_id FROM dossier WHERE code IN (:codes)")
                    .param("codes", codes).query(String.class).list();
            List<String> taskIds = jdbc.sql("SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (:ids)")
                    .param("ids", instances).query(String.class).list();
            assertThat(taskIds).as("open steps of the templates").hasSizeGreaterThanOrEqualTo(codes.size());
            List<TemplateRows> tables = List.of(
                    TemplateRows.of(jdbc, "dossier", "code", codes),
                    TemplateRows.of(jdbc, "dossier_participant", "dossier_code", codes),
                    TemplateRows.of(jdbc, "act_ru_execution", "proc_inst_id_", instances),
                    TemplateRows.of(jdbc, "act_ru_task", "proc_inst_id_", instances),
                    TemplateRows.of(jdbc, "act_ru_identitylink", "task_id_", taskIds),
                    TemplateRows.of(jdbc, "act_ru_variable", "proc_inst_id_", instances),
                    TemplateRows.of(jdbc, "act_ru_job", "process_instance_id_", instances));
            Set<String> ids = new HashSet<>(codes);
            tables.forEach(table -> table.collectIds(ids));
            return new Template(codes.size(), tables.stream().filter(table -> !table.rows().isEmpty()).toList(), ids);
        }
    }
}
