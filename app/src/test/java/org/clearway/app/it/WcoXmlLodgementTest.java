package org.clearway.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.clearway.formats.wco.WcoSchemas;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A trader's software lodges a WCO DEC-DMS declaration as application/xml (HMRC's IMZ sample, adapted
 * to the demo declarant) and is answered in the DMS family: acceptance with the MRN, rejection with
 * pointers to the element, all valid against WCO_RES_2_DMS.xsd.
 */
class WcoXmlLodgementTest {
    private static final String PATH = "/api/v1/declarations";
    private final Api api = Servers.standard().api();
    private final String trader1 = Servers.token("trader1");

    static String imz(String lrn) {
        try (InputStream in = WcoXmlLodgementTest.class.getResourceAsStream("/org/clearway/app/it/dec-dms/imz-trader1.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("<FunctionalReferenceID>Agg_Supp_Dec_Z</FunctionalReferenceID>", "<FunctionalReferenceID>" + lrn + "</FunctionalReferenceID>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theImzSampleIsAcceptedWithAnXmlAcceptanceAndItsMrn() {
        String lrn = Examples.freshLrn();
        Api.Answer lodged = api.post(PATH, trader1, "application/xml", imz(lrn).getBytes(StandardCharsets.UTF_8));

        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        assertThat(lodged.contentType()).startsWith("application/xml");
        valid(lodged.body());
        Document answer = parse(lodged.body());
        String mrn = lodged.header("Location").substring(PATH.length() + 1);
        List<String> functions = texts(answer, "FunctionCode");
        assertThat(functions.getFirst()).as("the first notification is the acceptance").isEqualTo("01");
        assertThat(functions).as("then the tax assessment, then control or clearance").containsAnyOf("05", "09");
        assertThat(texts(answer, "ID")).contains(mrn);
        assertThat(texts(answer, "FunctionalReferenceID")).contains(lrn);

        Api.Answer json = api.get(PATH + "/" + mrn, trader1);
        assertThat(json.json().path("declaration").path("items")).hasSize(2);
        assertThat(json.json().path("declaration").path("items").get(1).path("hsCode").asText()).isEqualTo("1804000000");

        Api.Answer replay = api.post(PATH, trader1, "text/xml; charset=utf-8", imz(lrn).getBytes(StandardCharsets.UTF_8));
        assertThat(replay.status()).as("the same content again is a replay").isEqualTo(200);
        assertThat(replay.body()).isEqualTo(lodged.body());
    }

    @Test
    void anInvalidDeclarationIsRejectedWithPointersToTheElement() {
        String lrn = Examples.freshLrn();
        String xml = imz(lrn);
        int second = xml.indexOf("<SequenceNumeric>2</SequenceNumeric>");
        String bad = xml.substring(0, second) + xml.substring(second).replaceFirst("<ID>18040000</ID>", "<ID>99999999</ID>");
        Api.Answer refused = api.post(PATH, trader1, "application/xml", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/xml");
        valid(refused.body());
        Document answer = parse(refused.body());
        assertThat(texts(answer, "FunctionCode")).containsExactly("03");
        assertThat(texts(answer, "Description")).anySatisfy(d -> assertThat(d)
                .startsWith("HS_CODE_UNKNOWN at /Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID"));
        assertThat(pointers(answer)).contains("42A", "67A", "2 68A");
        assertThat(texts(answer, "ValidationCode")).allSatisfy(c -> assertThat(c).matches("CW[0-9A-F]{6}"));
        assertThat(answer.getElementsByTagNameNS("*", "RejectionDateTime").getLength()).isEqualTo(1);
        assertThat(texts(answer, "FunctionalReferenceID")).as("the rejection names the declarant's LRN").contains(lrn);
        assertThat(api.get(PATH + "?limit=500", trader1).body()).as("nothing was stored").doesNotContain(lrn);
    }

    @Test
    void brokenXmlIsRejectedWithLineAndColumn() {
        String xml = imz(Examples.freshLrn());
        Api.Answer refused = api.post(PATH, trader1, "application/xml", xml.substring(0, xml.length() / 2).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        valid(refused.body());
        assertThat(texts(parse(refused.body()), "Description")).singleElement().asString().startsWith("XML_MALFORMED at /Declaration").contains("line ");
    }

    @Test
    void aWrongContentTypeIsRefusedNamingTheAcceptedOnes() {
        Api.Answer refused = api.post(PATH, trader1, "text/csv", imz(Examples.freshLrn()).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().path("detail").asText()).contains("application/json", "application/xml");
    }

    static void valid(String xml) {
        try {
            WcoSchemas.notification().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not valid against WCO_RES_2_DMS.xsd: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> texts(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS("*", name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getElementsByTagNameNS("*", "*").getLength() == 0) out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    /** Each Pointer as "[sequence ]section[ tag]". */
    static List<String> pointers(Document d) {
        NodeList nodes = d.getElementsByTagNameNS("*", "Pointer");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            String seq = text(p, "SequenceNumeric"), section = text(p, "DocumentSectionCode"), tag = text(p, "TagID");
            out.add((seq == null ? "" : seq + " ") + section + (tag == null ? "" : " " + tag));
        }
        return out;
    }

    private static String text(Element e, String name) {
        NodeList n = e.getElementsByTagNameNS("*", name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }
}
