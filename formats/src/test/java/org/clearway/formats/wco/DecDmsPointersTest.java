package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearway.core.declaration.DeclarationType;
import org.clearway.formats.wco.DmsNotification.Pointer;
import org.junit.jupiter.api.Test;

/** Problem paths become DMSREJ pointers the way CDS writes them (03_DMSREJ: 42A, then 17C with tag R144). */
class DecDmsPointersTest {

    @Test
    void theSampleRejectionsPointer() {
        assertThat(DecDmsPointers.of("/Declaration/AuthorisationHolder/ID"))
                .containsExactly(new Pointer(null, "42A", null), new Pointer(1, "17C", "R144"));
    }

    @Test
    void aGoodsItemPointerCarriesItsSequence() {
        assertThat(DecDmsPointers.of("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID"))
                .extracting(Pointer::sequence, Pointer::sectionCode)
                .startsWith(org.assertj.core.groups.Tuple.tuple(null, "42A"))
                .contains(org.assertj.core.groups.Tuple.tuple(2, "68A"));
        assertThat(DecDmsPointers.of("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID").getLast().tagId())
                .isNotNull();
    }

    @Test
    void somethingOutsideTheDeclarationHasNoPointer() {
        assertThat(DecDmsPointers.of("/MetaData/WCOTypeName")).isEmpty();
        assertThat(DecDmsPointers.of("")).isEmpty();
    }

    @Test
    void modelPathsMapToTheElementsTheyWereReadFrom() {
        assertThat(DecDmsPaths.of("items[1].hsCode", DeclarationType.IMPORT))
                .isEqualTo("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID");
        assertThat(DecDmsPaths.of("items[0].grossMass", DeclarationType.IMPORT))
                .isEqualTo("/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/GoodsMeasure/GrossMassMeasure");
        assertThat(DecDmsPaths.of("importer.address.country", DeclarationType.IMPORT)).isEqualTo("/Declaration/GoodsShipment/Importer/Address/CountryCode");
        assertThat(DecDmsPaths.of("declarant.id", DeclarationType.IMPORT)).isEqualTo("/Declaration/Declarant/ID");
        assertThat(DecDmsPaths.of("transport.customsOffice", DeclarationType.EXPORT)).isEqualTo("/Declaration/ExitOffice/ID");
        assertThat(DecDmsPaths.of("invoice.currency", DeclarationType.IMPORT)).isEqualTo("/Declaration/InvoiceAmount");
        // below anything but a party, a tail such as "id" or "name" is not a party's element
        assertThat(DecDmsPaths.of("valuationCosts.freight.amount", DeclarationType.IMPORT))
                .isEqualTo("/Declaration/GoodsShipment/CustomsValuation/FreightChargeAmount");
        assertThat(DecDmsPaths.of("transport.id", DeclarationType.IMPORT)).isEqualTo("/Declaration/BorderTransportMeans");
        assertThat(DecDmsPaths.of("", DeclarationType.IMPORT)).isEqualTo("/Declaration");
        assertThat(DecDmsPaths.of("/Declaration/FunctionCode", null)).isEqualTo("/Declaration/FunctionCode");
        assertThat(DecDmsPaths.of("somethingNew", null)).isEqualTo("/Declaration");
    }
}
