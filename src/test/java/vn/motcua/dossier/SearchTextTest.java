package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.shared.InvalidInputException;

/** How names, codes and the search box's text are compared (ADR 0020). */
class SearchTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Nguyễn Văn Bình, nguyen van binh",
            "NGUYỄN  VĂN   BÌNH , nguyen van binh",
            "Đặng Thị Đào, dang thi dao",
            "đặng thị đào, dang thi dao",
            "Trương Hữu Ưng, truong huu ung",
            "XPV-261216-0001, xpv 261216 0001",
            "O'Brien-Lê, o brien le",
            "'...', ''"})
    void textIsComparedWithoutDiacriticsCaseOrPunctuation(String text, String normalized) {
        assertThat(SearchText.normalized(text)).isEqualTo(normalized);
    }

    @Test
    void decomposedInputIsTheSameAsComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Văn Bình", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Văn Bình");
        assertThat(SearchText.normalized(decomposed)).isEqualTo("nguyen van binh");
    }

    @Test
    void aDossierIsFoundFromTheStartOfAnyWordOfTheNameAndByItsCode() {
        assertThat(SearchText.terms("XPV-261216-0001", "Nguyễn Văn Bình"))
                .containsExactly("nguyen van binh", "van binh", "binh", "xpv 261216 0001");
    }

    @Test
    void aHostileNameStoresABoundedNumberOfTerms() {
        assertThat(SearchText.terms("XPV-261216-0001", "a ".repeat(100)))
                .hasSize(SearchText.MAX_TERMS + 1);
        assertThat(SearchText.normalized("ắ".repeat(300))).hasSize(SearchText.MAX_LENGTH);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "0912345678, PHONE, 0912345678",
            "0912 345 678, PHONE, 0912345678",
            "+84912345678, PHONE, 0912345678",
            "079201012345, ID_NUMBER, 079201012345",
            "123456789, ID_NUMBER, 123456789",
            "b1234567, ID_NUMBER, B1234567",
            "nguyen van binh, TEXT, nguyen van binh",
            "Bình, TEXT, binh",
            "XPV-261216-0001, TEXT, xpv 261216 0001",
            "xpv-2612, TEXT, xpv 2612"})
    void theSearchBoxIsToldApartByItsShape(String query, DossierSearch.Kind kind, String first) {
        DossierSearch search = DossierSearch.of(query);
        assertThat(search.kind()).isEqualTo(kind);
        assertThat(search.values().get(0)).isEqualTo(first);
    }

    @Test
    void aPhoneNumberIsSearchedInBothTheFormsItMayBeStoredIn() {
        assertThat(DossierSearch.of("+84 912 345 678").values()).containsExactly("0912345678", "+84912345678");
    }

    @Test
    void anEmptyQueryIsNoSearchAndAnUnusableOneIsRefusedNamingTheField() {
        assertThat(DossierSearch.of("  ")).isNull();
        assertThatThrownBy(() -> DossierSearch.of("%_!"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> DossierSearch.of("a".repeat(101)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }
}
