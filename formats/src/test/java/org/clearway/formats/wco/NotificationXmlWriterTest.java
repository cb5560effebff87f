package org.clearway.formats.wco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.clearway.core.declaration.Money;
import org.clearway.formats.wco.DmsNotification.Bank;
import org.clearway.formats.wco.DmsNotification.DeclarationReference;
import org.clearway.formats.wco.DmsNotification.DmsError;
import org.clearway.formats.wco.DmsNotification.DmsFunction;
import org.clearway.formats.wco.DmsNotification.DutyTaxFee;
import org.clearway.formats.wco.DmsNotification.ItemDuties;
import org.clearway.formats.wco.DmsNotification.Pointer;
import org.clearway.formats.wco.DmsNotification.Statement;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Each sample notification's content, encoded, gives back the sample: the same elements in the same
 * order with the same values, and the result is valid against WCO_RES_2_DMS.xsd. Modulo what the
 * samples do differently from the schema: they carry no namespaces (so they do not validate as they
 * are), and they carry the MetaData elements ResponsibleCountryCode, ResponsibleAgencyName,
 * AgencyAssignedCustomizationCode and AgencyAssignedCustomizationVersionCode empty, which the schema
 * refuses; we leave those out.
 */
class NotificationXmlWriterTest {
    private static final Set<String> EMPTY_IN_SAMPLES = Set.of("ResponsibleCountryCode", "ResponsibleAgencyName",
            "AgencyAssignedCustomizationCode", "AgencyAssignedCustomizationVersionCode");
    private final NotificationXmlWriter writer = new NotificationXmlWriter();

    @Test
    void acceptance() {
        sameAsSample("01_DMSACC.xml", new DmsNotification(DmsFunction.ACCEPTED, "a6e4e95b91be4fe4a95800c235c7c010",
                t("2019-11-13T17:22:16Z"), null, null, null, null,
                new DeclarationReference(t("2019-11-13T08:00:00Z"), "3.1_P1_TT_1311RM41", "19GBCKKCQSXV2FGVA8", null, "2", null)));
    }

    @Test
    void rejectionWithPointers() {
        sameAsSample("03_DMSREJ.xml", new DmsNotification(DmsFunction.REJECTED, "561fb99741a94910913f9bd1e4d4055e",
                t("2020-02-11T11:42:12Z"), null, null,
                List.of(new DmsError("CDS12005", null, List.of(new Pointer(null, "42A", null), new Pointer(null, "17C", "R144")))), null,
                new DeclarationReference(null, "Sample_A_TC01_1102_03", "20GB1NA4Y2YSRFGVR6", t("2020-02-11T11:42:12Z"), "1", null)));
    }

    @Test
    void control() {
        sameAsSample("05_DMSCTL.xml", new DmsNotification(DmsFunction.CONTROL, "cf614e6aa7fe4c01ae675b40ef4dffcf",
                t("2020-02-13T11:07:23Z"), null, null, null, null,
                new DeclarationReference(null, "IM08a_PHYCTL_002", "20GB1Q3RTK463FGVR4", null, "1", null)));
    }

    @Test
    void clearance() {
        sameAsSample("09_DMSCLE.xml", new DmsNotification(DmsFunction.CLEARED, "33a255bb919f485681b057d74164cb00",
                t("2019-11-13T17:22:17Z"), List.of(new Statement("A2", null, "AFB")), null, null, null,
                new DeclarationReference(null, "3.1_P1_TT_1311RM41", "19GBCKKCQSXV2FGVA8", null, "2", null)));
    }

    @Test
    void taxAssessment() {
        List<DutyTaxFee> fees = List.of(
                new DutyTaxFee(gbp("10000.00"), gbp("0.00"), "100", new BigDecimal("2.70"), "A00", gbp("270.00"), gbp("270.00")),
                new DutyTaxFee(gbp("10270.00"), gbp("0.00"), "100", new BigDecimal("20.00"), "B00", gbp("2054.00"), gbp("2054.00")));
        sameAsSample("13_DMSTAX.xml", new DmsNotification(DmsFunction.TAX_ASSESSMENT, "026dbf69ad164b92868f5df716955cad",
                t("2020-02-13T11:11:55Z"), null, new Bank("CITIGB2LLON", "GB25CITI08320011963155"), null, "4",
                new DeclarationReference(null, "IM08a_PHYCTL_002", "20GB1Q3RTK463FGVR4", null, "1", List.of(new ItemDuties(1, fees)))));
    }

    @Test
    void severalNotificationsGoInOneDocument() throws Exception {
        var ref = new DeclarationReference(t("2026-11-28T10:00:00Z"), "LRN1", "26GB000000000001A1", null, "1", null);
        byte[] xml = writer.write(List.of(
                new DmsNotification(DmsFunction.ACCEPTED, "n1", t("2026-11-28T10:00:00Z"), null, null, null, null, ref),
                new DmsNotification(DmsFunction.CLEARED, "n2", t("2026-11-28T10:00:00Z"), null, null, null, null, ref)));
        valid(xml);
        assertThat(shape(xml)).filteredOn(s -> s.startsWith("1 Response")).hasSize(2);
    }

    private void sameAsSample(String sample, DmsNotification content) {
        byte[] xml = writer.write(List.of(content));
        valid(xml);
        List<String> expected = shape(Samples.bytes(sample)).stream()
                .filter(s -> EMPTY_IN_SAMPLES.stream().noneMatch(e -> s.startsWith("1 " + e + "=")))
                .toList();
        assertThat(shape(xml)).isEqualTo(expected);
    }

    static void valid(byte[] xml) {
        try {
            WcoSchemas.notification().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("not valid against WCO_RES_2_DMS.xsd: " + e.getMessage() + "\n" + new String(xml), e);
        }
    }

    /** Every element, depth-first: its depth, local name, attributes and text (when it has no child elements). */
    static List<String> shape(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            List<String> out = new ArrayList<>();
            walk(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement(), 0, out);
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void walk(Element e, int depth, List<String> out) {
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) children.add(c);
        StringBuilder s = new StringBuilder(depth + " " + e.getLocalName());
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getNodeName())) s.append(" @").append(a.getLocalName()).append('=').append(a.getNodeValue());
        }
        if (children.isEmpty()) s.append('=').append(e.getTextContent().trim());
        out.add(s.toString());
        for (Element c : children) walk(c, depth + 1, out);
    }

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }
}
