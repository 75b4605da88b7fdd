package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.reporting.GroupBy;
import vn.motcua.reporting.Indicators766;
import vn.motcua.reporting.ReductionReport;
import vn.motcua.reporting.SlaDossiers;
import vn.motcua.reporting.SlaFigure;
import vn.motcua.reporting.SlaFigures;
import vn.motcua.reporting.SlaParameters;
import vn.motcua.reporting.SlaQuery;
import vn.motcua.reporting.SlaReport;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.Pager;

/** The auditors' report pages. Every count links to the list of dossiers behind it. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class ReportPageController {

    /** A cell of the page's table: the value and, for a count, the address of its drill-down. */
    record Cell(Object value, String link) {
    }

    /** A row of the page's table. */
    record Line(String group, String label, List<Cell> cells) {
    }

    private final SlaParameters parameters;
    private final SlaReport sla;
    private final SlaDossiers slaDossiers;
    private final ReductionReport reduction;
    private final Indicators766 indicators;
    private final ProcedureCatalog catalog;
    private final SlaGroupLabels groupLabels;
    private final MessageSource messages;
    private final ProvinceClock clock;

    ReportPageController(SlaParameters parameters, SlaReport sla, SlaDossiers slaDossiers, ReductionReport reduction,
                         Indicators766 indicators, ProcedureCatalog catalog, SlaGroupLabels groupLabels,
                         MessageSource messages, ProvinceClock clock) {
        this.parameters = parameters;
        this.sla = sla;
        this.slaDossiers = slaDossiers;
        this.reduction = reduction;
        this.indicators = indicators;
        this.catalog = catalog;
        this.groupLabels = groupLabels;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String sla(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String groupBy, @RequestParam(required = false) String procedure,
               @RequestParam(required = false) String agency, @RequestParam(required = false) String channel,
               Locale locale, Model model) {
        LocalDate today = clock.now().toLocalDate();
        SlaQuery query = parameters.query(from == null ? today.withDayOfYear(1).toString() : from,
                to == null ? today.toString() : to, groupBy, procedure, agency, channel);
        SlaReport.Table table = sla.report(query);
        List<Line> lines = new ArrayList<>();
        for (SlaFigures row : table.rows()) {
            SlaQuery narrowed = query.narrowedTo(query.groupBy(), row.group());
            lines.add(new Line(row.group(), groupLabels.of(query.groupBy(), row.group(), locale), cells(row, narrowed)));
        }
        Line total = new Line("TOTAL", messages.getMessage("report.sla.total", null, locale),
                cells(table.total(), query.narrowedTo(GroupBy.TOTAL, null)));
        model.addAttribute("query", query);
        model.addAttribute("columns", SlaColumn.values());
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("groupByOptions", List.of("procedure", "agency", "channel", "month"));
        model.addAttribute("exportLink", exportLink(query));
        model.addAttribute("chartGroups", chartByGroup(table, lines));
        model.addAttribute("chartTrend", trend(query));
        return "reports/sla";
    }

    @GetMapping("/sla/dossiers")
    String slaDossiers(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String figure, @RequestParam(required = false) String procedure,
                       @RequestParam(required = false) String agency, @RequestParam(required = false) String channel,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                       HttpServletRequest request, Locale locale, Model model) {
        SlaFigure which = SlaFigure.fromParameter(figure)
                .orElseThrow(() -> new InvalidInputException("figure", "error.report.figure"));
        SlaQuery query = parameters.query(from, to, null, procedure, agency, channel);
        ResultPage<SlaDossiers.Line> dossiers = slaDossiers.page(query, which, PageRequest.of(page, size));
        model.addAttribute("query", query);
        model.addAttribute("figure", which);
        model.addAttribute("dossiers", dossiers.items());
        model.addAttribute("pager", Pager.of(dossiers, request));
        // the list carries the national status code; the page shows its name
        model.addAttribute("statusLabels", Arrays.stream(DossierStatus.values())
                .collect(Collectors.toMap(DossierStatus::code, status -> status.label(locale))));
        return "reports/sla-dossiers";
    }

    @GetMapping("/reduction")
    String reduction(@RequestParam(required = false) String procedure, Model model) {
        List<Procedure> all = catalog.all();
        String code = procedure == null || procedure.isBlank()
                ? all.stream().filter(p -> p.versions().size() > 1).map(Procedure::code).findFirst()
                        .orElse(all.get(0).code())
                : parameters.knownProcedure(procedure);
        model.addAttribute("procedures", all);
        model.addAttribute("report", reduction.of(code));
        return "reports/reduction";
    }

    @GetMapping("/indicators")
    String indicators(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model) {
        LocalDate today = clock.now().toLocalDate();
        SlaQuery query = parameters.query(from == null ? today.withDayOfYear(1).toString() : from,
                to == null ? today.toString() : to, null, null, null, null);
        model.addAttribute("query", query);
        model.addAttribute("indicators", indicators.of(query));
        return "reports/indicators";
    }

    /** A refused parameter shows the reason on a 400 page instead of a report. */
    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("field", e.field());
        model.addAttribute("message", messages.getMessage(e.messageKey(), e.arguments(), locale));
        return "reports/refused";
    }

    private List<Cell> cells(SlaFigures figures, SlaQuery narrowed) {
        List<Cell> cells = new ArrayList<>();
        for (SlaColumn column : SlaColumn.values()) {
            Object value = column.of(figures);
            cells.add(new Cell(value, column.figure() == null ? null : drillDown(narrowed, column.figure())));
        }
        return cells;
    }

    private static String drillDown(SlaQuery q, SlaFigure figure) {
        return withFilters(UriComponentsBuilder.fromPath("/reports/sla/dossiers"), q)
                .queryParam("figure", figure.parameter()).build().encode().toUriString();
    }

    private static String exportLink(SlaQuery q) {
        return withFilters(UriComponentsBuilder.fromPath("/api/reports/sla"), q)
                .queryParam("groupBy", q.groupBy().parameter()).build().encode().toUriString();
    }

    private static UriComponentsBuilder withFilters(UriComponentsBuilder uri, SlaQuery q) {
        uri.queryParam("from", q.from()).queryParam("to", q.to());
        if (q.procedure() != null) {
            uri.queryParam("procedure", q.procedure());
        }
        if (q.agency() != null) {
            uri.queryParam("agency", q.agency());
        }
        if (q.channel() != null) {
            uri.queryParam("channel", q.channel());
        }
        return uri;
    }


    private static Map<String, Object> chartByGroup(SlaReport.Table table, List<Line> lines) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", lines.stream().map(Line::label).toList());
        chart.put("early", table.rows().stream().map(SlaFigures::early).toList());
        chart.put("onTime", table.rows().stream().map(SlaFigures::onTime).toList());
        chart.put("late", table.rows().stream().map(SlaFigures::late).toList());
        return chart;
    }

    private Map<String, Object> trend(SlaQuery query) {
        SlaReport.Table months = query.groupBy() == GroupBy.MONTH ? sla.report(query)
                : sla.report(new SlaQuery(query.from(), query.to(), GroupBy.MONTH, query.procedure(), query.agency(),
                        query.channel()));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", months.rows().stream().map(SlaFigures::group).toList());
        chart.put("onTimeRate", months.rows().stream().map(SlaFigures::onTimeRate).toList());
        return chart;
    }
}
