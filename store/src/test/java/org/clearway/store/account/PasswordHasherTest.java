package org.clearway.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String encoded = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", encoded)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", encoded)).isFalse();
        assertThat(hasher.verify("", encoded)).isFalse();
    }

    @Test
    void theHashIsAPhcStringWithOwaspMinimumArgon2idParametersAndAFreshSalt() {
        String encoded = hasher.hash("secret");

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.hash("secret")).isNotEqualTo(encoded);
    }

    @Test
    void aMalformedOrTamperedHashNeverVerifies() {
        String encoded = hasher.hash("secret");
        String otherHash = hasher.hash("other").substring(encoded.lastIndexOf('$'));

        assertThat(hasher.verify("secret", encoded.substring(0, encoded.lastIndexOf('$')) + otherHash)).isFalse();
        assertThat(hasher.verify("secret", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.verify("secret", "")).isFalse();
        assertThat(hasher.verify("secret", null)).isFalse();
    }
}
