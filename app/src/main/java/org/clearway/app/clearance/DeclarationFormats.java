package org.clearway.app.clearance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats declarations are accepted in. JSON is answered by the API's own JSON views; each other
 * format answers in its own family (WCO DM notifications, CUSRES/CONTRL). Add a format here and the
 * API's content negotiation, the trader's upload page and {@code ./clearway import} take it.
 */
public final class DeclarationFormats {
    private DeclarationFormats() {}

    /** The formats other than JSON, in the order uploads try them. */
    public static final List<DeclarationFormat> OTHERS = List.of(new WcoXmlFormat(), new EdifactFormat());

    public static Optional<DeclarationFormat> forContentType(String contentType) {
        return OTHERS.stream().filter(f -> f.sentAs(contentType)).findFirst();
    }

    public static Optional<DeclarationFormat> named(String name) {
        return OTHERS.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The media types the API accepts for a declaration, for a 415's detail. */
    public static String acceptedMediaTypes() {
        return "application/json" + OTHERS.stream().map(f -> ", " + f.mediaTypes().get(0)).collect(Collectors.joining());
    }
}
