package vn.motcua.dossier;

import java.util.List;

/**
 * The search terms the application stores with a dossier ({@link SearchText}, package-private),
 * for benchmarks that write dossier rows in bulk and must write their terms as intake would.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static List<String> of(String code, String applicantName) {
        return SearchText.terms(code, applicantName);
    }
}
