package vn.motcua.tasklist.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.Pager;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.tasklist.TaskListQuery;
import vn.motcua.tasklist.Urgency;

/**
 * The clerks' task list and task page. {@link ClerkTasks} decides which steps a clerk sees and
 * may decide; {@link DossierActions} the supplement request, apology and stop.
 */
@Controller
@HtmlPage
@RequestMapping("/tasks")
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER')")
class TaskPages {

    private final ClerkTasks tasks;
    private final TaskRows rows;
    private final DossierActions actions;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final FormErrors errors;

    TaskPages(ClerkTasks tasks, TaskRows rows, DossierActions actions, Dossiers dossiers, ProcedureCatalog catalog,
              FormErrors errors) {
        this.tasks = tasks;
        this.rows = rows;
        this.actions = actions;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String dossier, @RequestParam(required = false) String procedure, @RequestParam(required = false) String status,
                @RequestParam(required = false) String due, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                HttpServletRequest request, Model model) {
        TaskListQuery query = TaskListQuery.of(dossier, procedure, status, due, sort);
        ResultPage<TaskRow> lines = rows.of(tasks.openTasks(query, PageRequest.of(page, size)));
        model.addAttribute("query", query);
        model.addAttribute("rows", lines.items());
        model.addAttribute("pager", Pager.of(lines, request));
        model.addAttribute("procedures", catalog.all());
        model.addAttribute("statuses", DossierStatus.PENDING.stream().sorted().toList());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("orders", TaskListQuery.Order.values());
        return "tasks";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return page(id, model);
    }

    /** htmx swaps the returned line in place; without htmx the page reloads. */
    @PostMapping("/{id}/claim")
    String claim(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model) {
        return line(tasks.claim(id), htmx, model);
    }

    @PostMapping("/{id}/unclaim")
    String unclaim(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        return line(tasks.unclaim(id), htmx, model);
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable String id, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String note, Model model) {
        return act(id, model, () -> {
            tasks.complete(id, outcome, note);
            return "redirect:/tasks";
        });
    }

    /** Form 02: the dossier waits for the citizen; the dossier page links the slip. */
    @PostMapping("/{id}/supplement-request")
    String requestSupplement(@PathVariable String id, @RequestParam(required = false) String reason, Model model) {
        return act(id, model, () -> toDossier(actions.requestSupplement(tasks.get(id).dossierCode(), reason).code()));
    }

    /** Form 04: apology with a new appointment. */
    @PostMapping("/{id}/reschedule")
    String reschedule(@PathVariable String id, @RequestParam(required = false) String newDueAt,
                      @RequestParam(required = false) String reason, Model model) {
        return act(id, model, () -> toDossier(actions.reschedule(tasks.get(id).dossierCode(), dateTime(newDueAt),
                reason).code()));
    }

    /** Form 05: processing stops. */
    @PostMapping("/{id}/stop")
    String stop(@PathVariable String id, @RequestParam(required = false) String reason, Model model) {
        return act(id, model, () -> toDossier(actions.stop(tasks.get(id).dossierCode(), reason).code()));
    }

    private String act(String id, Model model, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("actionError", errors.of((DomainException) e));
            return page(id, model);
        }
    }

    private String page(String id, Model model) {
        ClerkTask task = tasks.get(id);
        TaskRow row = rows.of(task);
        model.addAttribute("row", row);
        model.addAttribute("dossier", row.dossier());
        model.addAttribute("procedure", catalog.find(row.dossier().procedureCode()).orElse(null));
        model.addAttribute("history", dossiers.history(task.dossierCode()));
        return "task";
    }

    private String line(ClerkTask task, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/tasks/" + task.id();
        }
        model.addAttribute("r", rows.of(task));
        return "tasks :: row";
    }

    private static String toDossier(String code) {
        return "redirect:/dossiers/" + code;
    }

    private static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("newDueAt", "error.field.malformed", "newDueAt");
        }
    }
}
