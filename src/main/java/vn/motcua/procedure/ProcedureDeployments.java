package vn.motcua.procedure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Service;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/** New versions of a catalogued procedure. Dossiers already running keep their version. */
@Service
public class ProcedureDeployments {

    private final ProcedureCatalog catalog;
    private final ProcessDeployer deployer;
    private final ProvinceClock clock;

    ProcedureDeployments(ProcedureCatalog catalog, ProcessDeployer deployer, ProvinceClock clock) {
        this.catalog = catalog;
        this.deployer = deployer;
        this.clock = clock;
    }

    /** Deploys the model as the procedure's new version, in force from today, and answers it. */
    public ProcedureVersion deployNewVersion(String procedureCode, String bpmnXml, String changeNote) {
        Procedure procedure = catalog.find(procedureCode)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", procedureCode));
        String note = InputRules.required(changeNote, "changeNote", 1000);
        List<ProcedureVersion> recorded = deployer.deploy(procedure.code(), procedure.processKey(),
                procedure.processKey() + ".bpmn", bpmnXml.getBytes(StandardCharsets.UTF_8), note,
                clock.now().toLocalDate());
        if (recorded.isEmpty()) {
            throw new InvalidInputException("bpmn", "error.procedure.unchanged");
        }
        return recorded.get(recorded.size() - 1);
    }
}
