package vn.motcua.tasklist;

import java.util.Arrays;
import java.util.Locale;

import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;

/**
 * The task list's filters and order, as the HTML page and the API take them: dossier code (the
 * steps of one dossier), procedure code, dossier status code, urgency and sort, each optional. A
 * value that is not one of the offered ones is refused naming its parameter.
 */
public record TaskListQuery(String dossier, String procedure, Integer status, Urgency due, Order sort) {

    /** Soonest due first unless the clerk chose otherwise; ties by task, so pages never overlap. */
    public enum Order {
        DUE, RECEIVED, CODE;

        /** The parameter value ({@code due}, {@code received}, {@code code}). */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int CODE_LENGTH = 40;

    public TaskListQuery {
        sort = sort == null ? Order.DUE : sort;
    }

    public static TaskListQuery of(String dossier, String procedure, String status, String due, String sort) {
        String code = InputRules.optional(dossier, "dossier", CODE_LENGTH);
        // dossier codes are upper case (XPV-261216-0001); a clerk types them as they come
        return new TaskListQuery(code == null ? null : code.toUpperCase(Locale.ROOT),
                InputRules.optional(procedure, "procedure", CODE_LENGTH), statusCode(status), urgency(due), order(sort));
    }

    private static Integer statusCode(String value) {
        String code = blankToNull(value);
        try {
            return code == null ? null : Integer.valueOf(code);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("status", "error.field.invalid", "status");
        }
    }

    private static Urgency urgency(String value) {
        String name = blankToNull(value);
        return name == null ? null : Arrays.stream(Urgency.values()).filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("due", "error.field.invalid", "due"));
    }

    private static Order order(String value) {
        String name = blankToNull(value);
        return name == null ? Order.DUE : Arrays.stream(Order.values()).filter(o -> o.parameter().equals(name))
                .findFirst().orElseThrow(() -> new InvalidInputException("sort", "error.field.invalid", "sort"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
