package org.clearway.core.declaration;

import java.time.LocalDate;
import org.clearway.core.reference.UnLocode;

/**
 * How the goods cross the border: mode, the conveyance (vessel name, flight, truck plate), the customs
 * office of entry (or exit, for exports), the places of loading and unloading, and the arrival date.
 */
public record Transport(TransportMode mode, String conveyanceId, String customsOffice,
                        UnLocode loadingLocation, UnLocode unloadingLocation, LocalDate arrivalDate) {
}
