package vn.motcua.procedure.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionGrammarTest {

    @Test
    void theOutcomeAConditionTestsIsReadFromItsSyntaxTreeNotItsSpelling() {
        assertThat(ExpressionGrammar.outcomeTested("${outcome == 'approve'}")).contains("approve");
        assertThat(ExpressionGrammar.outcomeTested("${ ( outcome=='reject' ) }")).contains("reject");
        assertThat(ExpressionGrammar.outcomeTested("${'forward' eq outcome}")).contains("forward");
    }

    @Test
    void aConditionThatIsNoEqualityWithTheOutcomeTestsNoOutcome() {
        assertThat(ExpressionGrammar.outcomeTested("${outcome != 'approve'}")).isEmpty();
        assertThat(ExpressionGrammar.outcomeTested("${agencyCode == 'XPV'}")).isEmpty();
        assertThat(ExpressionGrammar.outcomeTested("${outcome == 'a' and outcome == 'b'}")).isEmpty();
        assertThat(ExpressionGrammar.outcomeTested("outcome == 'approve'")).isEmpty();
    }
}
