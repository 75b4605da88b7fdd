package vn.motcua.procedure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.procedure.Procedure;

/** The fee of a procedure.yml: amount, fee code and beneficiary account, checked like the other fields. */
class ProcedureFileFeeTest {

    @Test
    void aChargingProcedureCarriesItsFeeCodeAndAccount() throws IOException {
        Procedure procedure = read("""
                amountVnd: 75000
                  code: "LPXD-NORL"
                  beneficiaryAccount: "3511.0.1058547.00000"
                """).metadata();

        assertThat(procedure.chargesFee()).isTrue();
        assertThat(procedure.feeVnd()).isEqualTo(75_000);
        assertThat(procedure.feeCode()).isEqualTo("LPXD-NORL");
        assertThat(procedure.feeAccount()).isEqualTo("3511.0.1058547.00000");
    }

    @Test
    void aFreeProcedureHasNeitherCodeNorAccount() throws IOException {
        Procedure procedure = read("amountVnd: 0\n").metadata();

        assertThat(procedure.chargesFee()).isFalse();
        assertThat(procedure.feeCode()).isNull();
        assertThat(procedure.feeAccount()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no fee code | amountVnd: 75000\\n  beneficiaryAccount: \"3511000\" | missing fee.code",
            "no account | amountVnd: 75000\\n  code: \"LPXD\" | missing fee.beneficiaryAccount",
            "a code with spaces | amountVnd: 75000\\n  code: \"LP XD\"\\n  beneficiaryAccount: \"3511000\" | fee.code must match",
            "an account too short | amountVnd: 75000\\n  code: \"LPXD\"\\n  beneficiaryAccount: \"351\" | fee.beneficiaryAccount must match",
            "an account on a free procedure | amountVnd: 0\\n  beneficiaryAccount: \"3511000\" | fee.beneficiaryAccount is given but fee.amountVnd is 0",
            "a negative amount | amountVnd: -1 | fee.amountVnd must be between 0",
            "an amount with đồng fractions | amountVnd: 75000.5\\n  code: \"LPXD\"\\n  beneficiaryAccount: \"3511000\" | whole number",
            "an amount in words | amountVnd: \"75 nghìn\" | whole number",
            "an amount beyond any fee | amountVnd: 75000000000\\n  code: \"LPXD\"\\n  beneficiaryAccount: \"3511000\" | must be between 0"})
    void aBadFeeIsRefusedNamingTheField(String why, String fee, String message) {
        assertThatThrownBy(() -> read(fee.replace("\\n", "\n"))).as(why)
                .isInstanceOf(IOException.class).hasMessageContaining("procedure.yml").hasMessageContaining(message);
    }

    private static ProcedureFile read(String feeLines) throws IOException {
        String yaml = """
                code: "XD.0001"
                processKey: houseConstructionPermit
                name: {vi: "Cấp giấy phép xây dựng", en: "Construction permit"}
                field: {vi: "Xây dựng", en: "Construction"}
                responsibleAgency: {vi: "UBND xã", en: "Commune"}
                receivingLevel: COMMUNE
                onlineLevel: PARTIAL
                fee:
                  %s  note: {vi: "Lệ phí", en: "Fee"}
                requiredDocuments:
                  - {vi: "Đơn", en: "Form"}
                versions:
                  - {file: house-construction-permit.bpmn, effectiveFrom: 2025-07-01}
                """.formatted(feeLines.endsWith("\n") ? feeLines : feeLines + "\n");
        return ProcedureFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "procedure.yml");
    }
}
