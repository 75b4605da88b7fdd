package vn.motcua.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.reporting.ReductionReport;
import vn.motcua.reporting.SlaDossiers;
import vn.motcua.reporting.SlaFigure;
import vn.motcua.reporting.SlaFigures;
import vn.motcua.reporting.SlaParameters;
import vn.motcua.reporting.SlaQuery;
import vn.motcua.reporting.SlaReport;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/** The auditors' reports as JSON, and the SLA report's exports on the same address. */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class ReportApiController {

    /** The SLA report as answered in JSON: the period and filters it covers, its rows and total. */
    record SlaJson(LocalDate from, LocalDate to, String groupBy, String procedure, String agency, String channel,
                   List<SlaFigures> rows, SlaFigures total) {
        static SlaJson of(SlaReport.Table table) {
            SlaQuery q = table.query();
            return new SlaJson(q.from(), q.to(), q.groupBy().parameter(), q.procedure(), q.agency(), q.channel(),
                    table.rows(), table.total());
        }
    }

    private final SlaParameters parameters;
    private final SlaReport sla;
    private final SlaDossiers slaDossiers;
    private final SlaExports exports;
    private final ReductionReport reduction;

    ReportApiController(SlaParameters parameters, SlaReport sla, SlaDossiers slaDossiers, SlaExports exports,
                        ReductionReport reduction) {
        this.parameters = parameters;
        this.sla = sla;
        this.slaDossiers = slaDossiers;
        this.exports = exports;
        this.reduction = reduction;
    }

    @GetMapping("/sla")
    ResponseEntity<?> sla(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String groupBy,
                          @RequestParam(required = false) String procedure,
                          @RequestParam(required = false) String agency,
                          @RequestParam(required = false) String channel,
                          @RequestParam(required = false) String format, Locale locale) {
        SlaReport.Table table = sla.report(parameters.query(from, to, groupBy, procedure, agency, channel));
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(SlaJson.of(table));
        }
        String file = "sla-" + table.query().from() + "-" + table.query().to();
        return switch (format) {
            case "csv" -> download(exports.csv(table, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
                    file + ".csv");
            case "xlsx" -> download(exports.xlsx(table, locale), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), file + ".xlsx");
            case "pdf" -> download(exports.pdf(table, locale), MediaType.APPLICATION_PDF, file + ".pdf");
            default -> throw new InvalidInputException("format", "error.report.format");
        };
    }

    /** A drill-down: a page of the dossiers behind one figure; its total is the figure. */
    @GetMapping("/sla/dossiers")
    ResultPage<SlaDossiers.Line> slaDossiers(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) String figure,
                                             @RequestParam(required = false) String procedure,
                                             @RequestParam(required = false) String agency,
                                             @RequestParam(required = false) String channel,
                                             @RequestParam(required = false) String page,
                                             @RequestParam(required = false) String size) {
        SlaFigure which = SlaFigure.fromParameter(figure)
                .orElseThrow(() -> new InvalidInputException("figure", "error.report.figure"));
        SlaQuery query = parameters.query(from, to, null, procedure, agency, channel);
        return slaDossiers.page(query, which, PageRequest.of(page, size));
    }

    @GetMapping("/reduction")
    ReductionReport.Comparison reduction(@RequestParam(required = false) String procedure) {
        return reduction.of(parameters.knownProcedure(procedure));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
