package vn.motcua.dossier;

import java.util.regex.Pattern;

/**
 * The national dossier code format {@code {agency code}-{yyMMdd}-{NNNN}}. The day's number has
 * four digits up to 9,999; past that, a letter saying how many more digits follow comes first
 * ({@code A10000} … {@code A99999}, {@code B100000} …), so that codes of one day still sort in
 * the order they were given, as text, in any database collation (digits sort before letters).
 */
public final class DossierCode {

    /** The widened numbers written before the letter existed ({@code 10000}) still parse. */
    public static final Pattern FORMAT = Pattern.compile("^[A-Z0-9]{2,12}-\\d{6}-(\\d{4,}|[A-Z]\\d{5,})$");

    private static final int PLAIN_DIGITS = 4;
    private static final int LARGEST_PLAIN = 9_999;

    private DossierCode() {
    }

    /** The receiving agency, which every code starts with. */
    public static String agencyOf(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a dossier code: " + code);
        }
        return code.substring(0, code.indexOf('-'));
    }

    /** The day's number as it ends a code: {@code 0042}, {@code 9999}, {@code A10000}. */
    static String number(int dayNumber) {
        if (dayNumber < 1) {
            throw new IllegalArgumentException("Day numbers start at 1: " + dayNumber);
        }
        if (dayNumber <= LARGEST_PLAIN) {
            return String.format("%04d", dayNumber);
        }
        String digits = Integer.toString(dayNumber);
        return (char) ('A' + digits.length() - PLAIN_DIGITS - 1) + digits;
    }
}
