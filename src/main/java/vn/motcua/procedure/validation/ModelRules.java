package vn.motcua.procedure.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.motcua.procedure.process.ExpressionGrammar;
import vn.motcua.shared.process.TaskGroup;

/**
 * The rules a model must pass before it may be deployed, run on the document as Camunda's model
 * API read it (Camunda's engine never sees a model that breaks them). Three kinds:
 * <ul>
 * <li>what the application relies on: an executable process with a history time to live and a
 *     declared statutory time, named user tasks for known agency groups;</li>
 * <li>safety: nothing runs but the allow-listed beans and conditions of the models' grammar
 *     ({@link ExpressionGrammar}) — no script, no Java class, no other expression, wherever it
 *     hides;</li>
 * <li>readability and soundness: meaningful ids, every path ends ({@link FlowGraph}).</li>
 * </ul>
 */
final class ModelRules {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /** The namespace Camunda inherited from Activiti: the engine reads its attributes as Camunda's. */
    static final String ACTIVITI = "http://activiti.org/bpmn";
    static final String STATUTORY_WORKING_DAYS = "statutoryWorkingDays";

    /** Ids a modeling tool made up: Activity_0x1abc2, StartEvent_1, sid-…, _1373649849716, _6-61. */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^(?:[A-Z][A-Za-z]*_[0-9a-z]{7}|[A-Z][A-Za-z]*_\\d+|sid-[0-9A-Fa-f-]+|_[0-9A-Za-z-]+|id[-_]?[0-9a-f-]{8,})$");
    private static final Set<String> SERVICE_LIKE = Set.of("serviceTask", "sendTask", "businessRuleTask");
    /** What binds a service task to code other than a delegate bean (a result variable only serves those). */
    private static final Set<String> OTHER_BINDINGS =
            Set.of("expression", "type", "decisionRef", "topic", "resultVariable", "class");
    private static final Set<String> JAVA_CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    /** Camunda attributes whose expression must give a delegate object. */
    private static final Set<String> DELEGATE_ATTRIBUTES =
            Set.of("delegateExpression", "variableMappingDelegateExpression");
    private static final Set<String> CLERK_ROLES = Set.of("reception", "specialist", "leader");

    private final Set<String> knownAgencies;
    private final Set<String> allowedBeans;
    private final List<ModelFinding> findings = new ArrayList<>();

    private ModelRules(Set<String> knownAgencies, Set<String> allowedBeans) {
        this.knownAgencies = knownAgencies;
        this.allowedBeans = allowedBeans;
    }

    static List<ModelFinding> check(Document document, Set<String> knownAgencies, Set<String> allowedBeans,
                                    Optional<String> expectedProcessKey) {
        ModelRules rules = new ModelRules(knownAgencies, allowedBeans);
        Element root = document.getDocumentElement();
        if (!isBpmn(document)) {
            return List.of(ModelFinding.of(null, "xml.notBpmn"));
        }
        rules.checkProcesses(root, expectedProcessKey);
        forEachElement(root, rules::checkElement);
        return List.copyOf(rules.findings);
    }

    private static boolean isCamunda(String namespace) {
        return CAMUNDA.equals(namespace) || ACTIVITI.equals(namespace);
    }

    static boolean isBpmn(Document document) {
        Element root = document.getDocumentElement();
        return BPMN.equals(root.getNamespaceURI()) && "definitions".equals(root.getLocalName());
    }

    // ------------------------------------------------------------------ processes

    private void checkProcesses(Element definitions, Optional<String> expectedProcessKey) {
        List<Element> executable = children(definitions, BPMN, "process").stream()
                .filter(p -> "true".equals(p.getAttribute("isExecutable"))).toList();
        if (executable.isEmpty()) {
            findings.add(ModelFinding.of(null, "process.notExecutable"));
        } else if (executable.size() > 1) {
            findings.add(ModelFinding.of(executable.get(1).getAttribute("id"), "process.severalExecutable"));
        }
        for (Element process : executable) {
            String id = process.getAttribute("id");
            expectedProcessKey.filter(key -> !key.equals(id))
                    .ifPresent(key -> findings.add(ModelFinding.of(id, "process.key", key)));
            if (!process.getAttributeNS(CAMUNDA, "historyTimeToLive").matches("[1-9][0-9]{0,5}")) {
                findings.add(ModelFinding.of(id, "process.historyTimeToLive"));
            }
            if (process.getAttributeNS(CAMUNDA, "versionTag").isBlank()) {
                findings.add(ModelFinding.of(id, "process.versionTag"));
            }
            Optional<String> days = camundaProperty(process, STATUTORY_WORKING_DAYS);
            if (days.isEmpty()) {
                findings.add(ModelFinding.of(id, "process.deadline"));
            } else if (!days.get().trim().matches("0|[1-9][0-9]{0,2}")) {
                findings.add(ModelFinding.of(id, "process.deadlineInvalid", days.get()));
            }
        }
        for (Element process : children(definitions, BPMN, "process")) {
            findings.addAll(FlowGraph.check(process, true));
        }
    }

    // ------------------------------------------------------------------ every element

