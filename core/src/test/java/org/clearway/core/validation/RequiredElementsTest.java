package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearway.core.declaration.Address;
import org.clearway.core.declaration.Invoice;
import org.clearway.core.declaration.Party;
import org.clearway.core.declaration.SupportingDocument;
import org.clearway.core.declaration.Transport;
import org.clearway.core.declaration.TransportMode;
import org.junit.jupiter.api.Test;

class RequiredElementsTest {
    private final RequiredElements rule = new RequiredElements();

    private List<String> missingPaths(Draft draft) {
        return rule.check(draft.build()).stream().map(Problem::path).toList();
    }

    @Test
    void completeDeclarationsLackNothing() {
        assertThat(rule.check(Draft.anImport().build())).isEmpty();
        assertThat(rule.check(Draft.anExport().build())).isEmpty();
        assertThat(rule.check(Draft.aLowValueConsignment().build())).isEmpty();
    }

    @Test
    void anImportNeedsTheImportersIdNameAndCountry() {
        Draft draft = Draft.anImport();
        draft.importer = new Party(null, " ", new Address(null, null, null, null));
        assertThat(missingPaths(draft)).containsExactly("importer.id", "importer.name", "importer.address.country");
        assertThat(rule.check(draft.build())).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.REQUIRED_ELEMENT_MISSING);
            assertThat(p.message()).isEqualTo("importer.id is missing; an IMPORT declaration requires it");
        });
    }

    @Test
    void aMissingPartyIsOneProblemAtItsOwnPath() {
        Draft draft = Draft.anImport();
        draft.declarant = null;
        draft.transport = null;
        assertThat(missingPaths(draft)).containsExactly("declarant", "transport");
    }

    @Test
    void anImportNeedsInvoiceIncotermTransportAndFullItems() {
        Draft draft = Draft.anImport()
                .item(1, i -> ItemChanges.procedureCode(ItemChanges.origin(ItemChanges.hsCode(i, null), null), null));
        draft.invoice = new Invoice(null, null);
        draft.incoterm = null;
        draft.transport = new Transport(null, null, null, null, null, null);
        assertThat(missingPaths(draft)).containsExactly(
                "invoice.amount", "invoice.currency", "invoice.date", "incoterm",
                "transport.mode", "transport.customsOffice", "transport.loadingLocation", "transport.unloadingLocation",
                "items[1].hsCode", "items[1].origin", "items[1].procedureCode");
    }

    @Test
    void anExportNeedsTheExportersIdButNoOriginNorUnloadingPlace() {
        Draft draft = Draft.anExport();
        draft.exporter = Draft.party(null, "Midlands Machines Ltd", "GB");
        assertThat(missingPaths(draft)).containsExactly("exporter.id");
        assertThat(rule.check(draft.build()).getFirst().message()).contains("an EXPORT declaration");
    }

    @Test
    void anExportStillNeedsTheConsigneeAbroad() {
        Draft draft = Draft.anExport();
        draft.importer = new Party(null, null, null);
        assertThat(missingPaths(draft)).containsExactly("importer.name", "importer.address.country");
    }

    @Test
    void aLowValueConsignmentNeedsOnlyTheReducedDataSet() {
        Draft draft = Draft.aLowValueConsignment();
        draft.transport = new Transport(null, null, null, null, null, null);
        draft.exporter = new Party(null, null, null);
        draft.item(0, i -> ItemChanges.masses(ItemChanges.description(ItemChanges.origin(i, null), ""), null, null));
        assertThat(missingPaths(draft)).containsExactly("exporter.name", "exporter.address.country", "transport.mode",
                "items[0].description", "items[0].origin", "items[0].grossMass");
    }

    @Test
    void noItemsIsItemsMissing() {
        Draft draft = Draft.anImport();
        draft.items.clear();
        assertThat(rule.check(draft.build())).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.ITEMS_MISSING, "items"));
    }

    @Test
    void withoutATypeTheCommonElementsAreStillChecked() {
        Draft draft = Draft.anImport();
        draft.type = null;
        draft.lrn = null;
        assertThat(missingPaths(draft)).containsExactly("type", "lrn");
    }

    @Test
    void aDocumentNeedsTypeAndReference() {
        Draft draft = Draft.anImport();
        draft.documents.add(new SupportingDocument(null, "X-1"));
        draft.documents.add(new SupportingDocument("C505", " "));
        assertThat(missingPaths(draft)).containsExactly("documents[1].type", "documents[2].reference");
    }

    @Test
    void theLowValueMessageNamesTheType() {
        Draft draft = Draft.aLowValueConsignment();
        draft.transport = new Transport(null, null, null, null, null, null);
        assertThat(rule.check(draft.build())).extracting(Problem::message)
                .containsExactly("transport.mode is missing; a LOW_VALUE declaration requires it");
        draft.transport = new Transport(TransportMode.POST, null, null, null, null, null);
        assertThat(rule.check(draft.build())).isEmpty();
    }
}
