package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.clearway.app.clearance.DeclarationFormats;
import org.clearway.formats.json.Decoded;
import org.junit.jupiter.api.Test;

class UploadFormatsTest {
    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void theExtensionDecidesFirst() {
        assertThat(UploadFormats.detect("decl.JSON", b("<not json>"))).contains(UploadFormats.JSON);
        assertThat(UploadFormats.detect("decl.xml", b("{}"))).contains(UploadFormats.XML);
        assertThat(UploadFormats.detect("decl.edi", b("{}"))).contains(UploadFormats.EDIFACT);
    }

    @Test
    void withoutAKnownExtensionTheFirstBytesDecide() {
        assertThat(UploadFormats.detect("declaration", b("\uFEFF  \n{\"type\":\"IMPORT\"}"))).contains(UploadFormats.JSON);
        assertThat(UploadFormats.detect("declaration.txt", b("<?xml version=\"1.0\"?>"))).contains(UploadFormats.XML);
        assertThat(UploadFormats.detect("cusdec", b("UNA:+.? 'UNB+UNOC"))).contains(UploadFormats.EDIFACT);
        assertThat(UploadFormats.detect("photo.png", b("\u0089PNG"))).isEmpty();
        assertThat(UploadFormats.detect(null, new byte[0])).isEmpty();
    }

    @Test
    void xmlAndEdifactUploadsAreReadByTheFormatsTheApiAccepts() {
        assertThat(UploadFormats.XML.name()).isEqualTo(DeclarationFormats.named("xml").orElseThrow().label());
        assertThat(UploadFormats.EDIFACT.name()).isEqualTo(DeclarationFormats.named("edifact").orElseThrow().label());
        // what the upload of a broken interchange meets before anything is stored: problems, not an exception
        assertThat(DeclarationFormats.named("edifact").orElseThrow().decode(b("UNA:+.? '"))).isInstanceOf(Decoded.Invalid.class);
        assertThat(DeclarationFormats.named("xml").orElseThrow().decode(b("<Declaration"))).isInstanceOf(Decoded.Invalid.class);
    }
}
