package vn.motcua.procedure.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.procedure.process.CamundaReading;
import vn.motcua.shared.process.DelegateBeans;

/**
 * Validates a BPMN model before anything deploys it — drafts, uploads through the API and the
 * shipped files of bpmn/ alike. The XML is read by {@link SafeXml} first, then as Camunda reads it
 * ({@link CamundaReading}); the rules of {@link ModelRules} run on Camunda's reading, so they judge
 * the text the engine will evaluate.
 */
@Service
public class ModelValidation {

    private final AgencyDirectory agencies;

    public ModelValidation(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Every finding of the model, empty when it may be deployed. */
    public List<ModelFinding> validate(byte[] xml) {
        return validate(xml, Optional.empty());
    }

    /** As {@link #validate(byte[])}, and the process id must be the procedure's process key. */
    public List<ModelFinding> validate(byte[] xml, Optional<String> expectedProcessKey) {
        Set<String> agencyCodes = agencies.all().stream().map(Agency::code).collect(Collectors.toSet());
        return check(xml, agencyCodes, expectedProcessKey);
    }

    /** Throws {@link ModelRejectedException} unless the model passes every rule. */
    public void requireValid(byte[] xml, String expectedProcessKey) {
        List<ModelFinding> findings = validate(xml, Optional.of(expectedProcessKey));
        if (!findings.isEmpty()) {
            throw new ModelRejectedException(findings);
        }
    }

    static List<ModelFinding> check(byte[] xml, Set<String> agencyCodes, Optional<String> expectedProcessKey) {
        SafeXml.Parsed parsed = SafeXml.parse(xml);
        if (parsed.refusal().isPresent()) {
            return List.of(parsed.refusal().get());
        }
        if (!ModelRules.isBpmn(parsed.document())) {
            return List.of(ModelFinding.of(null, "xml.notBpmn"));
        }
        CamundaReading.Read read = CamundaReading.read(xml);
        if (read.refusal().isPresent()) {
            // Refused by the schema: the rules still run, on the same JDK parser's reading, so
            // the analyst sees every problem at once.
            return Stream.concat(read.refusal().stream(), ModelRules.check(parsed.document(), agencyCodes,
                    DelegateBeans.NAMES, expectedProcessKey).stream()).distinct().toList();
        }
        return ModelRules.check(read.document(), agencyCodes, DelegateBeans.NAMES, expectedProcessKey).stream()
                .distinct().toList();
    }
}
