package org.clearway.formats.wco;

/** The XML namespaces of the DMS family (UK CDS profile of the WCO Data Model 3.6). */
public final class WcoNamespaces {
    public static final String METADATA = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";
    public static final String DECLARATION = "urn:wco:datamodel:WCO:DEC-DMS:2";
    public static final String DECLARATION_DS = "urn:wco:datamodel:WCO:Declaration_DS:DMS:2";
    public static final String RESPONSE = "urn:wco:datamodel:WCO:RES-DMS:2";
    public static final String RESPONSE_DS = "urn:wco:datamodel:WCO:Response_DS:DMS:2";

    private WcoNamespaces() {
    }
}
