package vn.motcua.agency;

import java.util.Locale;

public record Agency(String code, String parentCode, AgencyKind kind, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
