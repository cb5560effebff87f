package org.clearway.formats.wco;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.clearway.core.validation.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a document safely and validates it against a schema in the same pass, building a small tree
 * of {@link XmlNode}s with paths and positions. Safe means: no DTD at all (so no entities, internal or
 * external, and no entity expansion), secure processing, a byte limit and a depth limit. Never throws
 * for bad input: the result is the tree, or the problems (each with the element's path, line and column).
 */
final class XmlTreeReader {
    /** The tree (when well-formed and schema-valid), or the problems. */
    record Result(XmlNode root, List<Problem> problems) {
    }

    /** Checks the root element before anything else is read; returns a problem message, or null to go on. */
    interface RootCheck {
        String check(String namespace, String localName);
    }

    /** A factory per thread: SAXParserFactory is not promised to be thread-safe. */
    private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(XmlTreeReader::secureFactory);

    private final Schema schema;
    private final RootCheck rootCheck;

    XmlTreeReader(Schema schema, RootCheck rootCheck) {
        this.schema = schema;
        this.rootCheck = rootCheck;
    }

    Result read(byte[] input) {
        if (input == null || input.length == 0) {
            return failed(WcoCodes.XML_MALFORMED, "", "the document is empty");
        }
        if (input.length > WcoLimits.MAX_INPUT_BYTES) {
            return failed(WcoCodes.XML_LIMIT_EXCEEDED, "", "the document is " + input.length + " bytes; at most "
                    + WcoLimits.MAX_INPUT_BYTES + " are accepted");
        }
        Builder builder = new Builder();
        try {
            XMLReader reader = FACTORY.get().newSAXParser().getXMLReader();
            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(builder.schemaErrors);
            builder.validator = validator;
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            reader.parse(new InputSource(new ByteArrayInputStream(input)));
        } catch (Stop stop) {
            return new Result(null, builder.problems);
        } catch (SAXParseException e) {
            builder.malformed(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException | RuntimeException e) {
            // Bytes that are not the declared encoding surface as an IOException (or, from deep inside the
            // parser, a runtime one); report them where the parser had got to.
            builder.malformed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), builder.line(), builder.column());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!builder.problems.isEmpty()) return new Result(null, builder.problems);
        return new Result(builder.root, List.of());
    }

    private static Result failed(String code, String path, String message) {
        return new Result(null, List.of(new Problem(code, path, message)));
    }

    private static SAXParserFactory secureFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
    }

    /** Thrown by the builder to stop at once (wrong root, too deep, too many problems); the problems are kept. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    private final class Builder extends DefaultHandler {
        final List<Problem> problems = new ArrayList<>();
        final Deque<XmlNode> open = new ArrayDeque<>();
        final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
        ValidatorHandler validator;
        Locator locator;
        XmlNode root;

        final ErrorHandler schemaErrors = new ErrorHandler() {
            @Override public void warning(SAXParseException e) {
            }

            @Override public void error(SAXParseException e) throws SAXException {
                String where = at(e.getLineNumber(), e.getColumnNumber());
                // Xerces follows a bad value with a second, vaguer error on the same element ("must have no
                // element [children], and the value must be valid"): the first says it all.
                Problem last = problems.isEmpty() ? null : problems.getLast();
                if (last != null && last.path().equals(currentPath()) && last.message().startsWith(where)) return;
                add(WcoCodes.XML_SCHEMA_INVALID, currentPath(), where + plain(e.getMessage()));
            }

            @Override public void fatalError(SAXParseException e) throws SAXException {
                error(e);
            }
        };

        int line() { return locator == null ? 0 : locator.getLineNumber(); }

        int column() { return locator == null ? 0 : locator.getColumnNumber(); }

        void malformed(String message, int line, int column) {
            if (problems.size() >= WcoLimits.MAX_PROBLEMS) return;
            if (message != null && message.contains("DOCTYPE is disallowed")) {
                problems.add(new Problem(WcoCodes.XML_DTD_FORBIDDEN, currentPath(), at(line, column)
                        + "a document type declaration (<!DOCTYPE ...>) is not accepted: DEC-DMS needs none, and entities are refused"));
            } else {
                problems.add(new Problem(WcoCodes.XML_MALFORMED, currentPath(), at(line, column) + plain(message)));
            }
        }

        void add(String code, String path, String message) throws SAXException {
            if (problems.size() == WcoLimits.MAX_PROBLEMS) {
                problems.add(new Problem(WcoCodes.TOO_MANY_PROBLEMS, "", "more than " + WcoLimits.MAX_PROBLEMS + " problems; the rest are not listed"));
                throw new Stop();
            }
            problems.add(new Problem(code, path, message));
        }

        String currentPath() {
            return open.isEmpty() ? "" : open.peek().path;
        }

        @Override public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            validator.setDocumentLocator(locator);
        }

        @Override public void startDocument() throws SAXException {
            validator.startDocument();
        }

        @Override public void endDocument() throws SAXException {
            validator.endDocument();
        }

        @Override public void startPrefixMapping(String prefix, String uri) throws SAXException {
            validator.startPrefixMapping(prefix, uri);
        }

        @Override public void endPrefixMapping(String prefix) throws SAXException {
            validator.endPrefixMapping(prefix);
        }

        @Override public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (open.isEmpty() && root == null) {
                String refusal = rootCheck.check(uri, localName);
                if (refusal != null) {
                    add(WcoCodes.XML_NOT_DEC_DMS, "/" + localName, at(line(), column()) + refusal);
                    throw new Stop();
                }
            }
            if (open.size() >= WcoLimits.MAX_DEPTH) {
                add(WcoCodes.XML_LIMIT_EXCEEDED, currentPath(), at(line(), column()) + "elements nested deeper than " + WcoLimits.MAX_DEPTH);
                throw new Stop();
            }
            String path;
            if (open.isEmpty()) {
                path = "/" + localName;
            } else {
                int n = siblings.peek().merge(localName, 1, Integer::sum);
                path = pathOf(open.peek().path, localName, n);
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) attributes.put(atts.getLocalName(i), atts.getValue(i));
            XmlNode node = new XmlNode(uri, localName, path, line(), column(), attributes);
            if (open.isEmpty()) root = node;
            else open.peek().children.add(node);
            open.push(node);
            siblings.push(new HashMap<>());
            validator.startElement(uri, localName, qName, atts);
        }

        @Override public void endElement(String uri, String localName, String qName) throws SAXException {
            validator.endElement(uri, localName, qName);
            open.pop();
            siblings.pop();
        }

        @Override public void characters(char[] ch, int start, int length) throws SAXException {
            if (!open.isEmpty()) open.peek().text.append(ch, start, length);
            validator.characters(ch, start, length);
        }

        @Override public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            validator.ignorableWhitespace(ch, start, length);
        }

        @Override public void processingInstruction(String target, String data) throws SAXException {
            validator.processingInstruction(target, data);
        }

        @Override public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /**
     * The path of a child: a Declaration inside the MetaData envelope is written from /Declaration, as
     * DEC-DMS names it; the n-th element of a name among its siblings gets [n] when n > 1 (the first has none).
     */
    static String pathOf(String parent, String name, int n) {
        String base = parent.equals("/MetaData") && name.equals("Declaration") ? "" : parent;
        return base + "/" + name + (n > 1 ? "[" + n + "]" : "");
    }

    static String at(int line, int column) {
        return "line " + line + ", column " + column + ": ";
    }

    /** Xerces prefixes schema messages with its rule id ("cvc-complex-type.2.4.a: "); the rest is the plain message. */
    static String plain(String message) {
        if (message == null) return "";
        return message.replaceFirst("^cvc-[a-zA-Z0-9.-]+: ", "");
    }
}
