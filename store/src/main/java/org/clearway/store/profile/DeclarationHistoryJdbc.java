package org.clearway.store.profile;

import java.time.Instant;
import java.util.function.Consumer;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.inspection.InspectionResult;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.store.Database;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;

/** Reads the declarations of a period with their inspection results, oldest first, streaming: what a back-test runs over. */
public final class DeclarationHistoryJdbc {
    private final Jdbi jdbi;

    public DeclarationHistoryJdbc(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Calls {@code each} for at most {@code limit} declarations lodged in [from, to); returns whether more were left unread. */
    public boolean forEach(Instant from, Instant to, int limit, Consumer<HistoricDeclaration> each) {
        return jdbi.inTransaction(tx -> {
            try (ResultIterator<HistoricDeclaration> it = tx.createQuery("""
                            SELECT d.mrn, d.declaration::text AS declaration, d.lodged_at, i.outcome, i.revenue_adjustment, i.currency,
                                   i.goods_category, i.quantity, i.unit, i.note
                            FROM declarations d LEFT JOIN inspection_results i ON i.mrn = d.mrn
                            WHERE d.lodged_at >= :from AND d.lodged_at < :to
                            ORDER BY d.lodged_at, d.mrn LIMIT :limit""")
                    .bind("from", from).bind("to", to).bind("limit", limit + 1).setFetchSize(500)
                    .map((rs, ctx) -> {
                        String outcome = rs.getString("outcome");
                        String note = rs.getString("note");
                        InspectionResult result = outcome == null ? null : switch (outcome) {
                            case "DISCREPANCY" -> new InspectionResult.Discrepancy(new Money(rs.getBigDecimal("revenue_adjustment"), new CurrencyCode(rs.getString("currency"))), note);
                            case "SEIZURE" -> new InspectionResult.Seizure(rs.getString("goods_category"), new Quantity(rs.getBigDecimal("quantity"), rs.getString("unit")), note);
                            default -> new InspectionResult.NoDiscrepancy(note);
                        };
                        return new HistoricDeclaration(rs.getString("mrn"), rs.getString("declaration"), rs.getTimestamp("lodged_at").toInstant(), result);
                    }).iterator()) {
                int n = 0;
                while (it.hasNext()) {
                    HistoricDeclaration h = it.next();
                    if (n == limit) return true;
                    each.accept(h);
                    n++;
                }
                return false;
            }
        });
    }
}
