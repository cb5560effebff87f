package org.clearway.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Lrn;
import org.clearway.core.declaration.Money;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.PartyId;
import org.clearway.core.declaration.Quantity;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.clearway.core.declaration.Ucr;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.reference.UnLocode;

/**
 * A declaration being written in a test: start from a valid one of each type, change what the
 * test is about, build. Mutable on purpose, and only in test code.
 */
final class Draft {
    static final LocalDate TODAY = LocalDate.of(2025, 5, 9);

    DeclarationType type;
    Lrn lrn;
    Ucr ucr;
    Party declarant, importer, exporter, seller, buyer;
    Invoice invoice;
    Incoterm incoterm;
    Transport transport;
    List<GoodsItem> items = new ArrayList<>();
    List<SupportingDocument> documents = new ArrayList<>();

    /** Laptops and lithium-ion batteries from Shanghai to Rotterdam, 1000 USD, all in order. */
    static Draft anImport() {
        Draft d = new Draft();
        d.type = DeclarationType.IMPORT;
        d.lrn = new Lrn("LRN-2025-0001");
        d.declarant = party("NL123456789", "Dutch Customs Brokers BV", "NL");
        d.importer = party("NL987654321", "Rotterdam Electronics BV", "NL");
        d.exporter = party(null, "Shanghai Laptop Works Ltd", "CN");
        d.invoice = new Invoice(Money.of("1000.00", "USD"), LocalDate.of(2025, 5, 1));
        d.incoterm = Incoterm.FOB;
        d.transport = new Transport(TransportMode.SEA, "MAERSK ESSEX", "NL000396",
                new UnLocode("CNSHA"), new UnLocode("NLRTM"), LocalDate.of(2025, 5, 20));
        d.items.add(item(1, "847130", "Laptop computers, 14 inch", "CN", "600.00"));
        d.items.add(item(2, "850760", "Lithium-ion battery packs", "CN", "400.00"));
        d.documents.add(new SupportingDocument("N380", "INV-2025-117"));
        return d;
    }

    /** Machine parts leaving from Felixstowe for a buyer in China. */
    static Draft anExport() {
        Draft d = anImport();
        d.type = DeclarationType.EXPORT;
        d.declarant = party("GB123456789000", "London Forwarding Ltd", "GB");
        d.exporter = party("GB987654321000", "Midlands Machines Ltd", "GB");
        d.importer = party(null, "Shanghai Assembly Co", "CN");
        d.invoice = new Invoice(Money.of("1000.00", "GBP"), LocalDate.of(2025, 5, 2));
        d.transport = new Transport(TransportMode.SEA, "CMA CGM MARCO POLO", "GB000060",
                new UnLocode("GBFXT"), null, null);
        d.items.replaceAll(item -> new GoodsItem(item.sequence(), item.hsCode(), item.description(), null, item.quantity(),
                item.netMass(), item.grossMass(), item.value(), "1040", null));
        return d;
    }

    /** A parcel of earphones worth 45 USD posted from China to a private buyer in Germany. */
    static Draft aLowValueConsignment() {
        Draft d = new Draft();
        d.type = DeclarationType.LOW_VALUE;
        d.lrn = new Lrn("PARCEL-77001");
        d.declarant = party("DE111222333", "Express Courier GmbH", "DE");
        d.importer = party(null, "Erika Mustermann", "DE");
        d.exporter = party(null, "Shenzhen Audio Shop", "CN");
        d.invoice = new Invoice(Money.of("45.00", "USD"), LocalDate.of(2025, 5, 3));
        d.transport = new Transport(TransportMode.AIR, null, null, null, null, null);
        d.items.add(new GoodsItem(1, null, "Wireless earphones", new CountryCode("CN"), null,
                null, new BigDecimal("0.3"), new BigDecimal("45.00"), null, null));
        return d;
    }

    static Party party(String id, String name, String country) {
        return new Party(id == null ? null : new PartyId(id), name, new Address("1 Main Street", "Town", "1000", new CountryCode(country)));
    }

    static GoodsItem item(int sequence, String hsCode, String description, String origin, String value) {
        return new GoodsItem(sequence, new HsCode(hsCode), description, new CountryCode(origin),
                new Quantity(new BigDecimal("5"), "NAR"), new BigDecimal("10.5"), new BigDecimal("12"),
                new BigDecimal(value), "4000", null);
    }

    /** Replaces one item, keeping the others. */
    Draft item(int index, java.util.function.UnaryOperator<GoodsItem> change) {
        items.set(index, change.apply(items.get(index)));
        return this;
    }

    Declaration build() {
        return new Declaration(type, lrn, ucr, declarant, importer, exporter, seller, buyer, invoice, incoterm,
                transport, items, documents, List.of());
    }
}
