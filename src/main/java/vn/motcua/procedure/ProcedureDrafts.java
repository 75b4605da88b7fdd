package vn.motcua.procedure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.procedure.validation.ModelFinding;
import vn.motcua.procedure.validation.ModelRejectedException;
import vn.motcua.procedure.validation.ModelValidation;
import vn.motcua.procedure.validation.ModelXml;
import vn.motcua.security.CurrentUser;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * Drafts saved from the modeler: any model that is safe to read (a draft may still break the
 * modeling rules; deploying it checks them all), who saved it, when and why.
 */
@Service
public class ProcedureDrafts {

    private static final String COLUMNS =
            "id, procedure_code, based_on_version, saved_by, saved_at, comment, deployed_version";

    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;
    private final ProcedureDeployments deployments;
    private final ModelValidation validation;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    ProcedureDrafts(JdbcClient jdbc, ProcedureCatalog catalog, ProcedureDeployments deployments,
                    ModelValidation validation, CurrentUser currentUser, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.deployments = deployments;
        this.validation = validation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ProcedureDraft save(String procedureCode, Integer basedOnVersion, byte[] xml, String comment) {
        Procedure procedure = procedure(procedureCode);
        String why = InputRules.required(comment, "comment", 1000);
        if (basedOnVersion != null && procedure.versions().stream().noneMatch(v -> v.version() == basedOnVersion)) {
            throw new InvalidInputException("basedOn", "error.draft.unknownVersion", basedOnVersion);
        }
        ModelFinding unsafe = ModelXml.unsafe(xml);
        if (unsafe != null) {
            throw new ModelRejectedException(List.of(unsafe));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO procedure_draft (procedure_code, based_on_version, bpmn_xml, saved_by, saved_at, comment)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(procedure.code(), basedOnVersion, ModelXml.text(xml),
                        currentUser.actorName(), clock.now(), why)
                .update(key, "id");
        return get(procedure.code(), key.getKey().longValue());
    }

    public List<ProcedureDraft> of(String procedureCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_draft WHERE procedure_code = ? ORDER BY id DESC")
                .param(procedureCode).query(ProcedureDraft.class).list();
    }

    public Optional<ProcedureDraft> latest(String procedureCode) {
        return of(procedureCode).stream().findFirst();
    }

    public ProcedureDraft get(String procedureCode, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM procedure_draft WHERE procedure_code = ? AND id = ?")
                .params(procedureCode, id).query(ProcedureDraft.class).optional()
                .orElseThrow(() -> new NotFoundException("draft", "error.draft.unknown", id));
    }

    public byte[] xml(String procedureCode, long id) {
        get(procedureCode, id);
        return jdbc.sql("SELECT bpmn_xml FROM procedure_draft WHERE id = ?").param(id).query(String.class)
                .single().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The draft's model for a run outside the live engine (the what-if simulation): it must be safe to
     * execute — safe XML, no script, no Java class, no expression or bean outside the allow-list —
     * even though other rules (ids, names) may still be unmet in a draft.
     */
    public byte[] executableXml(String procedureCode, long id) {
        byte[] xml = xml(procedureCode, id);
        List<String> unsafe = validation.validate(xml).stream().map(ModelFinding::rule)
                .filter(rule -> rule.startsWith("security.") || rule.startsWith("xml.") || rule.startsWith("size.")
                        || rule.startsWith("serviceTask.") || rule.startsWith("process.notExecutable"))
                .distinct().toList();
        if (!unsafe.isEmpty()) {
            throw new InvalidInputException("draftId", "error.draft.notExecutable", String.join(", ", unsafe));
        }
        return xml;
    }

    /**
     * Deploys the draft as the procedure's new version under the version tag (written into the
     * model) with the change note; the draft remembers the version it became.
     */
    @Transactional
    public ProcedureVersion deploy(String procedureCode, long id, String versionTag, String changeNote) {
        String tag = InputRules.required(versionTag, "versionTag", 100);
        byte[] tagged = ModelXml.withVersionTag(xml(procedureCode, id), tag);
        ProcedureVersion version = deployments.deployNewVersion(procedureCode, tagged, changeNote);
        jdbc.sql("UPDATE procedure_draft SET deployed_version = ? WHERE id = ?").params(version.version(), id).update();
        return version;
    }

    private Procedure procedure(String code) {
        return catalog.find(code).orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", code));
    }
}
