package vn.motcua.deadline;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;

/**
 * The checks on an override an administrator enters. Each refusal names the field (for the API,
 * e.g. {@code overrides[2].legalBasis}) and, in the message, the field's label in the reader's
 * language ("Căn cứ pháp lý"), not its code name.
 */
final class OverrideInput {

    static final int NAME_LENGTH = 200;
    static final int LEGAL_BASIS_LENGTH = 300;

    private OverrideInput() {
    }

    /** The entry with its texts trimmed; refused unless it is complete and its day in the year. */
    static CalendarOverride checked(CalendarOverride entry, int year, String fieldPrefix) {
        if (entry.date() == null) {
            throw refused(fieldPrefix, "date", "error.calendar.required");
        }
        if (entry.date().getYear() != year) {
            throw new InvalidInputException(fieldPrefix + "date", "error.calendar.dateOutsideYear", year);
        }
        if (entry.kind() == null) {
            throw refused(fieldPrefix, "kind", "error.calendar.required");
        }
        return new CalendarOverride(entry.date(), entry.kind(),
                text(entry.nameVi(), fieldPrefix, "nameVi", NAME_LENGTH),
                text(entry.nameEn(), fieldPrefix, "nameEn", NAME_LENGTH),
                text(entry.legalBasis(), fieldPrefix, "legalBasis", LEGAL_BASIS_LENGTH));
    }

    private static String text(String value, String fieldPrefix, String field, int maxLength) {
        String text;
        try {
            text = InputRules.optional(value, fieldPrefix + field, maxLength);
        } catch (InvalidInputException e) {
            throw refused(fieldPrefix, field, "error.calendar.text", maxLength);
        }
        if (text == null) {
            throw refused(fieldPrefix, field, "error.calendar.required");
        }
        return text;
    }

    /** Refused, the message naming the field by its label ({@code calendar.field.*}). */
    static InvalidInputException refused(String fieldPrefix, String field, String messageKey, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = new DefaultMessageSourceResolvable(new String[] {"calendar.field." + field}, field);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new InvalidInputException(fieldPrefix + field, messageKey, arguments);
    }
}
