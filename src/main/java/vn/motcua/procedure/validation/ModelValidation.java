package vn.motcua.procedure.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;

/**
 * Validates a BPMN model before anything deploys it — drafts, uploads through the API and the
 * shipped files of bpmn/ alike. The XML is read by {@link SafeXml} first; the rules of
 * {@link ModelRules} run only on a document that passed it.
 */
@Service
public class ModelValidation {

    /**
     * The beans a model may call through {@code camunda:delegateExpression="#{bean}"}. A new
     * delegate joins this list in the same change that writes it.
     */
    public static final Set<String> ALLOWED_BEANS = Set.of("dueSoonReminder");

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
        return ModelRules.check(parsed.document(), agencyCodes, ALLOWED_BEANS, expectedProcessKey).stream()
                .distinct().toList();
    }
}
