package org.clearway.store.profile;

import java.math.BigDecimal;

/**
 * How a profile performed: declarations it selected (any version), how many of those have a recorded
 * inspection result, how many of those were hits (discrepancy or seizure), the hit rate among the
 * inspected (null while none is inspected), and the revenue recovered by the discrepancies found.
 */
public record ProfileStatistics(long profileId, long selections, long inspected, long hits, Double hitRate, BigDecimal revenueRecovered) {
}
