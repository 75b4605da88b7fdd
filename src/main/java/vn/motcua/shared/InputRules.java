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

    /**
     * The trimmed text, refused with the caller's own message, one that names the field in words
     * ("Họ và tên là bắt buộc, tối đa 200 ký tự"), when missing, blank, too long or unstorable.
     */
    public static String required(String value, String field, int maxLength, String messageKey) {
        try {
            return required(value, field, maxLength);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, messageKey);
        }
    }

    /** The trimmed text, or null when blank; refused when too long or holding control characters. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // checked before trimming: trim() also strips control characters, and a name of one
        // BEL character was stored as an empty name
        if (CONTROL_CHARACTERS.matcher(value).find() || !isStorable(value)) {
            throw new InvalidInputException(field, "error.field.invalid", field);
        }
        String text = value.trim();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "error.field.tooLong", field, maxLength);
        }
        return text;
    }

    /**
     * Whether the text can be stored and printed: no NUL (PostgreSQL refuses it), no unpaired
     * surrogate (no character at all) and no non-character (U+FDD0–U+FDEF and the last two code
     * points of every plane, U+FFFE/U+FFFF …: reserved for a program's own use, they broke
     * the official PDFs for every dossier of an agency's logbook).
     */
    public static boolean isStorable(String text) {
        // codePoints() yields an unpaired surrogate as a code point of its own
        return text.codePoints().noneMatch(c -> c == 0 || Character.getType(c) == Character.SURROGATE
                || isNonCharacter(c));
    }

    /** The 66 code points Unicode reserves as non-characters. */
    public static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** Refused as invalid, naming the field, unless {@link #isStorable storable}; null passes. */
    public static String storable(String value, String field) {
        if (value != null && !isStorable(value)) {
            throw new InvalidInputException(field, "error.field.invalid", field);
        }
        return value;
    }

    /** The value when it matches the pattern, else refused as malformed. */
    public static String matching(String value, Pattern pattern, String field) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, "error.field.malformed", field);
        }
        return value;
    }
}
