package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Dossier;

/** The logbook as an .xlsx spreadsheet: one header row, one row per dossier, dates as real dates. */
@Component
public class LogbookWorkbook {

    /** Column headings, by message key, in column order. */
    static final List<String> COLUMNS = List.of("forms.column.number", "forms.logbook.code",
            "forms.logbook.procedure", "forms.logbook.applicant", "forms.logbook.contact", "forms.logbook.channel",
            "forms.logbook.receivedAt", "forms.logbook.dueAt", "forms.logbook.resolvedAt",
            "forms.logbook.returnedAt", "forms.logbook.status", "forms.logbook.result");

    private final MessageSource messages;

    LogbookWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(LogbookSheet book) {
        Locale vi = OfficialForms.FORM_LANGUAGE;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(book.agency().code() + " " + book.from() + " " + book.to()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(COLUMNS.get(c), null, vi));
                header.getCell(c).setCellStyle(bold);
            }
            for (LogbookSheet.Line line : book.lines()) {
                Dossier d = line.dossier();
                Row row = sheet.createRow(line.number());
                row.createCell(0).setCellValue(line.number());
                row.createCell(1).setCellValue(d.code());
                row.createCell(2).setCellValue(line.procedureName().vi());
                row.createCell(3).setCellValue(d.applicant().fullName());
                row.createCell(4).setCellValue(line.contact());
                row.createCell(5).setCellValue(messages.getMessage("forms.channel." + d.channel(), null, vi));
                time(row, 6, d.receivedAt(), date);
                time(row, 7, d.appointmentAt(), date);
                time(row, 8, d.resolvedAt(), date);
                time(row, 9, d.returnedAt(), date);
                row.createCell(10).setCellValue(d.status().labelVi());
                row.createCell(11).setCellValue(d.timeliness() == null ? ""
                        : messages.getMessage("forms.timeliness." + d.timeliness(), null, vi));
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, c == 2 || c == 3 || c == 4 ? 40 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void time(Row row, int column, LocalDateTime value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
