package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void theDaysNumberHasFourDigitsThenALetterSayingHowManyMoreFollow() {
        assertThat(DossierCode.number(1)).isEqualTo("0001");
        assertThat(DossierCode.number(9_999)).isEqualTo("9999");
        assertThat(DossierCode.number(10_000)).isEqualTo("A10000");
        assertThat(DossierCode.number(99_999)).isEqualTo("A99999");
        assertThat(DossierCode.number(100_000)).isEqualTo("B100000");
        assertThat(DossierCode.number(Integer.MAX_VALUE)).isEqualTo("F2147483647");
        assertThatThrownBy(() -> DossierCode.number(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesOfOneDaySortAsTextInTheOrderTheyWereGiven() {
        List<String> inOrder = IntStream.of(1, 2, 999, 9_998, 9_999, 10_000, 10_001, 99_999, 100_000, 1_000_000)
                .mapToObj(n -> "XPV-261208-" + DossierCode.number(n)).toList();
        assertThat(inOrder).isSorted();
    }

    @Test
    void everyCodeParsesAndTheLongestFitsTheColumn() {
        String longest = "ABCDEFGHIJKL-261208-" + DossierCode.number(Integer.MAX_VALUE);
        assertThat(DossierCode.agencyOf(longest)).isEqualTo("ABCDEFGHIJKL");
        assertThat(longest).as("dossier.code is VARCHAR(40)").hasSizeLessThanOrEqualTo(40);
        assertThat(DossierCode.agencyOf("XPV-261208-A10000")).isEqualTo("XPV");
        assertThat(DossierCode.agencyOf("XPV-261208-10000")).as("written before the letter").isEqualTo("XPV");
        assertThatThrownBy(() -> DossierCode.agencyOf("XPV-261208-A1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DossierCode.agencyOf("XPV-261208-123")).isInstanceOf(IllegalArgumentException.class);
    }
}
