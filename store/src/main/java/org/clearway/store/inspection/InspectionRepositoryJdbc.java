package org.clearway.store.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.inspection.InspectionResult;
import org.clearway.core.reference.CurrencyCode;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Inspection results in PostgreSQL, one per declaration, each with an audit entry in the same
 * transaction. A result can be recorded only for a declaration sent to the yellow or red lane (by
 * assessment or by re-routing) that was not withdrawn; it is final once recorded.
 */
public final class InspectionRepositoryJdbc {
    private final Jdbi jdbi;
    private final AuditLogJdbc audit;

    public InspectionRepositoryJdbc(Database db, AuditLogJdbc audit) {
        this.jdbi = db.jdbi();
        this.audit = audit;
    }

    public RecordOutcome record(String mrn, InspectionResult result, String officer, Instant now) {
        return jdbi.inTransaction(tx -> {
            var declaration = tx.createQuery("SELECT lane, status FROM declarations WHERE mrn = :mrn FOR UPDATE")
                    .bind("mrn", mrn).map((rs, ctx) -> new String[] {rs.getString("lane"), rs.getString("status")}).findOne();
            if (declaration.isEmpty()) return new RecordOutcome.NotFound(mrn);
            String lane = declaration.get()[0];
            String status = declaration.get()[1];
            if (!"YELLOW".equals(lane) && !"RED".equals(lane)) {
                return new RecordOutcome.Refused("declaration " + mrn + " is in the " + lane + " lane; results are recorded for yellow and red lane checks (re-route it first)");
            }
            if ("INVALIDATED".equals(status)) return new RecordOutcome.Refused("declaration " + mrn + " was invalidated by the declarant");
            if (tx.createQuery("SELECT 1 FROM inspection_results WHERE mrn = :mrn").bind("mrn", mrn).mapTo(Integer.class).findOne().isPresent()) {
                return new RecordOutcome.Refused("a result is already recorded for declaration " + mrn);
            }
            BigDecimal revenue = null;
            String currency = null, category = null, unit = null;
            BigDecimal quantity = null;
            String outcome;
            switch (result) {
                case InspectionResult.NoDiscrepancy n -> outcome = "NO_DISCREPANCY";
                case InspectionResult.Discrepancy d -> {
                    outcome = "DISCREPANCY";
                    revenue = d.revenueAdjustment().amount();
                    currency = d.revenueAdjustment().currency().value();
                }
                case InspectionResult.Seizure s -> {
                    outcome = "SEIZURE";
                    category = s.goodsCategory();
                    quantity = s.quantity().value();
                    unit = s.quantity().unit();
                }
            }
            tx.createUpdate("""
                    INSERT INTO inspection_results (mrn, outcome, revenue_adjustment, currency, goods_category, quantity, unit, note, officer, recorded_at)
                    VALUES (:mrn, :outcome, :revenue, :currency, :category, :quantity, :unit, :note, :officer, :at)""")
                    .bind("mrn", mrn).bind("outcome", outcome).bind("revenue", revenue).bind("currency", currency)
                    .bind("category", category).bind("quantity", quantity).bind("unit", unit).bind("note", result.note())
                    .bind("officer", officer).bind("at", now).execute();
            audit.append(tx, officer, "inspection.record", mrn, describe(result), now);
            return new RecordOutcome.Recorded(new RecordedInspection(mrn, result, officer, now));
        });
    }

    public Optional<RecordedInspection> find(String mrn) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM inspection_results WHERE mrn = :mrn")
                .bind("mrn", mrn).map(InspectionRepositoryJdbc::row).findOne());
    }

    static String describe(InspectionResult result) {
        String what = switch (result) {
            case InspectionResult.NoDiscrepancy n -> "no discrepancy";
            case InspectionResult.Discrepancy d -> "discrepancy, revenue adjustment " + d.revenueAdjustment();
            case InspectionResult.Seizure s -> "seizure of " + s.quantity().value().toPlainString() + " " + s.quantity().unit() + " " + s.goodsCategory();
        };
        return result.note() == null || result.note().isBlank() ? what : what + ": " + result.note();
    }

    static RecordedInspection row(ResultSet rs, StatementContext ctx) throws SQLException {
        String note = rs.getString("note");
        InspectionResult result = switch (rs.getString("outcome")) {
            case "DISCREPANCY" -> new InspectionResult.Discrepancy(new Money(rs.getBigDecimal("revenue_adjustment"), new CurrencyCode(rs.getString("currency"))), note);
            case "SEIZURE" -> new InspectionResult.Seizure(rs.getString("goods_category"), new Quantity(rs.getBigDecimal("quantity"), rs.getString("unit")), note);
            default -> new InspectionResult.NoDiscrepancy(note);
        };
        return new RecordedInspection(rs.getString("mrn"), result, rs.getString("officer"), rs.getTimestamp("recorded_at").toInstant());
    }
}
