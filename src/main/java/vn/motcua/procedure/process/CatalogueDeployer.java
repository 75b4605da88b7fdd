package vn.motcua.procedure.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.ProvinceClock;

/**
 * Deploys the shipped procedures of bpmn/ before the application serves requests: every
 * version file as its own deployment, oldest first, so that the versions of a process
 * key follow procedure.yml's order. Camunda's duplicate filtering skips unchanged files,
 * so a restart deploys nothing new. Then the catalogue tables catch up with the engine
 * (including versions an analyst deployed from the browser).
 */
@Component
class CatalogueDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueDeployer.class);
    static final String PROCEDURE_FILES = "classpath*:bpmn/*/procedure.yml";

    private final RepositoryService repository;
    private final ProcedureCatalog catalog;

    CatalogueDeployer(RepositoryService repository, ProcedureCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            for (Resource yaml : new PathMatchingResourcePatternResolver().getResources(PROCEDURE_FILES)) {
                deploy(yaml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped procedures in bpmn/", e);
        }
    }

    private void deploy(Resource yaml) throws IOException {
        ProcedureFile file;
        try (InputStream in = yaml.getInputStream()) {
            file = ProcedureFile.read(in, yaml.getDescription());
        }
        String code = file.metadata().code();
        String folder = folderOf(yaml);
        for (String versionFile : file.versionFiles()) {
            try (InputStream bpmn = yaml.createRelative(versionFile).getInputStream()) {
                repository.createDeployment()
                        .name(code + " " + versionFile)
                        .source("bpmn/" + folder)
                        .enableDuplicateFiltering(false)
                        .addInputStream(versionFile, bpmn)
                        .deploy();
            }
        }
        catalog.saveMetadata(file.metadata());
        int recorded = recordNewVersions(code, file.metadata().processKey(), "bpmn/" + folder);
        if (recorded > 0) {
            log.info("Procedure {} ({}): {} new version(s) deployed", code, file.metadata().name().vi(), recorded);
        }
    }

    private int recordNewVersions(String code, String processKey, String source) {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).orderByProcessDefinitionVersion().asc().list();
        int recorded = 0;
        for (ProcessDefinition definition : definitions) {
            if (catalog.hasVersion(definition.getId())) {
                continue;
            }
            BpmnFacts facts = BpmnFacts.of(repository.getBpmnModelInstance(definition.getId()));
            var deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                    .singleResult();
            catalog.recordVersion(new ProcedureVersion(definition.getId(), code, definition.getVersion(),
                    definition.getVersionTag(),
                    facts.statutoryWorkingDays().orElseThrow(() -> new IllegalStateException(
                            definition.getResourceName() + " declares no statutoryWorkingDays")),
                    facts.normalPathSteps(), facts.normalPathHandovers(),
                    ProvinceClock.toLocal(deployment.getDeploymentTime()),
                    deployment.getSource() != null ? deployment.getSource() : source));
            recorded++;
        }
        return recorded;
    }

    private static String folderOf(Resource yaml) throws IOException {
        String path = yaml.getURL().getPath();
        String parent = path.substring(0, path.lastIndexOf('/'));
        return parent.substring(parent.lastIndexOf('/') + 1);
    }
}
