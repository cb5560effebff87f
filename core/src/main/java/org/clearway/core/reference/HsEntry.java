package org.clearway.core.reference;

/** One entry of the Harmonized System nomenclature: a chapter (2 digits), heading (4) or subheading (6). */
public record HsEntry(String code, String description, int level, String parent) {
}
