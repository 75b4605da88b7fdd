package vn.motcua.procedure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules on files: shipped models pass, foreign and malicious ones are answered with findings. */
class ModelValidationTest {

    static final Set<String> AGENCIES = Set.of("TINH", "STC", "SXD", "SYT", "XPV", "PTH");
    static final Path SHIPPED = Path.of("bpmn");
    static final Path MIWG = Path.of("src/test/resources/bpmn-miwg");

    static Stream<Path> shippedModels() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    static Stream<Path> miwgModels() throws IOException {
        try (Stream<Path> files = Files.list(MIWG)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    static List<ModelFinding> check(byte[] xml) {
        return ModelValidation.check(xml, AGENCIES, Optional.empty());
    }

    static List<String> rules(byte[] xml) {
        return check(xml).stream().map(ModelFinding::rule).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModels")
    void shippedModelsValidateClean(Path file) throws IOException {
        assertThat(check(Files.readAllBytes(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("miwgModels")
    void foreignReferenceModelsAreAnsweredWithFindings(Path file) throws IOException {
        List<ModelFinding> findings = check(Files.readAllBytes(file));
        assertThat(findings).isNotEmpty();
        assertThat(findings).extracting(ModelFinding::rule).doesNotContain("xml.malformed", "xml.notBpmn");
    }

    @Test
    void aFullSizeShippedModelIsFarBelowTheLimits() throws IOException {
        byte[] xml = Files.readAllBytes(SHIPPED.resolve("house-construction-permit/house-construction-permit.bpmn"));
        assertThat(xml.length).isLessThan(SafeXml.MAX_BYTES / 10);
    }
}
