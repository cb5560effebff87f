package org.clearway.core.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads one HS edition from a bundled file of the datasets/harmonized-system layout
 * (section,hscode,description,parent,level). Keeps chapters, headings and subheadings; skips blank
 * lines and the rows of section "TOTAL": the grand total and chapter 99 "Commodities not specified
 * according to kind", a trade-statistics chapter that is not part of the WCO nomenclature and so
 * cannot be declared. A chapter's parent upstream is "TOTAL", kept here as no parent.
 */
final class HsNomenclatureLoader {
    private HsNomenclatureLoader() {}

    static HsNomenclature load(String edition, LocalDate inForceFrom, String file) {
        Map<String, HsEntry> entries = new HashMap<>(8192);
        CsvResource.forEachRow(file, row -> {
            if (CsvResource.field(row, 0).equals("TOTAL")) return;
            String code = CsvResource.field(row, 1);
            String levelText = CsvResource.field(row, 4);
            boolean wellFormed = CsvResource.isCode(code, code.length(), CsvResource::isDigit)
                    && (code.length() == 2 || code.length() == 4 || code.length() == 6);
            if (!wellFormed || !levelText.equals(String.valueOf(code.length()))) return;
            String parent = CsvResource.field(row, 3);
            entries.put(code, new HsEntry(code, CsvResource.field(row, 2), code.length(),
                    parent.equals("TOTAL") ? null : parent));
        });
        if (entries.isEmpty()) throw new IllegalStateException("no HS entries in " + file);
        return new HsNomenclature(edition, inForceFrom, entries);
    }
}
