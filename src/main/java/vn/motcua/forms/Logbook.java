package vn.motcua.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.dossier.AgencyDossiers;
import vn.motcua.dossier.Dossier;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.ProvinceClock;

/**
 * The logbook (form 07, "sổ theo dõi hồ sơ") of one agency for a period, as rows, PDF or
 * spreadsheet. Clerks read their own agency's only (enforced by {@link AgencyDossiers}).
 */
@Service
public class Logbook {

    /** A year at most: longer periods belong to the reports, not to a printable book. */
    static final int MAX_DAYS = 366;

    private final AgencyDossiers dossiers;
    private final AgencyDirectory agencies;
    private final ProcedureCatalog catalog;
    private final ProvinceClock clock;
    private final PdfRenderer pdf;

    Logbook(AgencyDossiers dossiers, AgencyDirectory agencies, ProcedureCatalog catalog, ProvinceClock clock,
            PdfRenderer pdf) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
        this.clock = clock;
        this.pdf = pdf;
    }

    /** The logbook from the request's text parameters; bad ones are refused naming the field. */
    public LogbookSheet sheet(String agencyCode, String from, String to) {
        String code = InputRules.required(agencyCode, "agency", 12);
        Agency agency = agencies.find(code)
                .orElseThrow(() -> new InvalidInputException("agency", "error.agency.unknown", code));
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "error.logbook.toBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException("to", "error.logbook.tooLong", MAX_DAYS);
        }
        List<LogbookSheet.Line> lines = new ArrayList<>();
        for (Dossier dossier : dossiers.receivedBetween(agency.code(), first, last)) {
            LocalizedText procedure = catalog.find(dossier.procedureCode()).map(p -> p.name())
                    .orElse(new LocalizedText(dossier.procedureCode(), dossier.procedureCode()));
            lines.add(new LogbookSheet.Line(lines.size() + 1, dossier, procedure));
        }
        return new LogbookSheet(agency, agencies.find(agency.parentCode()).orElse(null), first, last, clock.now(),
                lines);
    }

    public byte[] pdf(LogbookSheet sheet) {
        return pdf.render("forms/form-07", OfficialForms.FORM_LANGUAGE, Map.of("book", sheet));
    }

    private static LocalDate date(String value, String field) {
        String text = InputRules.required(value, field, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.field.malformed", field);
        }
    }
}
