package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesTheFiveCharactersThatEndTextOrAttributes() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void leavesPlainTextAloneAndNullEmpty() {
        String plain = "Northwind Imports Ltd, 1 Dock Road — Felixstowe";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape(42)).isEqualTo("42");
    }

    @Test
    void escapesAnAlreadyEscapedValueAgainSoItShowsAsTyped() {
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void urlEncodesQueryValues() {
        assertThat(Html.url("a b&c=/d")).isEqualTo("a+b%26c%3D%2Fd");
    }
}
