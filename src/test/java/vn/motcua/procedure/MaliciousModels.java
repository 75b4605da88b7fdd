package vn.motcua.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Broken and malicious variants of the shipped simplified business-household model, each with
 * the rule that must reject it. Built from the real file so that everything else in it is valid.
 */
final class MaliciousModels {

    static final String PROCEDURE = "1.001612";
    static final Path VALID = Path.of("bpmn/business-household-registration/business-household-registration.bpmn");
    static final String APPROVE = "${outcome == 'approve'}";
    static final String REMINDER = "camunda:delegateExpression=\"#{dueSoonReminder}\"";
    /** The reported attack: a comment splits "${" so that a text-node check sees no expression. */
    static final String COMMENT_EVASION = "$<!-- -->{jdbcTemplate.update(\"UPDATE app_user SET roles = 'ADMIN'"
            + " WHERE username = 'analyst'\") >= 0 and outcome == 'approve'}";

    /** A variant: the XML and the rule (and element, where one is at fault) it must be rejected with. */
    record Case(String xml, String rule, String elementId) {
    }

    private MaliciousModels() {
    }

    static String valid() {
        try {
            return Files.readString(VALID, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Case> cases() {
        String valid = valid();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("script task", new Case(valid.replace("  </bpmn:process>", """
                    <bpmn:scriptTask id="scriptTask_cleanUp" name="Dọn dẹp" scriptFormat="javascript">
                      <bpmn:script>java.lang.Runtime.getRuntime().exec('rm -rf /')</bpmn:script>
                    </bpmn:scriptTask>
                  </bpmn:process>"""), "security.scriptTask", "scriptTask_cleanUp"));
        cases.put("camunda:class", new Case(valid.replaceFirst(java.util.regex.Pattern.quote(REMINDER),
                "camunda:class=\"java.lang.Runtime\""), "security.javaClass", "serviceTask_remindCheckAndRegister"));
        cases.put("expression calling Runtime", new Case(valid.replaceFirst(java.util.regex.Pattern.quote(APPROVE),
                "\\${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                        + ".exec('touch /tmp/pwned') != null}"), "security.methodCall", null));
        cases.put("condition split by a comment (SQL through jdbcTemplate)", new Case(valid.replaceFirst(
                java.util.regex.Pattern.quote(APPROVE), java.util.regex.Matcher.quoteReplacement(COMMENT_EVASION)),
                "security.methodCall", null));
        cases.put("condition in another language", new Case(valid.replaceFirst(
                java.util.regex.Pattern.quote("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">"),
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">"),
                "security.language", null));
        cases.put("script listener", new Case(valid.replace("<bpmn:documentation>Lãnh đạo UBND xã ký", """
                <bpmn:extensionElements><camunda:taskListener event="create"><camunda:script scriptFormat="groovy">"id".execute()</camunda:script></camunda:taskListener></bpmn:extensionElements>
                <bpmn:documentation>Lãnh đạo UBND xã ký"""), "security.script", null));
        cases.put("XXE payload", new Case(valid.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("Thời hạn 03 ngày làm việc.", "&xxe;"), "xml.doctype", null));
        cases.put("billion laughs", new Case(valid.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>""")
                .replace("Thời hạn 03 ngày làm việc.", "&lol9;"), "xml.doctype", null));
        cases.put("missing deadline", new Case(valid.replace(
                "<camunda:property name=\"statutoryWorkingDays\" value=\"3\" />", ""),
                "process.deadline", "businessHouseholdRegistration"));
        cases.put("unreachable end", new Case(valid.replace("  </bpmn:process>",
                "    <bpmn:endEvent id=\"endEvent_forgotten\" name=\"Kết thúc bị quên\" />\n  </bpmn:process>"),
                "flow.unreachable", "endEvent_forgotten"));
        cases.put("generated id", new Case(valid.replace("userTask_signRegistrationCertificate", "Activity_0x1abc2"),
                "id.generated", "Activity_0x1abc2"));
        cases.put("unknown group", new Case(valid.replace("camunda:candidateGroups=\"receiving.leader\"",
                "camunda:candidateGroups=\"HACKERS.leader\""), "userTask.unknownGroup", null));
        return cases;
    }

    /** More than 50 MB: a valid model padded with a huge comment. */
    static byte[] fiftyMegabytes() {
        byte[] padding = "<!-- padding -->".repeat(50 * 1024 * 1024 / 16 + 1).getBytes(StandardCharsets.UTF_8);
        byte[] model = valid().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[model.length + padding.length];
        System.arraycopy(model, 0, body, 0, model.length);
        System.arraycopy(padding, 0, body, model.length, padding.length);
        return body;
    }
}
