package org.clearway.core.screening;

import java.util.List;
import org.clearway.core.declaration.Declaration;

/**
 * Screens every party of a declaration (declarant, importer, exporter, seller, buyer) against the
 * watch lists. Pure and thread-safe: an implementation holds an immutable snapshot of the lists (and
 * of the matches officers have cleared as false positives).
 */
public interface PartyScreening {
    List<ScreeningMatch> screen(Declaration declaration);

    /** No lists loaded: nothing matches. */
    PartyScreening NONE = declaration -> List.of();
}
