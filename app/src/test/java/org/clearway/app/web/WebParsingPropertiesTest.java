package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The web layer's small parsers and the escaping, on arbitrary input: they never throw, and escaping always closes every door. */
class WebParsingPropertiesTest {
    private static final com.fasterxml.jackson.databind.JsonNode SAMPLE;

    static {
        try {
            SAMPLE = new ObjectMapper().readTree("{\"items\":[{\"hsCode\":\"847130\"}],\"lrn\":\"A\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 500)
    void escapedTextHasNoMarkupAndReadsBackAsTyped(@ForAll String text) {
        String escaped = Html.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        String back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertThat(back).isEqualTo(text);
    }

    @Property(tries = 500)
    void anyProblemPathGetsALabelAndALookupWithoutFailing(@ForAll String path) {
        assertThat(FieldLabels.label(path)).isNotNull();
        assertThat(FieldLabels.valueAt(SAMPLE, path)).isNotNull();
    }

    @Property(tries = 500)
    void anyUploadIsEitherRecognisedOrNot(@ForAll String filename, @ForAll byte[] content) {
        assertThat(UploadFormats.detect(filename, content)).isNotNull();
    }

    @Property(tries = 300)
    void theNextPageAfterSignInIsAlwaysOnThisSite(@ForAll String next) {
        String safe = SignInPages.safeNext(next);
        if (safe != null) assertThat(safe).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
    }
}
