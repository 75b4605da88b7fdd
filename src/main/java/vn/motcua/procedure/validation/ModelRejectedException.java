package vn.motcua.procedure.validation;

import java.util.List;

/** A model that breaks validation rules: nothing of it was deployed (HTTP 422 with the findings). */
public class ModelRejectedException extends RuntimeException {

    private final transient List<ModelFinding> findings;

    public ModelRejectedException(List<ModelFinding> findings) {
        super("model rejected: " + findings.stream().map(ModelFinding::rule).distinct().toList());
        this.findings = List.copyOf(findings);
    }

    public List<ModelFinding> findings() {
        return findings;
    }
}
