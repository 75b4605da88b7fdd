package vn.motcua.procedure.validation;

import static vn.motcua.procedure.validation.ModelRules.BPMN;
import static vn.motcua.procedure.validation.ModelRules.children;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * The sequence flows of one process or sub-process as a graph, checked for soundness: every node
 * can be reached from a start, every path can reach an end, and nothing but an end event stops
 * a path. A boundary event is reached with the activity it is attached to. Sub-processes are
 * checked as scopes of their own.
 */
final class FlowGraph {

    private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction");
    private static final Set<String> NOT_FLOW_NODES = Set.of("sequenceFlow", "laneSet", "extensionElements",
            "documentation", "dataObject", "dataObjectReference", "dataStoreReference", "association",
            "textAnnotation", "group", "ioSpecification", "property", "dataInputAssociation",
            "dataOutputAssociation", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
            "incoming", "outgoing", "auditing", "monitoring", "category", "correlationSubscription");

    private final Map<String, Element> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> next = new HashMap<>();
    private final Map<String, List<String>> previous = new HashMap<>();

    private FlowGraph(Element scope) {
        for (Element child : children(scope, BPMN, null)) {
            if (!NOT_FLOW_NODES.contains(child.getLocalName()) && child.hasAttribute("id")) {
                nodes.put(child.getAttribute("id"), child);
            }
        }
        for (Element flow : children(scope, BPMN, "sequenceFlow")) {
            link(flow.getAttribute("sourceRef"), flow.getAttribute("targetRef"));
        }
        for (Element node : nodes.values()) {
            if ("boundaryEvent".equals(node.getLocalName())) {
                link(node.getAttribute("attachedToRef"), node.getAttribute("id"));
            }
        }
    }

    static List<ModelFinding> check(Element scope, boolean requireEnd) {
        FlowGraph graph = new FlowGraph(scope);
        List<ModelFinding> findings = new ArrayList<>(graph.findings(scope.getAttribute("id"), requireEnd));
        for (Element node : graph.nodes.values()) {
            if (CONTAINERS.contains(node.getLocalName())) {
                findings.addAll(check(node, false));
            }
        }
        return findings;
    }

    private List<ModelFinding> findings(String scopeId, boolean requireEnd) {
        List<ModelFinding> findings = new ArrayList<>();
        if (nodes.isEmpty()) {
            return findings;
        }
        Set<String> starts = new HashSet<>();
        Set<String> ends = new HashSet<>();
        for (Element node : nodes.values()) {
            String id = node.getAttribute("id");
            if (isStart(node)) {
                starts.add(id);
            }
            if ("endEvent".equals(node.getLocalName())) {
                ends.add(id);
            }
        }
        boolean explicitStart = nodes.values().stream().anyMatch(n -> "startEvent".equals(n.getLocalName()));
        boolean explicitEnd = !ends.isEmpty();
        if (!explicitStart && requireEnd) {
            findings.add(ModelFinding.of(scopeId, "flow.noStart"));
        }
        if (!explicitEnd && requireEnd) {
            findings.add(ModelFinding.of(scopeId, "flow.noEnd"));
        }
        for (Element node : nodes.values()) {
            String id = node.getAttribute("id");
            boolean stops = next.getOrDefault(id, List.of()).isEmpty();
            if (!explicitStart && previous.getOrDefault(id, List.of()).isEmpty() && !isBoundary(node)) {
                starts.add(id);
            }
            if (stops && !explicitEnd && !exempt(node)) {
                ends.add(id);
            } else if (stops && !ends.contains(id) && !exempt(node)) {
                findings.add(ModelFinding.of(id, "flow.deadEnd"));
            }
        }
        Set<String> reached = walk(starts, next);
        Set<String> ending = walk(ends, previous);
        for (Element node : nodes.values()) {
            String id = node.getAttribute("id");
            if (exempt(node)) {
                continue;
            }
            if (!reached.contains(id)) {
                findings.add(ModelFinding.of(id, "flow.unreachable"));
            } else if (!ending.contains(id) && !next.getOrDefault(id, List.of()).isEmpty()) {
                findings.add(ModelFinding.of(id, "flow.noPathToEnd"));
            }
        }
        return findings;
    }

    /** Starts of a scope: start events, event sub-processes and link targets (reached by name). */
    private static boolean isStart(Element node) {
        return "startEvent".equals(node.getLocalName())
                || "true".equals(node.getAttribute("triggeredByEvent"))
                || ("intermediateCatchEvent".equals(node.getLocalName())
                        && !children(node, BPMN, "linkEventDefinition").isEmpty());
    }

    /** Compensation handlers and link throws are not on the sequence-flow paths. */
    private static boolean exempt(Element node) {
        return "true".equals(node.getAttribute("isForCompensation"))
                || "true".equals(node.getAttribute("triggeredByEvent"))
                || !children(node, BPMN, "linkEventDefinition").isEmpty()
                || (isBoundary(node) && !children(node, BPMN, "compensateEventDefinition").isEmpty());
    }

    private static boolean isBoundary(Element node) {
        return "boundaryEvent".equals(node.getLocalName());
    }

    private void link(String from, String to) {
        if (nodes.containsKey(from) && nodes.containsKey(to)) {
            next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            previous.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
        }
    }

    private static Set<String> walk(Set<String> from, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (String neighbour : edges.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(neighbour)) {
                    todo.push(neighbour);
                }
            }
        }
        return seen;
    }
}
