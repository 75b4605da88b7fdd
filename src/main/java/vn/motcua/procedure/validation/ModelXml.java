package vn.motcua.procedure.validation;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;

/** Small edits of a model's XML that keep everything else, its diagram layout included. */
public final class ModelXml {

    private ModelXml() {
    }

    /** The model with {@code camunda:versionTag} of its executable process set to the tag. */
    public static byte[] withVersionTag(byte[] xml, String versionTag) {
        SafeXml.Parsed parsed = SafeXml.parse(xml);
        if (parsed.refusal().isPresent()) {
            throw new ModelRejectedException(List.of(parsed.refusal().get()));
        }
        Element definitions = parsed.document().getDocumentElement();
        List<Element> executable = ModelRules.children(definitions, ModelRules.BPMN, "process").stream()
                .filter(p -> "true".equals(p.getAttribute("isExecutable"))).toList();
        if (executable.isEmpty()) {
            throw new ModelRejectedException(List.of(ModelFinding.of(null, "process.notExecutable")));
        }
        executable.get(0).setAttributeNS(ModelRules.CAMUNDA, "camunda:versionTag", versionTag);
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 64);
            transformer.transform(new DOMSource(parsed.document()), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a parsed model back", e);
        }
    }

    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * The model as text, decoded with the encoding its XML declaration names (files written by other
     * tools are often ISO-8859-1), the declaration then saying UTF-8 as the text is stored and served.
     */
    public static String text(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(head.stripLeading());
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        if (declared.find() && java.nio.charset.Charset.isSupported(declared.group(1))) {
            charset = java.nio.charset.Charset.forName(declared.group(1));
        }
        String text = new String(xml, charset);
        return charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? text
                : text.replaceFirst("encoding=[\"'][A-Za-z0-9._-]+[\"']", "encoding=\"UTF-8\"");
    }

    /** Null when the XML is safe to hand to a BPMN parser, else the reason it is not. */
    public static ModelFinding unsafe(byte[] xml) {
        return SafeXml.parse(xml).refusal().orElse(null);
    }
}
