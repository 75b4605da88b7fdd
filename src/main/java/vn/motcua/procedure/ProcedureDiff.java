package vn.motcua.procedure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.motcua.procedure.validation.ModelRejectedException;
import vn.motcua.procedure.validation.ModelXml;
import vn.motcua.shared.NotFoundException;

/**
 * What changed between two models of a procedure (two versions, or a version and a draft): steps
 * added, removed or renamed/regrouped, the statutory time, the normal path's steps and hand-overs.
 */
@Service
public class ProcedureDiff {

    /** A step present in both models whose name or group changed. */
    public record ChangedStep(ModelOutline.Step before, ModelOutline.Step after) {
    }

    public record Diff(ModelOutline from, ModelOutline to, List<ModelOutline.Step> added,
                       List<ModelOutline.Step> removed, List<ChangedStep> changed) {

        public boolean deadlineChanged() {
            return !Objects.equals(from.statutoryWorkingDays(), to.statutoryWorkingDays());
        }

        public int handoverChange() {
            return to.normalPathHandovers() - from.normalPathHandovers();
        }
    }

    private final ProcedureCatalog catalog;
    private final ProcessModels models;
    private final ProcedureDrafts drafts;

    ProcedureDiff(ProcedureCatalog catalog, ProcessModels models, ProcedureDrafts drafts) {
        this.catalog = catalog;
        this.models = models;
        this.drafts = drafts;
    }

    /** The deployed model file of a version. */
    public byte[] versionXml(String procedureCode, int version) {
        Procedure procedure = catalog.find(procedureCode)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", procedureCode));
        ProcedureVersion found = procedure.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("version", "error.version.unknown", version));
        return models.xml(found.processDefinitionId());
    }

    public Diff betweenVersions(String procedureCode, int from, int to) {
        return diff(versionXml(procedureCode, from), versionXml(procedureCode, to));
    }

    public Diff versionToDraft(String procedureCode, int from, long draftId) {
        return diff(versionXml(procedureCode, from), drafts.xml(procedureCode, draftId));
    }

    private Diff diff(byte[] fromXml, byte[] toXml) {
        ModelOutline from = outline(fromXml);
        ModelOutline to = outline(toXml);
        Map<String, ModelOutline.Step> before = byId(from);
        Map<String, ModelOutline.Step> after = byId(to);
        List<ModelOutline.Step> added = to.steps().stream().filter(s -> !before.containsKey(s.id())).toList();
        List<ModelOutline.Step> removed = from.steps().stream().filter(s -> !after.containsKey(s.id())).toList();
        List<ChangedStep> changed = from.steps().stream().filter(s -> after.containsKey(s.id()))
                .filter(s -> !s.equals(after.get(s.id())))
                .map(s -> new ChangedStep(s, after.get(s.id()))).toList();
        return new Diff(from, to, added, removed, changed);
    }

    private ModelOutline outline(byte[] xml) {
        var unsafe = ModelXml.unsafe(xml);
        if (unsafe != null) {
            throw new ModelRejectedException(List.of(unsafe));
        }
        return models.outline(xml);
    }

    private static Map<String, ModelOutline.Step> byId(ModelOutline outline) {
        return outline.steps().stream().collect(Collectors.toMap(ModelOutline.Step::id, Function.identity(),
                (a, b) -> a));
    }
}
