package org.clearway.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPagesTest {
    @Test
    void afterSignInOnlyPathsOnThisSiteAreFollowed() {
        assertThat(SignInPages.safeNext("/declarations/26GB0001?x=1")).isEqualTo("/declarations/26GB0001?x=1");
        assertThat(SignInPages.safeNext("//evil.example/")).isNull();
        assertThat(SignInPages.safeNext("https://evil.example/")).isNull();
        assertThat(SignInPages.safeNext("/\\evil.example")).isNull();
        assertThat(SignInPages.safeNext("/sign-out")).isNull();
        assertThat(SignInPages.safeNext(null)).isNull();
    }
}
