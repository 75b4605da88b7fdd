package vn.motcua.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.TaskGroup;

/** Reminders before a step is due: to whoever holds the step, and to the leaders of its agency. */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final ClerkTasks tasks;
    private final ProvinceClock clock;
    private final CurrentUser currentUser;

    Reminders(JdbcClient jdbc, ClerkTasks tasks, ProvinceClock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Called by the models' reminder timers (working time before the step's due date). */
    @Transactional
    public void stepDueSoon(String processInstanceId, String stepId) {
        tasks.openStep(processInstanceId, stepId).ifPresent(this::remind);
    }

    private void remind(ClerkTask step) {
        Set<String> recipients = new LinkedHashSet<>();
        if (step.assignee() != null) {
            recipients.add(step.assignee());
        } else {
            recipients.addAll(step.candidateGroups());
        }
        for (String group : step.candidateGroups()) {
            TaskGroup.parse(group).ifPresent(g -> recipients.add(Role.LEADER.groupIn(g.agency())));
        }
        for (String recipient : recipients) {
            jdbc.sql("INSERT INTO notification (recipient, dossier_code, kind, step_name, due_at, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(recipient, step.dossierCode(), Notification.STEP_DUE_SOON, step.name(), step.dueAt(),
                            clock.now())
                    .update();
        }
    }

    /** The signed-in clerk's reminders: addressed to them or to one of their groups, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        StaffUser user = currentUser.get();
        List<String> recipients = new ArrayList<>(user.groups());
        recipients.add(user.username());
        return jdbc.sql("SELECT id, recipient, dossier_code, kind, step_name, due_at, created_at FROM notification "
                        + "WHERE recipient IN (:recipients) ORDER BY created_at DESC, id DESC")
                .param("recipients", recipients)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("dossier_code"), rs.getString("kind"), rs.getString("step_name"),
                        rs.getObject("due_at", java.time.LocalDateTime.class),
                        rs.getObject("created_at", java.time.LocalDateTime.class)))
                .list().stream().limit(limit).toList();
    }
}
