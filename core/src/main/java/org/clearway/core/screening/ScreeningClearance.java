package org.clearway.core.screening;

/** An officer's finding that a party is not the listed entry (a false positive), remembered for that party and entry. */
public record ScreeningClearance(String partyKey, String list, String entryId) {
}
