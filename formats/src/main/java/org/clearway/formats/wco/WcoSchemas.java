package org.clearway.formats.wco;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The DEC-DMS (declarations) and RES-DMS (notifications) schemas, each compiled once from the
 * classpath copy under {@code org/clearway/formats/wco/xsd} and shared: a {@link Schema} is immutable
 * and thread-safe. Imports resolve relative to the classpath (jar or file), never the network.
 */
public final class WcoSchemas {
    private static final String BASE = "/org/clearway/formats/wco/xsd/";

    private WcoSchemas() {
    }

    /** MetaData wrapping a Declaration, or a bare Declaration. */
    public static Schema declaration() {
        return Holder.DECLARATION;
    }

    /** MetaData wrapping one or more Responses. */
    public static Schema notification() {
        return Holder.NOTIFICATION;
    }

    private static final class Holder {
        static final Schema DECLARATION = compile("declaration/DocumentMetaData_2_DMS.xsd", "declaration/WCO_DEC_2_DMS.xsd");
        static final Schema NOTIFICATION = compile("declaration/DocumentMetaData_2_DMS.xsd", "notification/WCO_RES_2_DMS.xsd");
    }

    private static Schema compile(String... files) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Imports between the bundled files only: they are jar: or file: URLs on the classpath.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                URL url = WcoSchemas.class.getResource(BASE + files[i]);
                if (url == null) throw new IllegalStateException("schema " + files[i] + " is not on the classpath");
                sources[i] = new StreamSource(url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled DMS schemas do not compile: " + e.getMessage(), e);
        }
    }
}
