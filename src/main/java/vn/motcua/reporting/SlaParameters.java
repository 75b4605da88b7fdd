package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.springframework.stereotype.Component;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.dossier.Channel;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;

/**
 * Turns report parameters as typed by a user into a checked {@link SlaQuery}: each refusal
 * names its field. Values only ever reach SQL as bind parameters; checking them here gives
 * the user a clear message instead of an empty report.
 */
@Component
public class SlaParameters {

    /** Longer reports are not useful and would read the whole history: five years at most. */
    static final long MAX_DAYS = 5 * 366;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;

    SlaParameters(ProcedureCatalog catalog, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
    }

    public SlaQuery query(String from, String to, String groupBy, String procedure, String agency,
                          String channel) {
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "error.report.toBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException("to", "error.report.rangeTooLong", MAX_DAYS);
        }
        GroupBy by = groupBy == null || groupBy.isBlank() ? GroupBy.PROCEDURE
                : GroupBy.fromParameter(groupBy.trim())
                        .orElseThrow(() -> new InvalidInputException("groupBy", "error.report.groupBy"));
        return new SlaQuery(first, last, by, procedure(procedure), agency(agency), channel(channel));
    }

    /** A procedure code that the catalogue knows (required). */
    public String knownProcedure(String code) {
        String value = InputRules.required(code, "procedure", 20);
        return catalog.find(value).map(p -> p.code())
                .orElseThrow(() -> new InvalidInputException("procedure", "error.procedure.unknown", value));
    }

    private String procedure(String code) {
        return code == null || code.isBlank() ? null : knownProcedure(code);
    }

    private String agency(String code) {
        String value = InputRules.optional(code, "agency", 12);
        if (value != null && !agencies.exists(value)) {
            throw new InvalidInputException("agency", "error.report.agency", value);
        }
        return value;
    }

    private static String channel(String value) {
        String text = InputRules.optional(value, "channel", 10);
        if (text == null) {
            return null;
        }
        return Arrays.stream(Channel.values()).map(Channel::name).filter(text::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new InvalidInputException("channel", "error.report.channel"));
    }

    private static LocalDate date(String value, String field) {
        String text = InputRules.required(value, field, 10);
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(EARLIEST) || day.getYear() > 2100) {
                throw new InvalidInputException(field, "error.report.dateOutOfRange", field);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.report.date", field);
        }
    }
}
