package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.DeclarationType;
import org.clearway.core.declaration.GoodsItem;
import org.clearway.core.declaration.Incoterm;
import org.clearway.core.declaration.TransportMode;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

/** The two DEC-DMS declarations HMRC publishes decode, and into what a customs officer would read in them. */
class DecDmsSamplesTest {
    private final DecDmsCodec codec = new DecDmsCodec();

    static Declaration ok(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok) decoded).declaration();
    }

    @Test
    void theAggregatedSupplementaryImportDeclarationDecodes() {
        Declaration d = ok(codec.decode(Samples.bytes("IMZ_Aggregated_Supplementary_Declaration.xml")));
        assertThat(d.type()).isEqualTo(DeclarationType.IMPORT);
        assertThat(d.lrn().value()).isEqualTo("Agg_Supp_Dec_Z");
        assertThat(d.ucr().value()).isEqualTo("DUCRGB553202734852-12345");
        assertThat(d.declarant().id().value()).isEqualTo("GB603202734852");
        assertThat(d.importer().id().value()).isEqualTo("GB553202734852");
        assertThat(d.exporter().name()).isEqualTo("Chicago Cocoa Company");
        assertThat(d.exporter().address().city()).isEqualTo("Chicago");
        assertThat(d.exporter().address().country().value()).isEqualTo("US");
        assertThat(d.exporter().address().street()).isEqualTo("10 Irwin Street");
        assertThat(d.exporter().address().postcode()).isEqualTo("H81 4RG");
        assertThat(d.incoterm()).isEqualTo(Incoterm.CIF);
        assertThat(d.transport().mode()).isEqualTo(TransportMode.SEA);
        assertThat(d.transport().customsOffice()).isEqualTo("GBBEL004");
        assertThat(d.items()).hasSize(2);
        GoodsItem second = d.items().get(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.hsCode().value()).isEqualTo("1804000000");
        assertThat(second.description()).isEqualTo("Cocoa Butter-fat and oil");
        assertThat(second.origin().value()).isEqualTo("BR");
        assertThat(second.grossMass()).isEqualByComparingTo("15");
        assertThat(second.netMass()).isEqualByComparingTo("10");
        assertThat(second.value()).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(second.procedureCode()).isEqualTo("4071");
        assertThat(second.preferenceCode()).isEqualTo("100");
        assertThat(d.aeoAuthorisations()).containsExactly("GBAEOC553202734852");
        assertThat(d.documents()).extracting(x -> x.type() + " " + x.reference())
                .contains("1DAN 1108654", "C501 GB AEOC 14274/19", "N935 12345/14.11.2022");
    }

    /** The sample with the shipment's freight (WCO 117) added where the schema has it: between Consignment and Destination. */
    private static byte[] withFreight(String freightElement) {
        String xml = new String(Samples.bytes("IMZ_Aggregated_Supplementary_Declaration.xml"), java.nio.charset.StandardCharsets.UTF_8);
        int at = xml.indexOf("</Consignment>") + "</Consignment>".length();
        return (xml.substring(0, at) + "<CustomsValuation>" + freightElement + "</CustomsValuation>" + xml.substring(at))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theShipmentsFreightIsReadWithItsCurrencyAndWrittenBackWhereTheSchemaHasIt() {
        Declaration d = ok(codec.decode(withFreight("<FreightChargeAmount currencyID=\"USD\">120.50</FreightChargeAmount>")));
        assertThat(d.valuationCosts().freight().amount()).isEqualByComparingTo("120.50");
        assertThat(d.valuationCosts().freight().currency().value()).isEqualTo("USD");
        assertThat(d.valuationCosts().insurance()).isNull();
        String written = new String(codec.encode(d), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("<CustomsValuation>").contains("currencyID=\"USD\">120.50</FreightChargeAmount>");
        assertThat(ok(codec.decode(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(d);
    }

    @Test
    void freightWithoutItsCurrencyOrBelowZeroIsAProblemAtItsElement() {
        Decoded noCurrency = codec.decode(withFreight("<FreightChargeAmount>120.50</FreightChargeAmount>"));
        assertThat(noCurrency).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) noCurrency).problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("REQUIRED_ELEMENT_MISSING");
            assertThat(p.path()).isEqualTo("/Declaration/GoodsShipment/CustomsValuation/FreightChargeAmount");
        });
        Decoded negative = codec.decode(withFreight("<FreightChargeAmount currencyID=\"USD\">-1</FreightChargeAmount>"));
        assertThat(negative).isInstanceOf(Decoded.Invalid.class);
        assertThat(((Decoded.Invalid) negative).problems()).extracting(p -> p.path())
                .contains("/Declaration/GoodsShipment/CustomsValuation/FreightChargeAmount");
    }

    @Test
    void theExportDeclarationDecodes() {
        Declaration d = ok(codec.decode(Samples.bytes("TT_EX001a.xml")));
        assertThat(d.type()).isEqualTo(DeclarationType.EXPORT);
        assertThat(d.lrn().value()).isEqualTo("U.7847323YIPYA");
        assertThat(d.declarant().id().value()).isEqualTo("GB427168118378");
        assertThat(d.exporter().id().value()).isEqualTo("GB427168118378");
        assertThat(d.transport().mode()).isEqualTo(TransportMode.SEA);
        assertThat(d.transport().conveyanceId()).isEqualTo("CSCLGLOBE");
        assertThat(d.transport().customsOffice()).isEqualTo("GB000040");
        assertThat(d.items()).singleElement().satisfies(item -> {
            assertThat(item.hsCode().value()).isEqualTo("46021910");
            assertThat(item.description()).startsWith("Straw envelopes");
            assertThat(item.grossMass()).isEqualByComparingTo("10");
            assertThat(item.netMass()).isEqualByComparingTo("5");
            assertThat(item.procedureCode()).isEqualTo("1040");
        });
    }

    @Test
    void aNotificationIsNotADeclaration() {
        for (String n : new String[] {"01_DMSACC.xml", "03_DMSREJ.xml"}) {
            Decoded d = codec.decode(Samples.bytes(n));
            assertThat(d).isInstanceOf(Decoded.Invalid.class);
            assertThat(((Decoded.Invalid) d).problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(WcoCodes.XML_NOT_DEC_DMS);
                assertThat(p.path()).isEqualTo("/MetaData");
                assertThat(p.message()).contains("line 1, column 11", "no namespace");
            });
        }
    }
}
