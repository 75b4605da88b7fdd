package vn.motcua.procedure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.procedure.validation.EvasionModels.Evasion;

/**
 * Every evasion variant, with either payload, is refused by the validator with a security finding;
 * the model they all change validates clean, so the finding is the payload's. The same variants run
 * in an engine without the validator in {@code EvasionEngineTest}.
 */
class EvasionValidationTest {

    static Stream<Arguments> variants() {
        return EvasionModels.all().stream().flatMap(evasion -> Stream.of(EvasionModels.CALL, EvasionModels.PROPERTY)
                .map(payload -> Arguments.of(evasion, payload)));
    }

    static List<String> rules(String xml) {
        return ModelValidation.check(xml.getBytes(StandardCharsets.UTF_8), ModelValidationTest.AGENCIES,
                Optional.empty()).stream().map(ModelFinding::rule).toList();
    }

    @Test
    void theModelTheVariantsChangeValidatesClean() {
        assertThat(rules(EvasionModels.harmless())).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("variants")
    void everyVariantIsRefusedWithASecurityFinding(Evasion evasion, String payload) {
        assertThat(rules(evasion.model().apply(payload)))
                .as("findings for %s", evasion.name())
                .anyMatch(rule -> rule.startsWith("security.") || rule.equals("serviceTask.delegate"));
    }

    @Test
    void theReportedCommentEvasionIsAMethodCall() {
        String xml = new EvasionModels.Template()
                .condition("$<!-- -->{jdbcTemplate.update(\"UPDATE app_user SET roles = 'ADMIN'\") >= 0"
                        + " and outcome == 'approve'}").xml();
        assertThat(rules(xml)).containsExactly("security.methodCall");
    }

    @Test
    void conditionsOfTheGrammarPass() {
        for (String condition : List.of("${outcome == 'approve'}", "${outcome != 'reject' and not empty agencyCode}",
                "${(outcome == 'forward') or outcome eq 'returnToPrevious'}", " \n ${outcome == 'approve'} ")) {
            assertThat(rules(new EvasionModels.Template().condition(condition).xml())).as(condition).isEmpty();
        }
    }

    @Test
    void namesAndWordsOutsideTheVocabularyAreRefusedByName() {
        assertThat(rules(new EvasionModels.Template().condition("${execution == null}").xml()))
                .containsExactly("security.unknownName");
        assertThat(rules(new EvasionModels.Template().condition("${outcome == 'pwned'}").xml()))
                .containsExactly("security.unknownWord");
        assertThat(rules(new EvasionModels.Template().condition("${execution.processEngine != null}").xml()))
                .containsExactly("security.propertyAccess");
    }
}
