package vn.motcua.procedure.validation;

import java.util.List;

/**
 * One thing wrong with a model: the element at fault (null for the file as a whole), the rule it
 * breaks (e.g. {@code security.scriptTask}) and the values its message names. The message itself is
 * {@code model.rule.<rule>} in the analysts' bundle, in the reader's language.
 */
public record ModelFinding(String elementId, String rule, List<String> arguments) {

    public ModelFinding {
        arguments = List.copyOf(arguments);
    }

    static ModelFinding of(String elementId, String rule, Object... arguments) {
        return new ModelFinding(elementId, rule, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String messageKey() {
        return "model.rule." + rule;
    }
}
