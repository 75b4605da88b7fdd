package vn.motcua.procedure.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded model before anything else does (Camunda's parser included), with every
 * door of XML closed: no DOCTYPE at all (so no external entity, no entity expansion such as the
 * "billion laughs"), no external DTD or schema, no XInclude; a size limit, and an element-count
 * and depth limit checked while streaming, before a DOM is built.
 */
final class SafeXml {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ELEMENTS = 20_000;
    static final int MAX_DEPTH = 100;

    /** The DOM, or the one finding that stops reading it. */
    record Parsed(Document document, Optional<ModelFinding> refusal) {
    }

    private SafeXml() {
    }

    static Parsed parse(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            return refused(ModelFinding.of(null, "size.tooLarge", MAX_BYTES / 1024));
        }
        if (xml.length == 0) {
            return refused(ModelFinding.of(null, "xml.malformed", 1, "empty"));
        }
        try {
            Optional<ModelFinding> limits = checkLimits(xml);
            if (limits.isPresent()) {
                return refused(limits.get());
            }
            DocumentBuilder builder = documentBuilders().newDocumentBuilder();
            builder.setErrorHandler(null);
            return new Parsed(builder.parse(new ByteArrayInputStream(xml)), Optional.empty());
        } catch (SAXParseException e) {
            return refused(readingError(e));
        } catch (SAXException | IOException e) {
            return refused(ModelFinding.of(null, "xml.malformed", 0, String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static Parsed refused(ModelFinding finding) {
        return new Parsed(null, Optional.of(finding));
    }

    private static ModelFinding readingError(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
            return ModelFinding.of(null, "xml.doctype");
        }
        return ModelFinding.of(null, "xml.malformed", e.getLineNumber(), shorten(message));
    }

    private static String shorten(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** Streams once to count elements and nesting, so a huge tree is refused before it is built. */
    private static Optional<ModelFinding> checkLimits(byte[] xml)
            throws ParserConfigurationException, SAXException, IOException {
        final class Counter extends DefaultHandler {
            int elements;
            int depth;
            ModelFinding exceeded;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                elements++;
                depth++;
                if (elements > MAX_ELEMENTS) {
                    exceeded = ModelFinding.of(null, "xml.tooManyElements", MAX_ELEMENTS);
                } else if (depth > MAX_DEPTH) {
                    exceeded = ModelFinding.of(null, "xml.tooDeep", MAX_DEPTH);
                }
                if (exceeded != null) {
                    throw new SAXException("limit");
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                depth--;
            }
        }
        Counter counter = new Counter();
        try {
            saxParsers().newSAXParser().parse(new ByteArrayInputStream(xml), counter);
        } catch (SAXParseException e) {
            throw e;
        } catch (SAXException e) {
            if (counter.exceeded == null) {
                throw e;
            }
        }
        return Optional.ofNullable(counter.exceeded);
    }

    private static final List<String> CLOSED_FEATURES = List.of(
            "http://xml.org/sax/features/external-general-entities",
            "http://xml.org/sax/features/external-parameter-entities",
            "http://apache.org/xml/features/nonvalidating/load-external-dtd");

    private static DocumentBuilderFactory documentBuilders() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String feature : CLOSED_FEATURES) {
            factory.setFeature(feature, false);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static SAXParserFactory saxParsers() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String feature : CLOSED_FEATURES) {
            factory.setFeature(feature, false);
        }
        factory.setXIncludeAware(false);
        return factory;
    }
}
