package vn.motcua.procedure.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Ways to smuggle an expression past a validator into the engine, each a small executable model
 * built around a payload (JUEL that reaches a bean, e.g. {@code evasionProbe.fire()}). Driven as
 * {@link #drive} describes, the engine evaluates the payload in every variant: at the start of the
 * first step, on its completion, or at the gateway after it.
 */
final class EvasionModels {

    /** Payloads: a method call, and a property read (a getter call without parentheses). */
    static final String CALL = "evasionProbe.fire()";
    static final String PROPERTY = "evasionProbe.fired";
    static final String PROBE_CLASS = "vn.motcua.procedure.validation.EvasionProbe";

    /**
     * One variant: its name, the model for a payload, and whether Camunda's unrestricted Spring
     * configuration would reach the bean with it (false where the evasion needs an engine we do not
     * ship at all, e.g. Groovy).
     */
    record Evasion(String name, UnaryOperator<String> model, boolean reachesUnrestricted) {

        @Override
        public String toString() {
            return name;
        }
    }

    private EvasionModels() {
    }

    /** The harmless model every variant changes: validates clean. */
    static String harmless() {
        return new Template().xml();
    }

    static List<Evasion> all() {
        List<Evasion> all = new ArrayList<>();
        // --- the text of a condition, however the XML spells it
        condition(all, "comment splitting ${", p -> "$<!-- -->{" + p + " and outcome == 'approve'}");
        condition(all, "comment inside the expression", p -> "${" + p + " <!-- and --> and outcome == 'approve'}");
        condition(all, "CDATA section", p -> "<![CDATA[${" + p + " and outcome == 'approve'}]]>");
        condition(all, "CDATA splitting ${", p -> "$<![CDATA[{]]>" + p + " and outcome == 'approve'}");
        condition(all, "decimal character references", p -> "&#36;&#123;" + p + " and outcome == 'approve'&#125;");
        condition(all, "hexadecimal character references", p -> "&#x24;&#x7b;" + p + " and outcome == 'approve'}");
        condition(all, "predefined entities", p -> "${" + p + " &amp;&amp; outcome == &apos;approve&apos;}");
        condition(all, "processing instruction splitting ${", p -> "$<?split here?>{" + p + " and outcome == 'approve'}");
        condition(all, "whitespace and new lines around", p -> "\n   \t${" + p + " and outcome == 'approve'}\n  ");
        condition(all, "deferred #{", p -> "#{" + p + " and outcome == 'approve'}");
        condition(all, "second expression after an allowed one", p -> "${outcome == 'approve'}${" + p + "}");
        condition(all, "${ nested in a string", p -> "${outcome != '${x}' and " + p + "}");
        condition(all, "comment splitting #{", p -> "#<!-- -->{" + p + " and outcome == 'approve'}");
        condition(all, "inside a ternary", p -> "${outcome == 'approve' ? " + p + " : false}");
        condition(all, "bracket instead of dot", p -> {
            String member = p.substring(p.indexOf('.') + 1);
            String call = member.endsWith("()") ? "()" : "";
            return "${evasionProbe['" + member.replace("()", "") + "']" + call + " and outcome == 'approve'}";
        });
        all.add(new Evasion("condition language=\"juel\" (a script)", p -> new Template()
                .conditionAttributes(" language=\"juel\"").condition("${" + p + " and outcome == 'approve'}").xml(), true));
        all.add(new Evasion("condition language=\"groovy\"", p -> new Template()
                .conditionAttributes(" language=\"groovy\"").condition(p + " &amp;&amp; outcome == 'approve'").xml(), false));
        // --- listeners
        all.add(new Evasion("execution listener expression", p -> new Template().taskExtensions(
                "<camunda:executionListener event=\"start\" expression=\"${" + p + "}\" />").xml(), true));
        all.add(new Evasion("execution listener delegateExpression", p -> new Template().taskExtensions(
                "<camunda:executionListener event=\"start\" delegateExpression=\"#{" + p + "}\" />").xml(), true));
        all.add(new Evasion("execution listener bean outside the list", p -> new Template().taskExtensions(
                "<camunda:executionListener event=\"start\" delegateExpression=\"#{evasionProbe}\" />").xml(), true));
        all.add(new Evasion("process execution listener", p -> new Template().processExtensions(
                "<camunda:executionListener event=\"start\" expression=\"${" + p + "}\" />").xml(), true));
        all.add(new Evasion("task listener expression on create", p -> new Template().taskExtensions(
                "<camunda:taskListener event=\"create\" expression=\"${" + p + "}\" />").xml(), true));
        all.add(new Evasion("task listener on complete, character references in the attribute", p -> new Template()
                .taskExtensions("<camunda:taskListener event=\"complete\" expression=\"&#36;&#123;" + p + "}\" />")
                .xml(), true));
        all.add(new Evasion("task listener bean outside the list", p -> new Template().taskExtensions(
                "<camunda:taskListener event=\"create\" delegateExpression=\"${evasionProbe}\" />").xml(), true));
        all.add(new Evasion("execution listener script (juel)", p -> new Template().taskExtensions(
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"juel\">${" + p
                        + "}</camunda:script></camunda:executionListener>").xml(), true));
        all.add(new Evasion("execution listener camunda:class", p -> new Template().taskExtensions(
                "<camunda:executionListener event=\"start\" class=\"" + PROBE_CLASS + "\" />").xml(), true));
        // --- input/output mappings
        all.add(new Evasion("input mapping", p -> new Template().taskExtensions(
                "<camunda:inputOutput><camunda:inputParameter name=\"x\">${" + p
                        + "}</camunda:inputParameter></camunda:inputOutput>").xml(), true));
        all.add(new Evasion("input mapping split by a comment", p -> new Template().taskExtensions(
                "<camunda:inputOutput><camunda:inputParameter name=\"x\">$<!-- -->{" + p
                        + "}</camunda:inputParameter></camunda:inputOutput>").xml(), true));
        all.add(new Evasion("output mapping", p -> new Template().taskExtensions(
                "<camunda:inputOutput><camunda:outputParameter name=\"x\">${" + p
                        + "}</camunda:outputParameter></camunda:inputOutput>").xml(), true));
        all.add(new Evasion("input mapping list value", p -> new Template().taskExtensions(
                "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:list><camunda:value>${" + p
                        + "}</camunda:value></camunda:list></camunda:inputParameter></camunda:inputOutput>").xml(), true));
        all.add(new Evasion("input mapping map entry", p -> new Template().taskExtensions(
                "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:map><camunda:entry key=\"k\">${" + p
                        + "}</camunda:entry></camunda:map></camunda:inputParameter></camunda:inputOutput>").xml(), true));
        // --- the step itself
        all.add(new Evasion("assignee", p -> new Template().taskAttributes(" camunda:assignee=\"${" + p + "}\"").xml(), true));
        all.add(new Evasion("candidate groups", p -> new Template().candidateGroups("${" + p + "}").xml(), true));
        all.add(new Evasion("due date", p -> new Template().taskAttributes(" camunda:dueDate=\"${" + p + "}\"").xml(), true));
        all.add(new Evasion("follow-up date", p -> new Template().taskAttributes(" camunda:followUpDate=\"${" + p + "}\"").xml(), true));
        all.add(new Evasion("priority", p -> new Template().taskAttributes(" camunda:priority=\"${" + p + "}\"").xml(), true));
        all.add(new Evasion("step name", p -> new Template().taskName("${" + p + "}").xml(), true));
        all.add(new Evasion("step documentation (its description)", p -> new Template().documentation("${" + p + "}").xml(), true));
        // --- timers
        for (String timer : List.of("timeDuration", "timeDate", "timeCycle")) {
            all.add(new Evasion("timer " + timer, p -> new Template().timer(timer, "${" + p + "}").xml(), true));
            all.add(new Evasion("timer " + timer + " in CDATA", p -> new Template()
                    .timer(timer, "<![CDATA[${" + p + "}]]>").xml(), true));
        }
        // --- a step before the user task
        all.add(new Evasion("service task camunda:expression with resultVariable", p -> new Template().firstStep(
                "<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" camunda:expression=\"${" + p
                        + "}\" camunda:resultVariable=\"outcome\" />").xml(), true));
        all.add(new Evasion("service task bean outside the list", p -> new Template().firstStep(
                "<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" camunda:delegateExpression=\"#{evasionProbe}\" />")
                .xml(), true));
        all.add(new Evasion("service task delegate with a call", p -> new Template().firstStep(
                "<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" camunda:delegateExpression=\"#{" + p + "}\" />")
                .xml(), true));
        all.add(new Evasion("service task camunda:class", p -> new Template().firstStep(
                "<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" camunda:class=\"" + PROBE_CLASS + "\" />")
                .xml(), true));
        all.add(new Evasion("service task activiti:class (the namespace Camunda still reads)", p -> new Template()
                .firstStep("<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" activiti:class=\"" + PROBE_CLASS
                        + "\" />").xml(), true));
        all.add(new Evasion("service task activiti:expression", p -> new Template().firstStep(
                "<bpmn:serviceTask id=\"serviceTask_probe\" name=\"Thử\" activiti:expression=\"${" + p + "}\" />")
                .xml(), true));
        all.add(new Evasion("script task (juel)", p -> new Template().firstStep(
                "<bpmn:scriptTask id=\"scriptTask_probe\" name=\"Thử\" scriptFormat=\"juel\"><bpmn:script>${" + p
                        + "}</bpmn:script></bpmn:scriptTask>").xml(), true));
        return all;
    }

    private static void condition(List<Evasion> all, String name, UnaryOperator<String> condition) {
        all.add(new Evasion("condition: " + name, p -> new Template().condition(condition.apply(p)).xml(), true));
    }

    /**
     * The model as a few slots in a harmless process: start, (first step), the user task "check"
     * with an optional boundary timer, a gateway on {@code outcome}, end.
     */
    static final class Template {
        private String processExtensions = "";
        private String firstStep = "";
        private String taskName = "Kiểm tra hồ sơ";
        private String candidateGroups = "receiving.specialist";
        private String taskAttributes = "";
        private String documentation = "";
        private String taskExtensions = "";
        private String timer = "";
        private String conditionAttributes = "";
        private String condition = "${outcome == 'approve'}";

        Template processExtensions(String xml) { processExtensions = xml; return this; }
        Template firstStep(String xml) { firstStep = xml; return this; }
        Template taskName(String name) { taskName = name; return this; }
        Template candidateGroups(String groups) { candidateGroups = groups; return this; }
        Template taskAttributes(String xml) { taskAttributes = xml; return this; }
        Template documentation(String text) { documentation = "<bpmn:documentation>" + text + "</bpmn:documentation>"; return this; }
        Template taskExtensions(String xml) { taskExtensions = "<bpmn:extensionElements>" + xml + "</bpmn:extensionElements>"; return this; }
        Template conditionAttributes(String xml) { conditionAttributes = xml; return this; }
        Template condition(String text) { condition = text; return this; }

        Template timer(String kind, String text) {
            timer = """
                    <bpmn:boundaryEvent id="boundaryEvent_late" name="Trễ" cancelActivity="false" attachedToRef="userTask_check">
                      <bpmn:timerEventDefinition id="timerEventDefinition_late">
                        <bpmn:%s xsi:type="bpmn:tFormalExpression">%s</bpmn:%s>
                      </bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:sequenceFlow id="flow_late" sourceRef="boundaryEvent_late" targetRef="endEvent_late" />
                    <bpmn:endEvent id="endEvent_late" name="Đã nhắc" />""".formatted(kind, text, kind);
            return this;
        }

        String xml() {
            String firstId = firstStep.isEmpty() ? "userTask_check"
                    : firstStep.replaceFirst("(?s)^.*? id=\"([^\"]+)\".*$", "$1");
            String afterFirst = firstStep.isEmpty() ? ""
                    : "<bpmn:sequenceFlow id=\"flow_toCheck\" sourceRef=\"" + firstId + "\" targetRef=\"userTask_check\" />";
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        xmlns:activiti="http://activiti.org/bpmn"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        id="definitions_evasion" targetNamespace="http://motcua.vn/test/evasion">
                      <bpmn:process id="evasionProcess" name="Thử lách kiểm tra" isExecutable="true"
                          camunda:historyTimeToLive="30" camunda:versionTag="evasion">
                        <bpmn:extensionElements>
                          <camunda:properties><camunda:property name="statutoryWorkingDays" value="3" /></camunda:properties>
                          %s
                        </bpmn:extensionElements>
                        <bpmn:startEvent id="startEvent_filed" name="Nộp hồ sơ" />
                        <bpmn:sequenceFlow id="flow_toFirst" sourceRef="startEvent_filed" targetRef="%s" />
                        %s
                        %s
                        <bpmn:userTask id="userTask_check" name="%s" camunda:candidateGroups="%s"%s>%s%s</bpmn:userTask>
                        %s
                        <bpmn:sequenceFlow id="flow_toDecision" sourceRef="userTask_check" targetRef="exclusiveGateway_decision" />
                        <bpmn:exclusiveGateway id="exclusiveGateway_decision" name="Quyết định?" />
                        <bpmn:sequenceFlow id="flow_approved" sourceRef="exclusiveGateway_decision" targetRef="endEvent_done">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"%s>%s</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>
                        <bpmn:sequenceFlow id="flow_rejected" sourceRef="exclusiveGateway_decision" targetRef="endEvent_done">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${outcome == 'reject'}</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>
                        <bpmn:endEvent id="endEvent_done" name="Xong" />
                      </bpmn:process>
                    </bpmn:definitions>
                    """.formatted(processExtensions, firstId, firstStep, afterFirst, taskName, candidateGroups,
                    taskAttributes, documentation, taskExtensions, timer, conditionAttributes, condition);
        }
    }
}
