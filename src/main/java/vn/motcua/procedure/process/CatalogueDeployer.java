package vn.motcua.procedure.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcessDeployer;
import vn.motcua.procedure.validation.ModelFinding;
import vn.motcua.procedure.validation.ModelValidation;

/**
 * Deploys the shipped procedures of bpmn/ before the application serves requests: every
 * version file in procedure.yml's order (oldest first), so the engine's version numbers
 * follow it. Unchanged files are skipped by duplicate filtering, so a restart deploys
 * nothing new; the catalogue's metadata is refreshed from procedure.yml every time. Every file
 * passes {@link ModelValidation} first, like an analyst's upload.
 */
@Component
class CatalogueDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueDeployer.class);
    static final String PROCEDURE_FILES = "classpath*:bpmn/*/procedure.yml";

    private final ProcessDeployer deployer;
    private final ProcedureCatalog catalog;
    private final ModelValidation validation;

    CatalogueDeployer(ProcessDeployer deployer, ProcedureCatalog catalog, ModelValidation validation) {
        this.deployer = deployer;
        this.catalog = catalog;
        this.validation = validation;
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
        Procedure procedure = file.metadata();
        catalog.saveMetadata(procedure);
        String folder = "bpmn/" + folderOf(yaml);
        int recorded = 0;
        for (ProcedureFile.VersionFile version : file.versions()) {
            byte[] bpmn;
            try (InputStream in = yaml.createRelative(version.file()).getInputStream()) {
                bpmn = in.readAllBytes();
            }
            List<ModelFinding> findings = validation.validate(bpmn, Optional.of(procedure.processKey()));
            if (!findings.isEmpty()) {
                // a shipped model obeys the same rules as an analyst's upload: refuse to start with it
                throw new IllegalStateException(folder + "/" + version.file() + " breaks the model rules: "
                        + findings);
            }
            recorded += deployer.deploy(procedure.code(), procedure.processKey(), version.file(),
                    bpmn, folder + "/" + version.file(), version.effectiveFrom()).size();
        }
        if (recorded > 0) {
            log.info("Procedure {} ({}): {} new version(s) deployed", procedure.code(), procedure.name().vi(),
                    recorded);
        }
    }

    private static String folderOf(Resource yaml) throws IOException {
        String path = yaml.getURL().getPath();
        String parent = path.substring(0, path.lastIndexOf('/'));
        return parent.substring(parent.lastIndexOf('/') + 1);
    }
}
