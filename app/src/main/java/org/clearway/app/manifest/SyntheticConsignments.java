package org.clearway.app.manifest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.UnLocode;

/**
 * Made-up low-value consignments (parcels bought online from abroad) that pass validation: a
 * declarant (the express or postal operator) files them for private consignees. Reproducible from
 * the seed; the n-th consignment's LRN is {@code <prefix>-<n>} so a second run finds the first's.
 */
public final class SyntheticConsignments {
    private record Goods(String hsCode, String description, String origin, String consignor, String city, String loading) {}

    private static final List<Goods> GOODS = List.of(
            new Goods("851830", "Bluetooth headphones", "CN", "Gadget Corner Online Store", "Shenzhen", "CNPVG"),
            new Goods("851762", "Wi-Fi router", "CN", "Shenzhen Net Devices Co", "Shenzhen", "CNSHG"),
            new Goods("847130", "Tablet computer", "CN", "Pearl River Electronics", "Guangzhou", "CNPVG"),
            new Goods("610910", "Cotton T-shirts", "CN", "Hangzhou Apparel Trading", "Hangzhou", "CNSHG"),
            new Goods("490199", "Printed books", "US", "Boston Book Mail", "Boston", "USJFK"),
            new Goods("847160", "USB keyboard", "US", "Bay Area Peripherals", "San Jose", "USJFK"));
    private static final List<String> FIRST = List.of("Jane", "Amir", "Olivia", "Tomasz", "Priya", "Liam", "Chen", "Fatima", "Noah", "Sofia");
    private static final List<String> LAST = List.of("Smith", "Khan", "Jones", "Nowak", "Patel", "Brown", "Wei", "Ali", "Taylor", "Rossi");
    private static final List<String> TOWNS = List.of("Ipswich", "Leeds", "Bristol", "Manchester", "York", "Cardiff", "Norwich", "Bath");

    private final SplittableRandom random;
    private final PartyId declarantId;
    private final String declarantName;
    private final String lrnPrefix;
    private final LocalDate today;

    public SyntheticConsignments(long seed, PartyId declarantId, String declarantName, String lrnPrefix, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.declarantId = declarantId;
        this.declarantName = declarantName;
        this.lrnPrefix = lrnPrefix;
        this.today = today;
    }

    /** The n-th consignment (n from 1); call in order, the randomness runs on. */
    public Declaration next(long n) {
        Goods g = GOODS.get(random.nextInt(GOODS.size()));
        String consignee = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        String town = TOWNS.get(random.nextInt(TOWNS.size()));
        // Up to 99.99 USD: under the 135 GBP ceiling at any plausible rate.
        BigDecimal value = BigDecimal.valueOf(500 + random.nextInt(9500), 2);
        BigDecimal gross = BigDecimal.valueOf(5 + random.nextInt(495), 2);
        LocalDate invoiced = today.minusDays(3 + random.nextInt(10));
        boolean air = random.nextInt(4) != 0;
        var transport = new Transport(air ? TransportMode.AIR : TransportMode.POST, air ? "CA" + (1000 + random.nextInt(9000)) : null,
                "GBLHR001", new UnLocode(g.loading()), new UnLocode("GBLHR"), today.minusDays(random.nextInt(3)));
        var item = new GoodsItem(1, new HsCode(g.hsCode()), g.description(), new CountryCode(g.origin()),
                new Quantity(BigDecimal.valueOf(1 + random.nextInt(3)), "NAR"), null, gross, value, null, null);
        return new Declaration(DeclarationType.LOW_VALUE, new Lrn(lrnPrefix + "-" + n), null,
                new Party(declarantId, declarantName, null),
                new Party(null, consignee, new Address((1 + random.nextInt(200)) + " High Street", town,
                        "IP" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "AB", new CountryCode("GB"))),
                new Party(null, g.consignor(), new Address(null, g.city(), null, new CountryCode(g.origin()))),
                null, null, new Invoice(new Money(value, new org.clearway.core.reference.CurrencyCode("USD")), invoiced), null,
                transport, List.of(item), List.of(), List.of());
    }
}
