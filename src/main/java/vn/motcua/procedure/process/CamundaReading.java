package vn.motcua.procedure.process;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import vn.motcua.procedure.validation.ModelFinding;

/**
 * The model as Camunda's model API reads it ({@link Bpmn#readModelFromStream}): the same JDK parser
 * the engine's deployment uses, with the BPMN schema checked as the engine checks it. The rules run
 * on this document, so they judge the text the engine will evaluate — not the raw file, where a
 * comment, a CDATA section or a character reference can hide an expression from a text search.
 * Called by the model validator only on XML its safe reading accepted (no DOCTYPE, within the size
 * limits).
 */
public final class CamundaReading {

    /** The document, or the one finding that stops reading it. */
    public record Read(Document document, Optional<ModelFinding> refusal) {
    }

    private CamundaReading() {
    }

    public static Read read(byte[] xml) {
        try {
            Document document = (Document) Bpmn.readModelFromStream(new ByteArrayInputStream(xml))
                    .getDocument().getDomSource().getNode();
            return new Read(document, Optional.empty());
        } catch (ModelException e) {
            return new Read(null, Optional.of(new ModelFinding(null, "xml.schema", List.of(shorten(reason(e))))));
        }
    }

    /** The innermost message there is: the schema validator's words, not the model API's wrapper. */
    private static String reason(Throwable e) {
        String reason = String.valueOf(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getMessage();
            }
        }
        return reason;
    }

    private static String shorten(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
