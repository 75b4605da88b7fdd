package vn.motcua.procedure.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/** The procedure catalogue as JSON. Texts are in the caller's language (Vietnamese by default). */
@RestController
class ProcedureController {

    record VersionJson(int version, String versionTag, int statutoryWorkingDays, int steps, int handovers,
                       java.time.LocalDateTime deployedAt, java.time.LocalDate effectiveFrom, String changeNote) {
    }

    record ProcedureJson(String code, String processKey, String name, String field, String agency,
                         int statutoryWorkingDays, OnlineLevel onlineLevel, long feeVnd, String feeNote,
                         List<String> requiredDocuments, List<VersionJson> versions) {
    }

    private final ProcedureCatalog catalog;
    private final ProvinceClock clock;

    ProcedureController(ProcedureCatalog catalog, ProvinceClock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/api/procedures")
    List<ProcedureJson> all() {
        Locale locale = LocaleContextHolder.getLocale();
        return catalog.all().stream().map(p -> json(p, locale)).toList();
    }

    @GetMapping("/api/procedures/{code}")
    ProcedureJson one(@PathVariable String code) {
        return catalog.find(code).map(p -> json(p, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", code));
    }

    private ProcedureJson json(Procedure p, Locale locale) {
        int statutoryDays = p.versionInForce(clock.now().toLocalDate())
                .map(ProcedureVersion::statutoryWorkingDays).orElse(p.versions().get(0).statutoryWorkingDays());
        return new ProcedureJson(p.code(), p.processKey(), p.name().in(locale), p.field().in(locale),
                p.responsibleAgency().in(locale), statutoryDays, p.onlineLevel(),
                p.feeVnd(), p.feeNote().in(locale), p.requiredDocuments().stream().map(d -> d.in(locale)).toList(),
                p.versions().stream().map(ProcedureController::json).toList());
    }

    static VersionJson json(ProcedureVersion v) {
        return new VersionJson(v.version(), v.versionTag(), v.statutoryWorkingDays(), v.stepCount(),
                v.handoverCount(), v.deployedAt(), v.effectiveFrom(), v.changeNote());
    }
}
