package vn.motcua.procedure.process;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.procedure.ProcessDeployer;
import vn.motcua.procedure.validation.ModelFinding;
import vn.motcua.procedure.validation.ModelRejectedException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * One deployment per version file, named after the procedure and file, so Camunda's
 * duplicate filtering compares a file with its own previous deployment. Every process
 * definition of the key that the catalogue does not know yet is then recorded with the
 * facts its model declares.
 */
@Component
class CamundaProcessDeployer implements ProcessDeployer {

    private final RepositoryService repository;
    private final ProcedureCatalog catalog;

    CamundaProcessDeployer(RepositoryService repository, ProcedureCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    @Override
    public List<ProcedureVersion> deploy(String procedureCode, String processKey, String fileName, byte[] bpmn,
                                         String changeNote, LocalDate effectiveFrom) {
        try {
            repository.createDeployment()
                    .name(procedureCode + " " + fileName)
                    .source(changeNote)
                    .enableDuplicateFiltering(false)
                    .addInputStream(fileName, new ByteArrayInputStream(bpmn))
                    .deploy();
        } catch (ParseException e) {
            // our validation passed it, the engine's own parser did not: nothing was deployed
            Optional<Problem> problem = e.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream()).findFirst();
            throw new ModelRejectedException(List.of(new ModelFinding(
                    problem.map(Problem::getMainElementId).orElse(null), "engine.parse",
                    List.of(problem.map(Problem::getMessage).orElse(String.valueOf(e.getMessage()))))));
        }
        return recordNewVersions(procedureCode, processKey, effectiveFrom);
    }

    private List<ProcedureVersion> recordNewVersions(String procedureCode, String processKey,
                                                     LocalDate effectiveFrom) {
        List<ProcedureVersion> recorded = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).orderByProcessDefinitionVersion().asc().list()) {
            if (catalog.hasVersion(definition.getId())) {
                continue;
            }
            BpmnFacts facts = BpmnFacts.of(repository.getBpmnModelInstance(definition.getId()));
            Deployment deployment = repository.createDeploymentQuery()
                    .deploymentId(definition.getDeploymentId()).singleResult();
            ProcedureVersion version = new ProcedureVersion(definition.getId(), procedureCode,
                    definition.getVersion(), definition.getVersionTag(),
                    facts.statutoryWorkingDays().orElseThrow(() -> new InvalidInputException("bpmn",
                            "error.procedure.noStatutoryTime", definition.getResourceName())),
                    facts.normalPathSteps(), facts.normalPathHandovers(),
                    ProvinceClock.toLocal(deployment.getDeploymentTime()), effectiveFrom, deployment.getSource());
            catalog.recordVersion(version);
            recorded.add(version);
        }
        return recorded;
    }
}
