package vn.motcua.dossier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the dossier search compares it: without diacritics (đ as d), lower case, words of
 * letters and digits separated by one space. "Nguyễn  Văn Bình" becomes "nguyen van binh", so a
 * clerk may type a name with or without accents, in any case (ADR 0020).
 */
final class SearchText {

    /** The longest term stored, the width of dossier_search_term.term. */
    static final int MAX_LENGTH = 200;
    /**
     * Words of a name from which a term starts. A person's name has two to six; an
     * organisation's a few more; a hostile name of a hundred one-letter words stores no more.
     */
    static final int MAX_TERMS = 20;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The text's comparable form; empty when it has no letter or digit. */
    static String normalized(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_WORD.matcher(unaccented).replaceAll(" ").trim();
        return words.length() <= MAX_LENGTH ? words : words.substring(0, MAX_LENGTH).trim();
    }

    /**
     * What a dossier is found by through the term index: every run of the name's words up to
     * its end ("nguyen van binh", "van binh", "binh"), so a search by the start of any word
     * finds it, and the whole code ("xpv 261216 0001").
     */
    static List<String> terms(String code, String applicantName) {
        List<String> words = Arrays.asList(normalized(applicantName).split(" "));
        List<String> terms = new ArrayList<>();
        for (int first = 0; first < Math.min(words.size(), MAX_TERMS); first++) {
            String term = String.join(" ", words.subList(first, words.size()));
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        String codeTerm = normalized(code);
        if (!terms.contains(codeTerm)) {
            terms.add(codeTerm);
        }
        return terms;
    }
}
