package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.validation.Draft.TODAY;

import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.Transport;
import org.clearway.core.reference.BundledReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Whatever a decoder lets through, the validator answers with problems and never throws: here
 * thousands of declarations with random elements left out, at every level, of every type.
 */
class NeverThrowsTest {
    private final DeclarationValidator validator = new DeclarationValidator(BundledReferenceData.load(), ValidationPolicy.defaults());

    @Test
    void declarationsWithRandomHolesGetProblemsNotExceptions() {
        Random random = new Random(20250509);
        for (int n = 0; n < 3000; n++) {
            Draft draft = switch (n % 3) {
                case 0 -> Draft.anImport();
                case 1 -> Draft.anExport();
                default -> Draft.aLowValueConsignment();
            };
            punchHoles(draft, random);
            List<Problem> problems = validator.validate(draft.build(), TODAY);
            assertThat(problems).allSatisfy(p -> {
                assertThat(p.code()).matches("[A-Z]+(_[A-Z]+)*");
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Test
    void everyHoleIsReported() {
        Draft draft = Draft.anImport();
        draft.importer = new Party(null, null, new Address(null, null, null, null));
        assertThat(validator.validate(draft.build(), TODAY)).extracting(Problem::path)
                .containsExactly("importer.id", "importer.name", "importer.address.country");
    }

    private static void punchHoles(Draft d, Random r) {
        if (r.nextInt(10) == 0) d.type = r.nextBoolean() ? null : DeclarationType.values()[r.nextInt(3)];
        if (r.nextInt(4) == 0) d.lrn = null;
        d.declarant = party(d.declarant, r);
        d.importer = party(d.importer, r);
        d.exporter = party(d.exporter, r);
        if (r.nextInt(4) == 0) d.invoice = r.nextBoolean() ? null : new Invoice(r.nextBoolean() ? null : d.invoice.total(), null);
        if (r.nextInt(4) == 0) d.incoterm = null;
        if (r.nextInt(4) == 0) d.transport = r.nextBoolean() ? null : new Transport(null, null, r.nextBoolean() ? "" : "bad office", null, null, null);
        if (r.nextInt(6) == 0) d.items.clear();
        d.items.replaceAll(item -> item(item, r));
    }

    private static Party party(Party p, Random r) {
        if (p == null || r.nextInt(3) != 0) return p;
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> new Party(null, null, null);
            case 2 -> new Party(p.id(), p.name(), new Address(null, null, null, null));
            default -> new Party(p.id(), " ", p.address());
        };
    }

    private static GoodsItem item(GoodsItem i, Random r) {
        if (r.nextInt(2) == 0) return i;
        GoodsItem changed = i;
        if (r.nextBoolean()) changed = ItemChanges.hsCode(changed, r.nextBoolean() ? null : "9999");
        if (r.nextBoolean()) changed = ItemChanges.masses(changed, r.nextBoolean() ? null : "-1", r.nextBoolean() ? null : "0");
        if (r.nextBoolean()) changed = ItemChanges.value(changed, r.nextBoolean() ? null : "0");
        if (r.nextBoolean()) changed = ItemChanges.origin(changed, null);
        if (r.nextBoolean()) changed = ItemChanges.sequence(changed, r.nextInt(5) - 1);
        if (r.nextBoolean()) changed = ItemChanges.description(changed, null);
        return changed;
    }
}
