package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.agency.Province;
import vn.motcua.reporting.GroupBy;
import vn.motcua.reporting.SlaFigures;
import vn.motcua.reporting.SlaQuery;
import vn.motcua.reporting.SlaReport;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.web.Csv;
import vn.motcua.shared.web.HtmlToPdf;

/**
 * The SLA report as CSV, XLSX and PDF: the same rows and columns as the JSON and the page,
 * headed by the period and filters, with the total row last; the PDF is a formal report.
 */
@Component
class SlaExports {

    private final MessageSource messages;
    private final SlaGroupLabels labels;
    private final ITemplateEngine templates;
    private final Province province;
    private final ProvinceClock clock;

    SlaExports(MessageSource messages, SlaGroupLabels labels, ITemplateEngine templates, Province province,
               ProvinceClock clock) {
        this.messages = messages;
        this.labels = labels;
        this.templates = templates;
        this.province = province;
        this.clock = clock;
    }

    byte[] csv(SlaReport.Table table, Locale locale) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        for (List<String> line : lines(table, locale)) {
            out.append(String.join(",", line.stream().map(Csv::field).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(SlaReport.Table table, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SLA");
            sheet.createRow(0).createCell(0).setCellValue(title(table, locale));
            Row header = sheet.createRow(2);
            List<String> names = headers(table, locale);
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            int rowIndex = 3;
            for (SlaFigures figures : rowsWithTotal(table)) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(labels.of(table.query().groupBy(), figures.group(), locale));
                SlaColumn[] columns = SlaColumn.values();
                for (int i = 0; i < columns.length; i++) {
                    Object value = columns[i].of(figures);
                    Cell cell = row.createCell(i + 1);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A formal report (reports/sla-pdf): the province's committee and the national heading, title,
     * period and filters, the table, when it was generated in province time, and the signatures.
     */
    byte[] pdf(SlaReport.Table table, Locale locale) {
        List<List<String>> lines = lines(table, locale);
        SlaQuery q = table.query();
        Map<String, Object> variables = Map.of("province", province, "query", q, "generatedAt", clock.now(),
                "filters", messages.getMessage("report.pdf.filters", new Object[] {labels.filter(GroupBy.PROCEDURE, q.procedure(), locale),
                        labels.filter(GroupBy.AGENCY, q.agency(), locale), labels.filter(GroupBy.CHANNEL, q.channel(), locale)}, locale),
                "header", lines.get(1), "lines", lines.subList(2, lines.size()));
        return HtmlToPdf.render(templates.process("reports/sla-pdf", new Context(locale, variables)));
    }

    /** Title, header, then a line per row and the total: what CSV and PDF print. */
    private List<List<String>> lines(SlaReport.Table table, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(title(table, locale)));
        lines.add(headers(table, locale));
        for (SlaFigures figures : rowsWithTotal(table)) {
            List<String> line = new ArrayList<>();
            line.add(labels.of(table.query().groupBy(), figures.group(), locale));
            for (SlaColumn column : SlaColumn.values()) {
                Object value = column.of(figures);
                line.add(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            lines.add(line);
        }
        return lines;
    }

    private List<String> headers(SlaReport.Table table, Locale locale) {
        List<String> names = new ArrayList<>();
        names.add(messages.getMessage("report.sla.groupBy." + table.query().groupBy().parameter(), null, locale));
        for (SlaColumn column : SlaColumn.values()) {
            names.add(messages.getMessage(column.messageKey(), null, locale));
        }
        return names;
    }

    private String title(SlaReport.Table table, Locale locale) {
        var q = table.query();
        return messages.getMessage("report.sla.exportTitle", new Object[] {q.from(), q.to(),
                labels.filter(GroupBy.PROCEDURE, q.procedure(), locale), labels.filter(GroupBy.AGENCY, q.agency(), locale), labels.filter(GroupBy.CHANNEL, q.channel(), locale)}, locale);
    }


    private static List<SlaFigures> rowsWithTotal(SlaReport.Table table) {
        List<SlaFigures> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        return rows;
    }
}
