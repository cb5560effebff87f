package org.clearway.core.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.clearway.core.profile.ProfileAction.SendTo;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.risk.Lane;

/** Declarations and profiles for risk tests, written the way a test reads: an import of these goods from there. */
public final class SampleDeclarations {
    public static final LocalDate ARRIVAL = LocalDate.of(2026, 3, 10);

    private SampleDeclarations() {}

    /** One item: commodity code, origin, value (GBP) and net mass (kg); arriving at the office on {@link #ARRIVAL}. */
    public record Line(String hs, String origin, String value, String kg) {}

    public static Declaration anImport(String office, List<String> aeo, Line... lines) {
        return declaration(DeclarationType.IMPORT, office, "GB100000000001", aeo, lines);
    }

    public static Declaration anImport(Line... lines) { return anImport("GB000084", List.of(), lines); }

    public static Declaration declaration(DeclarationType type, String office, String declarant, List<String> aeo, Line... lines) {
        List<GoodsItem> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            BigDecimal value = new BigDecimal(l.value());
            total = total.add(value);
            items.add(new GoodsItem(i + 1, new HsCode(l.hs()), "goods " + (i + 1), new CountryCode(l.origin()),
                    new Quantity(new BigDecimal("1"), "NAR"), l.kg() == null ? null : new BigDecimal(l.kg()),
                    l.kg() == null ? null : new BigDecimal(l.kg()), value, "4000", null));
        }
        Party declarantParty = new Party(new PartyId(declarant), "Northwind Imports Ltd", new Address("1 High St", "Dover", "CT16 1AA", new CountryCode("GB")));
        Party exporter = new Party(null, "Shenzhen Export Co", new Address("9 Road", "Shenzhen", "518000", new CountryCode("CN")));
        return new Declaration(type, new Lrn("LRN-1"), null, declarantParty, declarantParty, exporter, null, null,
                new Invoice(new Money(total, new org.clearway.core.reference.CurrencyCode("GBP")), ARRIVAL.minusDays(20)),
                null, new Transport(TransportMode.SEA, "EVER GIVEN", office, null, null, ARRIVAL), items, List.of(), aeo);
    }

    public static Line line(String hs, String origin, String value, String kg) { return new Line(hs, origin, value, kg); }

    public static ProfileDefinition profile(String expression, Lane lane) {
        return new ProfileDefinition("test profile", expression, new SendTo(lane), "test reason",
                ValidityPeriod.from(LocalDate.of(2026, 1, 1)), ProfileScope.everywhere(), false);
    }

    /** Compiles a profile a test knows to be well formed. */
    public static CompiledProfile compiled(long id, ProfileDefinition definition) {
        return switch (ProfileLanguage.compile(new ProfileVersion(id, 1, definition))) {
            case Compiled.Ok(var p) -> p;
            case Compiled.Refused(var errors) -> throw new AssertionError("test profile refused: " + errors);
        };
    }
}
