package org.clearway.core.tariff;

import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.ValuationCosts;
import org.clearway.core.reference.CurrencyCode;

/**
 * What a duty calculation needs: the declaration type, the invoice currency and Incoterm, the freight
 * and insurance to the border where known (null when not declared), and the lines. Built from a
 * declaration or directly by the duty calculator's API. {@code costsPath} prefixes the path of the
 * freight and insurance in problems ({@code valuationCosts.} in a declaration, empty in the API).
 */
public record DutyRequest(DeclarationType type, CurrencyCode currency, Incoterm incoterm, Money freight, Money insurance,
                          List<Line> lines, String costsPath) {
    public DutyRequest {
        lines = List.copyOf(lines);
        costsPath = costsPath == null ? "" : costsPath;
    }

    /** A request whose freight and insurance are named {@code freight} and {@code insurance} (the duty calculator's API). */
    public DutyRequest(DeclarationType type, CurrencyCode currency, Incoterm incoterm, Money freight, Money insurance, List<Line> lines) {
        this(type, currency, incoterm, freight, insurance, lines, "");
    }

    /** One goods line: commodity code, ISO origin, value in the invoice currency, supplementary quantity and net mass (kg), either may be null. */
    public record Line(int sequence, String code, String origin, java.math.BigDecimal value, Quantity quantity, java.math.BigDecimal netMass) {}

    public static DutyRequest of(Declaration d) {
        // An array made into an immutable list, which the constructor's copy keeps as it is (a stream's list it copied again).
        Line[] lines = new Line[d.items().size()];
        for (int n = 0; n < lines.length; n++) {
            var i = d.items().get(n);
            lines[n] = new Line(i.sequence(), i.hsCode() == null ? null : i.hsCode().value(), i.origin() == null ? null : i.origin().value(),
                    i.value(), i.quantity(), i.netMass());
        }
        CurrencyCode currency = d.invoice() == null || d.invoice().total() == null ? null : d.invoice().total().currency();
        ValuationCosts costs = d.valuationCosts();
        return new DutyRequest(d.type(), currency, d.incoterm(), costs == null ? null : costs.freight(),
                costs == null ? null : costs.insurance(), List.of(lines), "valuationCosts.");
    }
}
