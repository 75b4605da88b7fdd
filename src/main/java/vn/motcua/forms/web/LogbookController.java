package vn.motcua.forms.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.forms.Logbook;
import vn.motcua.forms.LogbookSheet;
import vn.motcua.forms.LogbookWorkbook;
import vn.motcua.shared.InvalidInputException;

/** The logbook's stable address: {@code /api/logbook?agency=XPV&from=2026-12-01&to=2026-12-31&format=pdf|xlsx}. */
@RestController
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class LogbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Logbook logbook;
    private final LogbookWorkbook workbook;

    LogbookController(Logbook logbook, LogbookWorkbook workbook) {
        this.logbook = logbook;
        this.workbook = workbook;
    }

    @GetMapping("/api/logbook")
    ResponseEntity<byte[]> logbook(@RequestParam(required = false) String agency,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(defaultValue = "pdf") String format) {
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            throw new InvalidInputException("format", "error.logbook.format");
        }
        LogbookSheet book = logbook.sheet(agency, from, to);
        boolean pdf = format.equals("pdf");
        String filename = "so-theo-doi-" + book.agency().code() + "-" + book.from() + "-" + book.to() + "." + format;
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(pdf ? logbook.pdf(book) : workbook.xlsx(book));
    }
}
