package org.clearway.core.declaration;

/** A document produced in support of the declaration (WCO DM AdditionalDocument): type code and reference. */
public record SupportingDocument(String type, String reference) {
}
