package vn.motcua.shared.web;

/** CSV fields for exports that auditors open in spreadsheet programs. */
public final class Csv {

    /** Written first, so that spreadsheet programs read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /**
     * One field, quoted when it must be; a leading =, +, - or @ is defused with an apostrophe,
     * since a spreadsheet would run it as a formula (CSV injection).
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("(?s)^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
