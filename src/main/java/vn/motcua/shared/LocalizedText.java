package vn.motcua.shared;

import java.util.Locale;

/** A text in Vietnamese (the first language) and English. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : vi;
    }
}
