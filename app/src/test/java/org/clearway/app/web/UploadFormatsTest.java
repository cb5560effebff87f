package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.clearway.app.http.ApiProblem;
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
    void formatsNotYetAcceptedSaySoAsAProblem() {
        assertThatThrownBy(() -> UploadFormats.EDIFACT.lodge(null, null, b("UNA:+.? '")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(415);
                    assertThat(p.problems()).singleElement().satisfies(pr -> assertThat(pr.message()).contains("not accepted yet"));
                });
    }
}
