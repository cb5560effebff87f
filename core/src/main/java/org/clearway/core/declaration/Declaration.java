package org.clearway.core.declaration;

import java.util.List;

/**
 * A goods declaration as lodged by a declarant: who, what, how much and how it travels. Elements may
 * be absent (null) when the declarant left them out: which ones are required depends on the
 * declaration type and is checked by validation, which reports every missing element at once.
 * {@code valuationCosts} (freight and insurance to the border) is the last element so that code
 * written before it can keep the 14-element constructor.
 */
public record Declaration(
        DeclarationType type,
        Lrn lrn,
        Ucr ucr,
        Party declarant,
        Party importer,
        Party exporter,
        Party seller,
        Party buyer,
        Invoice invoice,
        Incoterm incoterm,
        Transport transport,
        List<GoodsItem> items,
        List<SupportingDocument> documents,
        List<String> aeoAuthorisations,
        ValuationCosts valuationCosts) {

    public Declaration {
        items = items == null ? List.of() : List.copyOf(items);
        documents = documents == null ? List.of() : List.copyOf(documents);
        aeoAuthorisations = aeoAuthorisations == null ? List.of() : List.copyOf(aeoAuthorisations);
    }

    /** A declaration without freight and insurance to the border (the form before they were carried). */
    public Declaration(DeclarationType type, Lrn lrn, Ucr ucr, Party declarant, Party importer, Party exporter, Party seller,
                       Party buyer, Invoice invoice, Incoterm incoterm, Transport transport, List<GoodsItem> items,
                       List<SupportingDocument> documents, List<String> aeoAuthorisations) {
        this(type, lrn, ucr, declarant, importer, exporter, seller, buyer, invoice, incoterm, transport, items, documents,
                aeoAuthorisations, null);
    }

    /** The importer is the consignee of a low-value consignment. */
    public Party consignee() { return importer; }

    /** The exporter is the consignor of a low-value consignment. */
    public Party consignor() { return exporter; }
}
