package vn.motcua.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.dossier.AgencyDossiers;
import vn.motcua.dossier.Dossier;
import vn.motcua.issuance.IssueRequest;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
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
    private final DocumentIssuer issuer;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    Logbook(AgencyDossiers dossiers, AgencyDirectory agencies, ProcedureCatalog catalog, ProvinceClock clock,
            DocumentIssuer issuer, CurrentUser currentUser, MessageSource messages) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.catalog = catalog;
        this.clock = clock;
        this.issuer = issuer;
        this.currentUser = currentUser;
        this.messages = messages;
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

    /** The logbook as issued: every printing is a document of its own, signed by whoever prints it. */
    public byte[] pdf(LogbookSheet sheet) {
        IssueRequest request = new IssueRequest("07", messages.getMessage("forms.name.07", null,
                OfficialForms.FORM_LANGUAGE), null, null, null, null,
                sheet.agency().code() + ":" + sheet.from() + ":" + sheet.to() + ":" + sheet.printedAt(),
                currentUser.get().username(), sheet.printedAt());
        return issuer.issue(request, "forms/form-07", Map.of("book", sheet));
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
