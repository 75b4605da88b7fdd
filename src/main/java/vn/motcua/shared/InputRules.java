package vn.motcua.shared;

import java.util.regex.Pattern;

/**
 * Checks of user input shared by the API and the pages. Each failure names the field and
 * a message key; nothing has been changed when one is thrown.
 */
public final class InputRules {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private InputRules() {
    }

    /** The trimmed text; refused when missing, blank, too long or holding control characters. */
    public static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        return text;
    }

    /** The trimmed text, or null when blank; refused when too long or holding control characters. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "error.field.tooLong", field, maxLength);
        }
        if (CONTROL_CHARACTERS.matcher(text).find()) {
            throw new InvalidInputException(field, "error.field.invalid", field);
        }
        return text;
    }

    /** The value when it matches the pattern, else refused as malformed. */
    public static String matching(String value, Pattern pattern, String field) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, "error.field.malformed", field);
        }
        return value;
    }
}
