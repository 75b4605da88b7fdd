package vn.motcua.simulation.whatif.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureDiff;
import vn.motcua.procedure.ProcedureDrafts;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.simulation.whatif.WhatIf;
import vn.motcua.simulation.whatif.WhatIfRuns;
import vn.motcua.simulation.whatif.WhatIfSettings;

/**
 * The modeler page's what-if panel (htmx fragments: start, progress polled every second, cancel,
 * result) and the same runs as JSON for scripts.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class WhatIfController {

    private final WhatIfRuns runs;
    private final ProcedureCatalog catalog;
    private final ProcedureDrafts drafts;
    private final ProcedureDiff versions;
    private final MessageSource messages;
    private final ProvinceClock clock;

    WhatIfController(WhatIfRuns runs, ProcedureCatalog catalog, ProcedureDrafts drafts, ProcedureDiff versions,
                     MessageSource messages, ProvinceClock clock) {
        this.runs = runs;
        this.catalog = catalog;
        this.drafts = drafts;
        this.versions = versions;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/procedures/{code}/whatif")
    String start(@PathVariable String code, @RequestParam(required = false) Long draftId,
                 @RequestParam(defaultValue = "200") int dossiers,
                 @RequestParam(required = false) Double arrivalsPerWorkingDay,
                 @RequestParam(defaultValue = "1") int clerksPerGroup,
                 @RequestParam(required = false) String serviceMinutes,
                 @RequestParam(defaultValue = "true") boolean variability, Model model) {
        try {
            model.addAttribute("run", startRun(code, draftId, dossiers, arrivalsPerWorkingDay, clerksPerGroup,
                    ServiceMinutesField.parse(serviceMinutes), variability));
            return "whatif/run :: run";
        } catch (DomainException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return "whatif/run :: error";
        }
    }

    @GetMapping("/procedures/whatif/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("run", runs.get(id));
        return "whatif/run :: run";
    }

    @PostMapping("/procedures/whatif/{id}/cancel")
    String cancel(@PathVariable String id, Model model) {
        model.addAttribute("run", runs.cancel(id));
        return "whatif/run :: run";
    }

    @PostMapping("/api/procedures/{code}/whatif")
    @ResponseBody
    Map<String, Object> startJson(@PathVariable String code, @RequestParam long draftId,
                                  @RequestParam(defaultValue = "200") int dossiers,
                                  @RequestParam(required = false) Double arrivalsPerWorkingDay,
                                  @RequestParam(defaultValue = "1") int clerksPerGroup,
                                  @RequestParam(required = false) String serviceMinutes,
                                  @RequestParam(defaultValue = "true") boolean variability) {
        WhatIfRuns.Run run = startRun(code, draftId, dossiers, arrivalsPerWorkingDay, clerksPerGroup,
                ServiceMinutesField.parse(serviceMinutes), variability);
        return Map.of("id", run.id(), "state", run.state());
    }

    @GetMapping("/api/whatif/{id}")
    @ResponseBody
    Map<String, Object> runJson(@PathVariable String id) {
        WhatIfRuns.Run run = runs.get(id);
        return run.result() == null ? Map.of("id", id, "state", run.state(), "percent", run.percent())
                : Map.of("id", id, "state", run.state(), "percent", run.percent(), "result", run.result(),
                        "meanReductionPercent", run.result().meanReductionPercent());
    }

    /**
     * The version in force today (by its entry into force, as dossiers are started: not the newest
     * deployed, which may enter into force later) against the draft, or without a draft against itself.
     */
    private WhatIfRuns.Run startRun(String code, Long draftId, int dossiers, Double arrivals, int clerks,
                                    Map<String, Integer> serviceMinutes, boolean variability) {
        Procedure procedure = catalog.find(code)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", code));
        ProcedureVersion current = procedure.versionInForce(clock.now().toLocalDate())
                .or(() -> procedure.versions().stream().findFirst()).orElseThrow();
        byte[] baseline = versions.versionXml(code, current.version());
        byte[] candidate = draftId == null ? baseline : drafts.executableXml(code, draftId);
        WhatIfSettings settings = new WhatIfSettings(dossiers, arrivals, serviceMinutes, clerks, variability,
                20_261_129L);
        return runs.start(code, new WhatIf.Models(baseline, "v" + current.version() + " " + current.versionTag(),
                candidate, draftId == null ? "v" + current.version() : "#" + draftId), settings);
    }
}
