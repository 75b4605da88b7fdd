package vn.motcua.tasklist.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.tasklist.Notification;
import vn.motcua.tasklist.Reminders;
import vn.motcua.tasklist.TaskListQuery;

/** The caller's open steps: list, claim, unclaim, complete with a decision. Clerks only. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('RECEPTION', 'SPECIALIST', 'LEADER')")
class TaskController {

    record CompleteBody(String outcome, String note) {
    }

    private final ClerkTasks tasks;
    private final Reminders reminders;

    TaskController(ClerkTasks tasks, Reminders reminders) {
        this.tasks = tasks;
        this.reminders = reminders;
    }

    /**
     * One page of the caller's tasks ({@code page} from 1, {@code size} 50 by default, at most 200),
     * filtered by {@code dossier} code, {@code procedure} code, dossier {@code status} code and
     * urgency {@code due}, in the {@code sort} order (due, received, code); see docs/clerks.md.
     */
    @GetMapping("/tasks")
    ResultPage<ClerkTask> openTasks(@RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size,
                                    @RequestParam(required = false) String dossier,
                                    @RequestParam(required = false) String procedure,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String due,
                                    @RequestParam(required = false) String sort) {
        return tasks.openTasks(TaskListQuery.of(dossier, procedure, status, due, sort), PageRequest.of(page, size));
    }

    @GetMapping("/tasks/{id}")
    ClerkTask get(@PathVariable String id) {
        return tasks.get(id);
    }

    @PostMapping("/tasks/{id}/claim")
    ClerkTask claim(@PathVariable String id) {
        return tasks.claim(id);
    }

    @PostMapping("/tasks/{id}/unclaim")
    ClerkTask unclaim(@PathVariable String id) {
        return tasks.unclaim(id);
    }

    @PostMapping("/tasks/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) CompleteBody body) {
        CompleteBody decision = body == null ? new CompleteBody(null, null) : body;
        tasks.complete(id, decision.outcome(), decision.note());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications")
    List<Notification> notifications() {
        return reminders.mine(100);
    }
}
