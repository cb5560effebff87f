package org.clearway.core.declaration;

/**
 * A trader named on a declaration (declarant, importer/consignee, exporter/consignor, seller, buyer).
 * The id may be absent for private persons (low-value consignments); the name is always there.
 */
public record Party(PartyId id, String name, Address address) {
}
