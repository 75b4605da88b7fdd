package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.motcua.shared.process.DelegateBeans;
import vn.motcua.shared.process.ProcessVariables;

/**
 * The conventions every shipped model follows, checked on every file under {@code bpmn/}: what the
 * application relies on (process key, version tag, statutory time, candidate groups, due dates, the
 * outcome vocabulary, the result of a refusal), what keeps models safe to deploy (no scripts, no Java
 * classes, no expressions but the outcome conditions, the reminder bean and the fee request), and what keeps them
 * readable (meaningful ids, Vietnamese names, a full diagram in lanes).
 */
class ModelConventionsTest {

    static final Path BPMN_ROOT = Path.of("bpmn");
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    static final Pattern CANDIDATE_GROUP = Pattern.compile("^(receiving|STC|SXD|SYT)\\.(reception|specialist|leader)$");
    static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|SequenceFlow|Lane|Participant|Collaboration)_[0-9a-z]{5,}$");
    /** prefix_camelCase, and the modeler's "_di" suffix on diagram elements. */
    static final Pattern MEANINGFUL_ID = Pattern.compile("^[a-z][a-zA-Z]*_[a-z][a-zA-Z0-9]*(_di)?$");
    static final Pattern OUTCOME_CONDITION = Pattern.compile("^\\$\\{" + ProcessVariables.OUTCOME + " == '("
            + String.join("|", ProcessVariables.OUTCOMES) + ")'}$");
    static final String REMINDER_BEAN = "#{" + DelegateBeans.DUE_SOON_REMINDER + "}";
    static final String FEE_REQUEST_BEAN = "#{" + DelegateBeans.FEE_REQUEST + "}";
    /** Our engine reads every BPMN duration as working time: one day is eight working hours. */
    static final int WORKING_MINUTES_PER_DAY = 8 * 60;

    /** The id prefix each kind of element carries. */
    static final Map<Class<? extends BaseElement>, String> ID_PREFIX = Map.ofEntries(
            Map.entry(StartEvent.class, "startEvent_"), Map.entry(EndEvent.class, "endEvent_"),
            Map.entry(UserTask.class, "userTask_"), Map.entry(ServiceTask.class, "serviceTask_"),
            Map.entry(ExclusiveGateway.class, "gateway_"), Map.entry(SequenceFlow.class, "flow_"),
            Map.entry(BoundaryEvent.class, "boundaryTimer_"), Map.entry(Lane.class, "lane_"),
            Map.entry(Participant.class, "participant_"), Map.entry(Collaboration.class, "collaboration_"),
            Map.entry(IntermediateCatchEvent.class, "intermediateCatchEvent_"), Map.entry(Message.class, "message_"));

    private static final Map<Path, BpmnModelInstance> MODELS = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------- sources

    static Stream<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.walk(BPMN_ROOT)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    static Stream<Path> procedureFolders() throws IOException {
        try (Stream<Path> folders = Files.list(BPMN_ROOT)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    // ---------------------------------------------------------------- process-level rules

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void definitionsNameTheExporterAndOurNamespace(Path file) {
        Definitions definitions = model(file).getDefinitions();
        assertThat(definitions.getExporter()).isEqualTo("Một Cửa");
        assertThat(definitions.getTargetNamespace()).isEqualTo("https://motcua.gov.vn/bpmn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void processIsExecutableWithAVersionTagAndAHistoryTimeToLive(Path file) {
        Process process = process(file);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaVersionTag()).as("camunda:versionTag").isNotBlank();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive").matches("[1-9][0-9]*");
        assertThat(process.getName()).as("process name").isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void processDeclaresItsStatutoryTimeInWorkingDays(Path file) {
        assertThat(camundaProperties(process(file))).as("process properties")
                .containsKey("statutoryWorkingDays")
                .hasEntrySatisfying("statutoryWorkingDays", days -> assertThat(days).matches("0|[1-9][0-9]*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void stepAllotmentsAddUpToAboutTheStatutoryTime(Path file) {
        int statutoryDays = Integer.parseInt(camundaProperties(process(file)).get("statutoryWorkingDays"));
        // a same-day procedure has the working day it was received on
        int statutoryMinutes = Math.max(1, statutoryDays) * WORKING_MINUTES_PER_DAY;
        int longestPath = longestPathToResult(startEvent(file), new HashSet<>());

        assertThat(longestPath).as("working minutes along the longest path to a result").isPositive()
                .isLessThanOrEqualTo(statutoryMinutes)
                .isGreaterThanOrEqualTo(statutoryMinutes * 3 / 4);
    }

    // ---------------------------------------------------------------- user tasks and reminders

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void everyUserTaskIsNamedOfferedToOneAgencyRoleAndHasADueDuration(Path file) {
        forEach(file, UserTask.class, task -> {
            assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).matches(CANDIDATE_GROUP);
            assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNull();
            assertThat(task.getCamundaCandidateUsers()).as("candidate users of %s", task.getId()).isNull();
            assertThat(workingMinutes(task.getCamundaDueDate())).as("due date of %s", task.getId()).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void everyUserTaskHasANonInterruptingReminderAtThreeQuartersOfItsAllotment(Path file) {
        BpmnModelInstance model = model(file);
        forEach(file, UserTask.class, task -> {
            List<BoundaryEvent> attached = model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(event -> event.getAttachedTo() == task).toList();
            assertThat(attached).as("boundary events on %s", task.getId()).hasSize(1);
            BoundaryEvent timer = attached.get(0);
            assertThat(timer.cancelActivity()).as("%s interrupts its task", timer.getId()).isFalse();

            assertThat(timer.getEventDefinitions()).as("event definitions of %s", timer.getId()).hasSize(1)
                    .allMatch(TimerEventDefinition.class::isInstance);
            TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
            assertThat(definition.getTimeDuration()).as("timeDuration of %s", timer.getId()).isNotNull();
            double share = (double) workingMinutes(definition.getTimeDuration().getTextContent())
                    / workingMinutes(task.getCamundaDueDate());
            assertThat(share).as("reminder of %s as a share of its working-time allotment", task.getId())
                    .isBetween(0.75, 0.80);

            FlowNode reminder = onlySuccessor(timer);
            assertThat(reminder).as("after %s", timer.getId()).isInstanceOf(ServiceTask.class);
            assertThat(onlySuccessor(reminder)).as("after %s", reminder.getId()).isInstanceOf(EndEvent.class);
        });
        forEach(file, BoundaryEvent.class, event ->
                assertThat(event.getAttachedTo()).as("%s is attached to a user task", event.getId()).isInstanceOf(UserTask.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void serviceTasksOnlyCallTheReminderBean(Path file) {
        forEach(file, ServiceTask.class, task -> {
            assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId()).isEqualTo(REMINDER_BEAN);
            assertThat(task.getCamundaClass()).as("class of %s", task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as("expression of %s", task.getId()).isNull();
            assertThat(task.getCamundaType()).as("type of %s", task.getId()).isNull();
            assertThat(task.getName()).isEqualTo("Nhắc việc sắp đến hạn");
        });
    }

    // ---------------------------------------------------------------- decisions, start and ends

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void decisionsFollowAUserTaskAndBranchOnTheOutcomeVocabulary(Path file) {
        forEach(file, Gateway.class, gateway -> {
            assertThat(gateway).as("%s is exclusive", gateway.getId()).isInstanceOf(ExclusiveGateway.class);
            assertThat(gateway.getIncoming()).as("flows into %s", gateway.getId()).hasSize(1);
            assertThat(gateway.getIncoming().iterator().next().getSource())
                    .as("%s directly follows a user task", gateway.getId()).isInstanceOf(UserTask.class);
            assertThat(((ExclusiveGateway) gateway).getDefault()).as("default flow of %s", gateway.getId()).isNull();

            List<String> outcomes = new ArrayList<>();
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank();
                assertThat(flow.getConditionExpression()).as("condition of %s", flow.getId()).isNotNull();
                String condition = flow.getConditionExpression().getTextContent().strip();
                assertThat(condition).as("condition of %s", flow.getId()).matches(OUTCOME_CONDITION);
                outcomes.add(condition.replaceAll(".*'(.*)'.*", "$1"));
            }
            assertThat(outcomes).as("outcomes of %s", gateway.getId()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            if (outcomes.contains("approve")) {
                assertThat(outcomes.get(0)).as("first flow out of %s", gateway.getId()).isEqualTo("approve");
                assertThat(sequenceFlowIdsInDocumentOrder(file, gateway.getId()).get(0))
                        .as("first flow out of %s in the XML", gateway.getId())
                        .isEqualTo(gateway.getOutgoing().iterator().next().getId());
            }
        });
        forEach(file, SequenceFlow.class, flow -> {
            if (!(flow.getSource() instanceof ExclusiveGateway)) {
                assertThat(flow.getConditionExpression()).as("condition on %s outside a decision", flow.getId()).isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void processStartsAtReceptionAndEndsWithAResultOrARefusal(Path file) {
        StartEvent start = startEvent(file);
        assertThat(start.getId()).isEqualTo("startEvent_dossierReceived");
        assertThat(start.getName()).isEqualTo("Hồ sơ được tiếp nhận");
        assertThat(start.getEventDefinitions()).as("a plain start: the desk has received the dossier").isEmpty();

        Set<String> outcomeEnds = new HashSet<>();
        forEach(file, EndEvent.class, end -> {
            boolean endsAReminder = end.getPreviousNodes().list().stream().allMatch(ServiceTask.class::isInstance);
            Map<String, String> properties = camundaProperties(end);
            if (endsAReminder) {
                assertThat(properties).as("properties of %s", end.getId()).doesNotContainKey("dossierResult");
                return;
            }
            outcomeEnds.add(end.getId());
            switch (end.getId()) {
                case "endEvent_resultReady" -> {
                    assertThat(end.getName()).isEqualTo("Có kết quả giải quyết");
                    assertThat(properties).doesNotContainKey("dossierResult");
                }
                case "endEvent_refused" -> {
                    assertThat(end.getName()).isEqualTo("Từ chối giải quyết");
                    assertThat(properties).containsEntry("dossierResult", "refused");
                }
                default -> fail("%s ends a dossier but is neither endEvent_resultReady nor endEvent_refused", end.getId());
            }
        });
        assertThat(outcomeEnds).contains("endEvent_resultReady");
    }

    // ---------------------------------------------------------------- fee steps

    /**
     * A fee step is a catch event of the feePaid message whose start listener requests the fee, with one
     * way in and one way on; only a procedure that declares a fee in procedure.yml has one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void everyWaitIsAFeeStepOfAProcedureThatChargesOne(Path file) throws IOException {
        List<IntermediateCatchEvent> waits = model(file).getModelElementsByType(IntermediateCatchEvent.class)
                .stream().toList();
        for (IntermediateCatchEvent wait : waits) {
            assertThat(wait.getEventDefinitions()).as("event definitions of %s", wait.getId()).hasSize(1)
                    .allMatch(MessageEventDefinition.class::isInstance);
            MessageEventDefinition message = (MessageEventDefinition) wait.getEventDefinitions().iterator().next();
            assertThat(message.getMessage().getName()).as("message of %s", wait.getId())
                    .isEqualTo(DelegateBeans.FEE_PAID_MESSAGE);
            List<String> startListeners = wait.getExtensionElements() == null ? List.of()
                    : wait.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
                    .list().stream().filter(l -> "start".equals(l.getCamundaEvent()))
                    .map(CamundaExecutionListener::getCamundaDelegateExpression).toList();
            assertThat(startListeners).as("start listeners of %s", wait.getId()).containsExactly(FEE_REQUEST_BEAN);
            assertThat(wait.getIncoming()).as("flows into %s", wait.getId()).hasSize(1);
            assertThat(wait.getOutgoing()).as("flows out of %s", wait.getId()).hasSize(1);
        }
        if (!waits.isEmpty()) {
            Map<?, ?> fee = (Map<?, ?>) procedure(file.getParent()).get("fee");
            assertThat((Integer) fee.get("amountVnd")).as("fee of the procedure of %s, which has a fee step", file)
                    .isPositive();
        }
    }

    // ---------------------------------------------------------------- safety: nothing runs but the reminder

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void modelRunsNoScriptNoJavaClassAndNoExpressionButOutcomesAndTheReminder(Path file) {
        forEachDomElement(dom(file).getDocumentElement(), element -> {
            assertThat(element.getLocalName()).as("element in %s", file)
                    .isNotIn("scriptTask", "script", "businessRuleTask", "sendTask", "callActivity");
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
                    assertThat(attribute.getLocalName()).as("camunda attribute on %s", element.getAttribute("id"))
                            .isNotIn("class", "expression", "resultVariable", "type");
                }
                assertOnlyAllowedExpression(attribute.getValue(), element);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    assertOnlyAllowedExpression(child.getNodeValue().strip(), element);
                }
            }
        });
    }

    // ---------------------------------------------------------------- readability: ids, names, diagram

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void idsAreMeaningfulCamelCaseWithTheirTypePrefix(Path file) {
        String processKey = process(file).getId();
        forEachDomElement(dom(file).getDocumentElement(), element -> {
            String id = element.getAttribute("id");
            if (id.isEmpty() || id.equals(processKey)) {
                return;
            }
            assertThat(id).doesNotMatch(GENERATED_ID).matches(MEANINGFUL_ID);
        });
        ID_PREFIX.forEach((type, prefix) -> forEach(file, type, element ->
                assertThat(element.getId()).as("id of a %s", type.getSimpleName()).startsWith(prefix)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void namesAreVietnameseWithDiacritics(Path file) {
        // An ASCII-only name means the diacritics were stripped ("Kiem tra ho so"), which citizens and staff
        // read badly; every Vietnamese label we use has at least one letter outside ASCII.
        forEachDomElement(dom(file).getDocumentElement(), element -> {
            // a message's name is the key the application correlates it by (DelegateBeans), not a label
            if (BPMN_NS.equals(element.getNamespaceURI()) && element.hasAttribute("name")
                    && !"message".equals(element.getLocalName())) {
                assertThat(element.getAttribute("name")).as("name of %s", element.getAttribute("id"))
                        .isNotBlank().matches(".*[^\\x00-\\x7F].*");
            }
        });
        forEach(file, FlowNode.class, node -> assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void processIsAPoolWithOneLanePerAgencyRole(Path file) {
        BpmnModelInstance model = model(file);
        Process process = process(file);
        Collection<Participant> participants = model.getModelElementsByType(Participant.class);
        assertThat(participants).as("pools").hasSize(1);
        Participant pool = participants.iterator().next();
        assertThat(pool.getProcess()).isSameAs(process);
        assertThat(pool.getName()).as("pool name").isNotBlank();

        Map<String, String> laneOfNode = new HashMap<>();
        Set<String> rolesSeen = new HashSet<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            assertThat(lane.getName()).as("name of %s", lane.getId()).isNotBlank();
            Set<String> roles = lane.getFlowNodeRefs().stream().filter(UserTask.class::isInstance)
                    .map(task -> ((UserTask) task).getCamundaCandidateGroups()).collect(Collectors.toSet());
            assertThat(roles).as("agency roles in %s", lane.getId()).hasSize(1);
            assertThat(rolesSeen.add(roles.iterator().next())).as("%s repeats another lane's role", lane.getId()).isTrue();
            lane.getFlowNodeRefs().forEach(node -> assertThat(laneOfNode.put(node.getId(), lane.getId()))
                    .as("%s is in two lanes", node.getId()).isNull());
        }
        forEach(file, FlowNode.class, node -> assertThat(laneOfNode).as("lane of %s", node.getId()).containsKey(node.getId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processFiles")
    void diagramDrawsEveryElementInsideItsLane(Path file) {
        BpmnModelInstance model = model(file);
        Map<String, Bounds> shapes = new HashMap<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(shape -> shapes.put(shape.getBpmnElement().getId(), shape.getBounds()));
        Map<String, BpmnEdge> edges = new HashMap<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edges.put(edge.getBpmnElement().getId(), edge));

        forEach(file, Participant.class, pool -> assertThat(shapes).as("shape of the pool").containsKey(pool.getId()));
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            assertThat(shapes).as("shape of %s", lane.getId()).containsKey(lane.getId());
            Bounds laneBounds = shapes.get(lane.getId());
            for (FlowNode node : lane.getFlowNodeRefs()) {
                assertThat(shapes).as("shape of %s", node.getId()).containsKey(node.getId());
                Bounds b = shapes.get(node.getId());
                double centreX = b.getX() + b.getWidth() / 2;
                double centreY = b.getY() + b.getHeight() / 2;
                assertThat(centreX).as("%s is drawn inside %s", node.getId(), lane.getId())
                        .isBetween(laneBounds.getX(), laneBounds.getX() + laneBounds.getWidth());
                assertThat(centreY).as("%s is drawn inside %s", node.getId(), lane.getId())
                        .isBetween(laneBounds.getY(), laneBounds.getY() + laneBounds.getHeight());
            }
        }
        forEach(file, FlowNode.class, node -> assertThat(shapes).as("shape of %s", node.getId()).containsKey(node.getId()));
        forEach(file, SequenceFlow.class, flow -> {
            assertThat(edges).as("edge of %s", flow.getId()).containsKey(flow.getId());
            assertThat(edges.get(flow.getId()).getWaypoints()).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    // ---------------------------------------------------------------- procedure descriptors

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedureFolders")
    void procedureDescriptorIsCompleteAndBilingual(Path folder) throws IOException {
        Map<String, Object> procedure = procedure(folder);
        // quoted in YAML: 1.001193 unquoted would be read as a number and lose its digits
        assertThat(procedure.get("code")).as("code").isInstanceOf(String.class);
        assertThat((String) procedure.get("code")).isNotBlank();
        assertThat((String) procedure.get("processKey")).as("processKey").matches("[a-z][a-zA-Z0-9]*");
        for (String bilingual : List.of("name", "field", "responsibleAgency")) {
            assertBilingual(procedure.get(bilingual), bilingual);
        }
        assertThat(procedure.get("receivingLevel")).as("receivingLevel").isIn("COMMUNE", "DEPARTMENT");
        assertThat(procedure.get("onlineLevel")).as("onlineLevel").isIn("FULL", "PARTIAL", "NONE");

        Map<?, ?> fee = (Map<?, ?>) procedure.get("fee");
        assertThat(fee).as("fee").isNotNull();
        assertThat(fee.get("amountVnd")).as("fee.amountVnd").isInstanceOf(Integer.class);
        assertThat((Integer) fee.get("amountVnd")).isNotNegative();
        assertBilingual(fee.get("note"), "fee.note");

        List<?> documents = (List<?>) procedure.get("requiredDocuments");
        assertThat(documents).as("requiredDocuments").hasSizeBetween(3, 6);
        documents.forEach(document -> assertBilingual(document, "required document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedureFolders")
    void listedVersionsExistShareTheProcessKeyAndCoverEveryFile(Path folder) throws IOException {
        Map<String, Object> procedure = procedure(folder);
        List<?> versions = (List<?>) procedure.get("versions");
        assertThat(versions).as("versions").isNotEmpty().doesNotHaveDuplicates();
        List<String> versionFiles = versions.stream().map(version -> (String) ((Map<?, ?>) version).get("file"))
                .toList();
        // SnakeYAML reads an unquoted 2025-07-01 as a timestamp
        List<LocalDate> effectiveDates = versions.stream()
                .map(version -> ((java.util.Date) ((Map<?, ?>) version).get("effectiveFrom")).toInstant()
                        .atZone(java.time.ZoneOffset.UTC).toLocalDate()).toList();
        assertThat(effectiveDates).as("versions enter into force oldest first").isSorted().doesNotHaveDuplicates();

        Set<String> versionTags = new LinkedHashSet<>();
        for (String version : versionFiles) {
            Path file = folder.resolve(version);
            assertThat(file).as("listed version").exists();
            Process process = process(file);
            assertThat(process.getId()).as("process id of %s", file).isEqualTo(procedure.get("processKey"));
            assertThat(process.getName()).as("process name of %s", file).isEqualTo(((Map<?, ?>) procedure.get("name")).get("vi"));
            assertThat(versionTags.add(process.getCamundaVersionTag())).as("version tag of %s is new", file).isTrue();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".bpmn")).map(f -> f.getFileName().toString()))
                    .as("BPMN files in %s", folder).containsExactlyInAnyOrderElementsOf(versionFiles);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static BpmnModelInstance model(Path file) {
        return MODELS.computeIfAbsent(file, f -> {
            try (InputStream xml = Files.newInputStream(f)) {
                return Bpmn.readModelFromStream(xml);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Process process(Path file) {
        Collection<Process> processes = model(file).getModelElementsByType(Process.class);
        assertThat(processes).as("processes in %s", file).hasSize(1);
        return processes.iterator().next();
    }

    private static StartEvent startEvent(Path file) {
        Collection<StartEvent> starts = model(file).getModelElementsByType(StartEvent.class);
        assertThat(starts).as("start events in %s", file).hasSize(1);
        return starts.iterator().next();
    }

    private static <T extends BaseElement> void forEach(Path file, Class<T> type, Consumer<T> check) {
        model(file).getModelElementsByType(type).forEach(check);
    }

    private static Map<String, String> camundaProperties(BaseElement element) {
        Map<String, String> properties = new HashMap<>();
        if (element.getExtensionElements() != null) {
            element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                    .forEach(list -> list.getCamundaProperties()
                            .forEach((CamundaProperty p) -> properties.put(p.getCamundaName(), p.getCamundaValue())));
        }
        return properties;
    }

    /** ISO-8601 duration in working minutes, a day being eight working hours (P1DT4H = 12 h). */
    static int workingMinutes(String isoDuration) {
        assertThat(isoDuration).as("duration").isNotBlank();
        Duration duration = Duration.parse(isoDuration.strip());
        assertThat(duration.toSecondsPart()).as("seconds in %s", isoDuration).isZero();
        return (int) (duration.toDaysPart() * WORKING_MINUTES_PER_DAY + duration.toHoursPart() * 60L + duration.toMinutesPart());
    }

    private static FlowNode onlySuccessor(FlowNode node) {
        assertThat(node.getOutgoing()).as("flows out of %s", node.getId()).hasSize(1);
        return node.getOutgoing().iterator().next().getTarget();
    }

    /**
     * The largest sum of step allotments on a path from the node to the normal result, each step counted
     * once (a return to an earlier step is a loop, not a longer statutory path).
     */
    private static int longestPathToResult(FlowNode node, Set<String> onPath) {
        if (node.getId().equals("endEvent_resultReady")) {
            return 0;
        }
        onPath.add(node.getId());
        int own = node instanceof UserTask task ? workingMinutes(task.getCamundaDueDate()) : 0;
        int longest = Integer.MIN_VALUE;
        for (SequenceFlow flow : node.getOutgoing()) {
            if (!onPath.contains(flow.getTarget().getId())) {
                longest = Math.max(longest, longestPathToResult(flow.getTarget(), onPath));
            }
        }
        onPath.remove(node.getId());
        return longest == Integer.MIN_VALUE ? Integer.MIN_VALUE : own + longest;
    }

    private static Document dom(Path file) {
        try (InputStream xml = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file, e);
        }
    }

    private static void forEachDomElement(Element element, Consumer<Element> check) {
        check.accept(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                forEachDomElement(child, check);
            }
        }
    }

    private static List<String> sequenceFlowIdsInDocumentOrder(Path file, String sourceId) {
        List<String> ids = new ArrayList<>();
        forEachDomElement(dom(file).getDocumentElement(), element -> {
            if ("sequenceFlow".equals(element.getLocalName()) && sourceId.equals(element.getAttribute("sourceRef"))) {
                ids.add(element.getAttribute("id"));
            }
        });
        return ids;
    }

    private static void assertOnlyAllowedExpression(String value, Element element) {
        if (value.contains("${") || value.contains("#{")) {
            assertThat(value.equals(REMINDER_BEAN) || value.equals(FEE_REQUEST_BEAN)
                    || OUTCOME_CONDITION.matcher(value).matches())
                    .as("expression %s in %s %s", value, element.getLocalName(), element.getAttribute("id"))
                    .isTrue();
        }
    }

    private static Map<String, Object> procedure(Path folder) throws IOException {
        Path descriptor = folder.resolve("procedure.yml");
        assertThat(descriptor).as("procedure descriptor").exists();
        try (Reader reader = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
            Map<String, Object> procedure = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            assertThat(procedure).as("%s", descriptor).isNotNull();
            return procedure;
        }
    }

    private static void assertBilingual(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        Map<?, ?> text = (Map<?, ?>) value;
        assertThat(text.get("vi")).as("%s.vi", what).isInstanceOf(String.class);
        assertThat(text.get("en")).as("%s.en", what).isInstanceOf(String.class);
        assertThat((String) text.get("vi")).as("%s.vi", what).isNotBlank();
        assertThat((String) text.get("en")).as("%s.en", what).isNotBlank();
    }
}