    private void checkElement(Element element) {
        String local = element.getLocalName();
        boolean bpmn = BPMN.equals(element.getNamespaceURI());
        boolean camunda = isCamunda(element.getNamespaceURI());
        String at = nearestId(element);
        if (bpmn && !"definitions".equals(local) && element.hasAttribute("id")
                && GENERATED_ID.matcher(element.getAttribute("id")).matches()) {
            findings.add(ModelFinding.of(at, "id.generated", element.getAttribute("id")));
        }
        if (bpmn && "scriptTask".equals(local)) {
            findings.add(ModelFinding.of(at, "security.scriptTask"));
        }
        if (bpmn && "userTask".equals(local)) {
            checkUserTask(element);
        }
        if (bpmn && SERVICE_LIKE.contains(local)) {
            checkServiceTask(element);
        }
        if (camunda && ("script".equals(local) || element.hasAttribute("scriptFormat"))) {
            findings.add(ModelFinding.of(at, "security.script"));
        }
        if (camunda && "connector".equals(local)) {
            findings.add(ModelFinding.of(at, "security.connector"));
        }
        checkAttributes(element, at);
        String ownText = ownText(element);
        if (!ownText.isBlank()) {
            checkExpression(ownText, at, false);
            String allText = element.getTextContent();
            if (!allText.equals(ownText)) {
                checkExpression(allText, at, false);
            }
        }
    }

    /**
     * The element's text as the engine's parser reads it: every text and CDATA piece directly inside
     * it joined, whatever comments or processing instructions split it (entity and character
     * references are already decoded). Checking the pieces one by one is how {@code $<!-- -->{…}}
     * once passed. Where the text has child elements in it, the model API's view (all descendant
     * text) is checked as well.
     */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private void checkAttributes(Element element, String at) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            // camunda:class on a BPMN element; a plain "class" on Camunda's own elements (listeners)
            boolean camundaAttribute = isCamunda(attribute.getNamespaceURI())
                    || attribute.getNamespaceURI() == null && isCamunda(element.getNamespaceURI());
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            if (camundaAttribute && JAVA_CLASS_ATTRIBUTES.contains(name)) {
                findings.add(ModelFinding.of(at, "security.javaClass", attribute.getValue()));
            } else if ("language".equals(name)) {
                findings.add(ModelFinding.of(at, "security.language", attribute.getValue()));
            } else if (camundaAttribute && ("resource".equals(name) || "scriptFormat".equals(name))) {
                findings.add(ModelFinding.of(at, "security.script"));
            } else {
                checkExpression(attribute.getValue(), at, camundaAttribute && DELEGATE_ATTRIBUTES.contains(name));
            }
        }
        if (element.hasAttribute("scriptFormat") && !isCamunda(element.getNamespaceURI())
                && !"scriptTask".equals(element.getLocalName())) {
            findings.add(ModelFinding.of(at, "security.script"));
        }
    }

    /**
     * Text the engine may evaluate: plain text, or one expression of {@link ExpressionGrammar}; where
     * the engine expects a delegate, exactly an allow-listed bean.
     */
    private void checkExpression(String value, String at, boolean delegate) {
        if (!ExpressionGrammar.hasExpression(value)) {
            return;
        }
        if (delegate) {
            if (ExpressionGrammar.delegateBean(value).filter(allowedBeans::contains).isEmpty()) {
                findings.add(ModelFinding.of(at, "security.bean", shorten(value), String.join(", ", allowedBeans)));
            }
            return;
        }
        ExpressionGrammar.judge(value).ifPresent(refusal -> findings.add(ModelFinding.of(at, refusal.rule(),
                shorten(value), shorten(refusal.part()), String.join(", ", refusal.allowed()))));
    }

    private void checkUserTask(Element task) {
        String id = task.getAttribute("id");
        if (task.getAttribute("name").isBlank()) {
            findings.add(ModelFinding.of(id, "userTask.name"));
        }
        String groups = task.getAttributeNS(CAMUNDA, "candidateGroups");
        if (groups.isBlank()) {
            findings.add(ModelFinding.of(id, "userTask.noGroup"));
            return;
        }
        for (String group : groups.split(",")) {
            if (!knownGroup(group.trim())) {
                findings.add(ModelFinding.of(id, "userTask.unknownGroup", group.trim()));
            }
        }
    }

    /** {@code receiving.<role>} or {@code <agency code>.<role>}, the role one of the clerks'. */
    private boolean knownGroup(String group) {
        return TaskGroup.parse(group).filter(g -> CLERK_ROLES.contains(g.role()))
                .filter(g -> g.ofReceivingAgency() || knownAgencies.contains(g.agency())).isPresent();
    }

    private void checkServiceTask(Element task) {
        String id = task.getAttribute("id");
        boolean allowed = ExpressionGrammar.delegateBean(task.getAttributeNS(CAMUNDA, "delegateExpression"))
                .filter(allowedBeans::contains).isPresent();
        boolean otherBinding = OTHER_BINDINGS.stream().anyMatch(binding -> task.hasAttributeNS(CAMUNDA, binding)
                || task.hasAttributeNS(ACTIVITI, binding));
        if (!allowed || otherBinding) {
            findings.add(ModelFinding.of(id, "serviceTask.delegate", String.join(", ", allowedBeans)));
        }
    }

    // ------------------------------------------------------------------ DOM helpers

    static Optional<String> camundaProperty(Element element, String name) {
        for (Element extensions : children(element, BPMN, "extensionElements")) {
            for (Element properties : children(extensions, CAMUNDA, "properties")) {
                for (Element property : children(properties, CAMUNDA, "property")) {
                    if (name.equals(property.getAttribute("name"))) {
                        return Optional.of(property.getAttribute("value"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && namespace.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    static void forEachElement(Element element, Consumer<Element> visit) {
        visit.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                forEachElement(e, visit);
            }
        }
    }

    /** The id of the element, or of its closest ancestor that has one (a listener's task). */
    private static String nearestId(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id") && !"definitions".equals(e.getLocalName())) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static String shorten(String value) {
        return value.length() > 120 ? value.substring(0, 120) + "…" : value;
    }
}
