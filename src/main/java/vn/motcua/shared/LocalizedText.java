package vn.motcua.shared;

import java.util.Locale;

/** A text in Vietnamese (the first language) and English. */
public record LocalizedText(String vi, String en) {

    /** The first language: of the pages by default, of official documents and of the audit trail. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : vi;
    }
}
