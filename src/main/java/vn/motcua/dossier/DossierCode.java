package vn.motcua.dossier;

import java.util.regex.Pattern;

/** The national dossier code format {@code {agency code}-{yyMMdd}-{NNNN}}. */
public final class DossierCode {

    public static final Pattern FORMAT = Pattern.compile("^[A-Z0-9]{2,12}-\\d{6}-\\d{4,}$");

    private DossierCode() {
    }

    /** The receiving agency, which every code starts with. */
    public static String agencyOf(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a dossier code: " + code);
        }
        return code.substring(0, code.indexOf('-'));
    }
}
