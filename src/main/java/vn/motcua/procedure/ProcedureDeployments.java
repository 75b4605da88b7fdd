package vn.motcua.procedure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Service;
import vn.motcua.procedure.validation.ModelValidation;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * New versions of a catalogued procedure. Every model is validated first: a model with a
 * finding deploys nothing. Dossiers already running keep their version.
 */
@Service
public class ProcedureDeployments {

    private final ProcedureCatalog catalog;
    private final ProcessDeployer deployer;
    private final ModelValidation validation;
    private final ProvinceClock clock;

    ProcedureDeployments(ProcedureCatalog catalog, ProcessDeployer deployer, ModelValidation validation,
                         ProvinceClock clock) {
        this.catalog = catalog;
        this.deployer = deployer;
        this.validation = validation;
        this.clock = clock;
    }

    /** Deploys the model as the procedure's new version, in force from today, and answers it. */
    public ProcedureVersion deployNewVersion(String procedureCode, String bpmnXml, String changeNote) {
        return deployNewVersion(procedureCode, bpmnXml.getBytes(StandardCharsets.UTF_8), changeNote);
    }

    /**
     * As {@link #deployNewVersion(String, String, String)} for the file's bytes (any encoding its
     * XML declaration names). Throws {@code ModelRejectedException} with the findings.
     */
    public ProcedureVersion deployNewVersion(String procedureCode, byte[] bpmn, String changeNote) {
        Procedure procedure = catalog.find(procedureCode)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", procedureCode));
        String note = InputRules.required(changeNote, "changeNote", 1000);
        validation.requireValid(bpmn, procedure.processKey());
        List<ProcedureVersion> recorded = deployer.deploy(procedure.code(), procedure.processKey(),
                procedure.processKey() + ".bpmn", bpmn, note, clock.now().toLocalDate());
        if (recorded.isEmpty()) {
            throw new InvalidInputException("bpmn", "error.procedure.unchanged");
        }
        return recorded.get(recorded.size() - 1);
    }
}
