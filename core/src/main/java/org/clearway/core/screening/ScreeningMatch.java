package org.clearway.core.screening;

/**
 * A party on a declaration that resembles a watch-list entry: which party (its role and the name as
 * declared), which entry (list, entry id, the entry's name and the name or alias that matched) and how
 * close (score in [0, 1], 1 = identical after normalisation).
 */
public record ScreeningMatch(String partyRole, String partyName, String list, String entryId,
                             String entryName, String matchedName, double score) {
}
