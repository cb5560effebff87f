package org.clearway.core.validation;

import java.math.BigDecimal;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.reference.CountryCode;

/** One-element changes to a goods item, for tests (records have no withers yet). */
final class ItemChanges {
    private ItemChanges() {}

    static GoodsItem sequence(GoodsItem i, int sequence) {
        return new GoodsItem(sequence, i.hsCode(), i.description(), i.origin(), i.quantity(), i.netMass(), i.grossMass(), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem hsCode(GoodsItem i, String code) {
        return new GoodsItem(i.sequence(), code == null ? null : new HsCode(code), i.description(), i.origin(), i.quantity(), i.netMass(), i.grossMass(), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem description(GoodsItem i, String description) {
        return new GoodsItem(i.sequence(), i.hsCode(), description, i.origin(), i.quantity(), i.netMass(), i.grossMass(), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem origin(GoodsItem i, String origin) {
        return new GoodsItem(i.sequence(), i.hsCode(), i.description(), origin == null ? null : new CountryCode(origin), i.quantity(), i.netMass(), i.grossMass(), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem quantity(GoodsItem i, String value, String unit) {
        return new GoodsItem(i.sequence(), i.hsCode(), i.description(), i.origin(), new Quantity(new BigDecimal(value), unit), i.netMass(), i.grossMass(), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem masses(GoodsItem i, String net, String gross) {
        return new GoodsItem(i.sequence(), i.hsCode(), i.description(), i.origin(), i.quantity(), decimal(net), decimal(gross), i.value(), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem value(GoodsItem i, String value) {
        return new GoodsItem(i.sequence(), i.hsCode(), i.description(), i.origin(), i.quantity(), i.netMass(), i.grossMass(), decimal(value), i.procedureCode(), i.preferenceCode());
    }

    static GoodsItem procedureCode(GoodsItem i, String code) {
        return new GoodsItem(i.sequence(), i.hsCode(), i.description(), i.origin(), i.quantity(), i.netMass(), i.grossMass(), i.value(), code, i.preferenceCode());
    }

    private static BigDecimal decimal(String text) { return text == null ? null : new BigDecimal(text); }
}
