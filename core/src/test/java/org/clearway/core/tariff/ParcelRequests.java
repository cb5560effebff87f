package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.CurrencyCode;

/**
 * The duty requests of the bulk import's generated consignments (app's SyntheticConsignments): one
 * item, low value in USD, one of its six goods and origins. Reproducible from the seed.
 */
public final class ParcelRequests {
    private static final String[][] GOODS = {{"851830", "CN"}, {"851762", "CN"}, {"847130", "CN"}, {"610910", "CN"}, {"490199", "US"}, {"847160", "US"}};
    private static final CurrencyCode USD = new CurrencyCode("USD");

    private ParcelRequests() {}

    public static List<DutyRequest> of(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DutyRequest> requests = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String[] g = GOODS[random.nextInt(GOODS.length)];
            BigDecimal value = BigDecimal.valueOf(500 + random.nextInt(9500), 2);
            var line = new DutyRequest.Line(1, g[0], g[1], value, new Quantity(BigDecimal.valueOf(1 + random.nextInt(3)), "NAR"), null);
            requests.add(new DutyRequest(DeclarationType.LOW_VALUE, USD, null, null, null, List.of(line), "valuationCosts."));
        }
        return requests;
    }
}
