package vn.motcua.procedure.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import vn.motcua.shared.process.ProcessVariables;
import vn.motcua.shared.process.TaskGroup;

/**
 * What one procedure model declares, read with Camunda's model API: statutory time,
 * the decisions each step offers, which ends refuse the dossier, and the normal path
 * (steps and agency hand-overs) that the reduction report compares across versions.
 */
final class BpmnFacts {

    static final String STATUTORY_WORKING_DAYS = "statutoryWorkingDays";
    static final String DOSSIER_RESULT = "dossierResult";
    static final String APPROVE = ProcessVariables.APPROVE;

    private final Process process;
    private final Map<String, List<String>> outcomesByTask;
    private final Map<String, List<String>> groupsByTask;
    private final Set<String> refusalEnds;
    private final List<UserTask> normalPath;

    private BpmnFacts(Process process) {
        this.process = process;
        this.outcomesByTask = process.getChildElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(BaseElement::getId, BpmnFacts::outcomesAfter));
        this.groupsByTask = process.getChildElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(BaseElement::getId, BpmnFacts::candidateGroupsOf));
        this.refusalEnds = process.getChildElementsByType(EndEvent.class).stream()
                .filter(end -> property(end, DOSSIER_RESULT).filter("refused"::equals).isPresent())
                .map(BaseElement::getId).collect(Collectors.toSet());
        this.normalPath = walkNormalPath(process);
    }

    /** The facts of the model's executable process. */
    static BpmnFacts of(BpmnModelInstance model) {
        Process process = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no executable process"));
        return new BpmnFacts(process);
    }

    String processKey() {
        return process.getId();
    }

    String versionTag() {
        return process.getCamundaVersionTag();
    }

    /** The declared statutory time in working days, if the model declares a valid one. */
    Optional<Integer> statutoryWorkingDays() {
        return property(process, STATUTORY_WORKING_DAYS).flatMap(value -> {
            try {
                int days = Integer.parseInt(value.trim());
                return days >= 0 ? Optional.of(days) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    List<String> outcomes(String taskId) {
        return outcomesByTask.getOrDefault(taskId, List.of(APPROVE));
    }

    List<String> candidateGroups(String taskId) {
        return groupsByTask.getOrDefault(taskId, List.of());
    }

    boolean endsInRefusal(String endEventId) {
        return refusalEnds.contains(endEventId);
    }

    int normalPathSteps() {
        return normalPath.size();
    }

    /** Consecutive steps on the normal path that belong to different agencies. */
    int normalPathHandovers() {
        int handovers = 0;
        for (int i = 1; i < normalPath.size(); i++) {
            if (!agencyOf(normalPath.get(i - 1)).equals(agencyOf(normalPath.get(i)))) {
                handovers++;
            }
        }
        return handovers;
    }

    /** "receiving" or a department code: the part of "XPV.specialist"-style groups before the dot. */
    static String agencyOf(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
            return "";
        }
        String first = groups.split(",")[0].trim();
        return TaskGroup.parse(first).map(TaskGroup::agency).orElse(first);
    }

    private static List<String> candidateGroupsOf(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
    }

    static Optional<String> property(BaseElement element, String name) {
        if (element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .stream().flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst();
    }

    /** The outcome a flow's condition tests, e.g. "approve" for ${outcome == 'approve'}. */
    static Optional<String> outcomeTestedBy(SequenceFlow flow) {
        ConditionExpression condition = flow.getConditionExpression();
        if (condition == null || condition.getTextContent() == null) {
            return Optional.empty();
        }
        return ExpressionGrammar.outcomeTested(condition.getTextContent());
    }

    private static List<String> outcomesAfter(UserTask task) {
        Collection<SequenceFlow> outgoing = task.getOutgoing();
        if (outgoing.size() == 1 && outgoing.iterator().next().getTarget() instanceof ExclusiveGateway gateway) {
            List<String> outcomes = gateway.getOutgoing().stream().map(BpmnFacts::outcomeTestedBy)
                    .flatMap(Optional::stream).distinct().toList();
            if (!outcomes.isEmpty()) {
                return outcomes;
            }
        }
        return List.of(APPROVE);
    }

    /** From the start event, always taking the first way on (a gateway's first outgoing flow). */
    private static List<UserTask> walkNormalPath(Process process) {
        Optional<StartEvent> start = process.getChildElementsByType(StartEvent.class).stream().findFirst();
        List<UserTask> steps = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        FlowNode node = start.orElse(null);
        while (node != null && visited.add(node.getId())) {
            if (node instanceof UserTask task) {
                steps.add(task);
            }
            node = normalWayOn(node);
        }
        return steps;
    }

    /** The "approve" flow where there is one, else the first outgoing flow in the model's order. */
    private static FlowNode normalWayOn(FlowNode node) {
        Collection<SequenceFlow> outgoing = node.getOutgoing();
        return outgoing.stream().filter(flow -> outcomeTestedBy(flow).filter(APPROVE::equals).isPresent())
                .findFirst().or(() -> outgoing.stream().findFirst())
                .map(SequenceFlow::getTarget).orElse(null);
    }
}
