package org.clearway.core.risk;

import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;

/**
 * Chooses the lane for an accepted declaration. Pure: the same declaration, MRN and configuration
 * always give the same decision, so a decision can be reproduced and explained.
 */
public interface LaneAllocator {
    LaneDecision allocate(Declaration declaration, Mrn mrn);
}
