package vn.motcua.dossier;

import java.util.List;
import java.util.regex.Pattern;

import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;

/**
 * What the one search box was given, told apart by its shape (docs/clerks.md): a phone number
 * (10 or 11 digits from 0 or +84), an ID number (9 or 12 digits, or a passport number), or else
 * the start of words of the applicant's name or of the dossier code. The shapes do not overlap:
 * a code starts with its agency's letters, a phone number has neither 9 nor 12 digits.
 */
record DossierSearch(Kind kind, List<String> values) {

    enum Kind { TEXT, ID_NUMBER, PHONE }

    static final String FIELD = "q";
    static final int MAX_LENGTH = 100;
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)([0-9]{9,10})$");
    private static final Pattern SEPARATORS = Pattern.compile("[ .-]");

    /** None for no query; refused, naming {@value #FIELD}, when too long or with nothing to search by. */
    static DossierSearch of(String query) {
        String given = InputRules.optional(query, FIELD, MAX_LENGTH);
        if (given == null) {
            return null;
        }
        String compact = SEPARATORS.matcher(given).replaceAll("").toUpperCase();
        var phone = PHONE.matcher(compact);
        if (phone.matches()) {
            // stored as typed at intake: either form of the same number
            return new DossierSearch(Kind.PHONE, List.of("0" + phone.group(2), "+84" + phone.group(2)));
        }
        if (DossierIntake.ID_NUMBER.matcher(compact).matches()) {
            return new DossierSearch(Kind.ID_NUMBER, List.of(compact));
        }
        String words = SearchText.normalized(given);
        if (words.isEmpty()) {
            throw new InvalidInputException(FIELD, "error.dossier.search.nothing");
        }
        return new DossierSearch(Kind.TEXT, List.of(words));
    }
}
