package org.clearway.core.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.clearway.core.declaration.Quantity;

/**
 * Converts a declared quantity to the unit a specific duty is expressed in, within one dimension
 * (mass, count, pairs, volume): 1 DZN = 12 NAR, 1 GRO = 144 NAR, 1 MIL = 1000 NAR, 1 TNE = 1000 KGM,
 * 1 GRM = 0.001 KGM, 1 DPR = 12 PR, 1 HLT = 100 LTR, 1 MTQ = 1000 LTR. Other units convert only to
 * themselves. Mass in KGM also comes from the item's net mass when no quantity in a mass unit is declared.
 */
final class UnitQuantities {
    private record Factor(String dimension, BigDecimal toBase) {}

    private static final Map<String, Factor> FACTORS = Map.ofEntries(
            Map.entry("KGM", new Factor("mass", BigDecimal.ONE)), Map.entry("GRM", new Factor("mass", new BigDecimal("0.001"))),
            Map.entry("TNE", new Factor("mass", new BigDecimal("1000"))),
            Map.entry("NAR", new Factor("count", BigDecimal.ONE)), Map.entry("DZN", new Factor("count", new BigDecimal("12"))),
            Map.entry("GRO", new Factor("count", new BigDecimal("144"))), Map.entry("MIL", new Factor("count", new BigDecimal("1000"))),
            Map.entry("PR", new Factor("pairs", BigDecimal.ONE)), Map.entry("DPR", new Factor("pairs", new BigDecimal("12"))),
            Map.entry("LTR", new Factor("volume", BigDecimal.ONE)), Map.entry("HLT", new Factor("volume", new BigDecimal("100"))),
            Map.entry("MTQ", new Factor("volume", new BigDecimal("1000"))));

    private UnitQuantities() {}

    /** The quantity in {@code unit}, from the declared quantity or (for mass without a basis) the net mass. */
    static Optional<BigDecimal> in(String unit, boolean plainQuantity, Quantity declared, BigDecimal netMass) {
        if (declared != null) {
            Optional<BigDecimal> q = convert(declared.value(), declared.unit(), unit);
            if (q.isPresent()) return q;
        }
        if (plainQuantity && netMass != null) return convert(netMass, "KGM", unit);
        return Optional.empty();
    }

    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) return Optional.of(value);
        Factor f = FACTORS.get(from), t = FACTORS.get(to);
        if (f == null || t == null || !f.dimension().equals(t.dimension())) return Optional.empty();
        return Optional.of(value.multiply(f.toBase()).divide(t.toBase(), MathContext.DECIMAL64));
    }
}
