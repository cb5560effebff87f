package org.clearway.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTest {
    @Test
    void caseDiacriticsAndPunctuationDoNotMatter() {
        assertThat(NameNormaliser.canonical("Société Générale")).isEqualTo(NameNormaliser.canonical("SOCIETE GENERALE"));
        assertThat(NameNormaliser.canonical("Müller-Lüdenscheidt")).isEqualTo("muller ludenscheidt");
        assertThat(NameNormaliser.canonical("Łódź Straße Ørsted")).isEqualTo("lodz strasse orsted");
        assertThat(NameNormaliser.tokens("GAMA'AT")).containsExactly("gamaat");
    }

    @Test
    void legalFormsAndHonorificsAreNoise() {
        assertThat(NameNormaliser.tokens("ACME Trading Co., Ltd.")).containsExactly("acme", "trading");
        assertThat(NameNormaliser.tokens("OOO Romashka")).containsExactly("romashka");
        assertThat(NameNormaliser.tokens("Cimex, S.A. de C.V.")).containsExactly("cimex");
        assertThat(NameNormaliser.tokens("Dr. Ayman AL ZAWAHIRI")).containsExactly("ayman", "al", "zawahiri");
        assertThat(NameNormaliser.tokens("Krokus GmbH")).containsExactly("krokus");
        assertThat(NameNormaliser.tokens("Khum Thaw Company Lymited")).as("a misspelt legal form is still noise").containsExactly("khum", "thaw");
    }

    @Test
    void aNameOfNothingButNoiseKeepsItsWords() {
        assertThat(NameNormaliser.tokens("Limited Company")).containsExactly("limited", "company");
        assertThat(NameNormaliser.tokens("  ,.;  ")).isEmpty();
        assertThat(NameNormaliser.tokens(null)).isEmpty();
    }

    @Test
    void transliterationsShareASkeleton() {
        assertThat(NameNormaliser.skeleton("mohammed")).isEqualTo(NameNormaliser.skeleton("muhammad")).isEqualTo(NameNormaliser.skeleton("mohamad"));
        assertThat(NameNormaliser.skeleton("youssef")).isEqualTo(NameNormaliser.skeleton("yusuf")).isEqualTo(NameNormaliser.skeleton("jusuf"));
        assertThat(NameNormaliser.skeleton("khalil")).isEqualTo(NameNormaliser.skeleton("halil"));
        assertThat(NameNormaliser.skeleton("schmidt")).isNotEqualTo(NameNormaliser.skeleton("smith"));
    }

    @org.junit.jupiter.api.Test
    void asciiNamesAreCutAsTheUnicodePathCutsThem() {
        java.util.Random r = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[r.nextInt(30)];
            for (int i = 0; i < c.length; i++) c[i] = r.nextInt(4) == 0 ? " .'`-,&/()A".charAt(r.nextInt(11)) : (char) r.nextInt(128);
            String name = new String(c);
            assertThat(NameNormaliser.asciiTokens(name, new java.util.ArrayList<>()))
                    .as("%s", name).isEqualTo(NameNormaliser.unicodeTokens(name, new java.util.ArrayList<>()));
        }
    }
}
