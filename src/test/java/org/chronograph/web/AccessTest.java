package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens and the Host check. */
class AccessTest {
    private final Access open = new Access(null);
    private final Access secured = new Access("0123456789abcdef");

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST", "127.0.1.1"})
    void withoutATokenLoopbackHostsAreAccepted(String host) {
        assertThatCode(() -> open.checkHost(host)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"attacker.example", "attacker.example:8080", "localhost.attacker.example", "10.0.0.5:8080"})
    void withoutATokenOtherHostsAreRefused(String host) {
        assertThatThrownBy(() -> open.checkHost(host)).isInstanceOf(HttpResponseException.class).hasMessageContaining("localhost");
    }

    @Test
    void withATokenAnyHostIsAcceptedAndTheTokenIsRequired() {
        assertThatCode(() -> secured.checkHost("chronograph.example.org")).doesNotThrowAnyException();
        assertThatCode(() -> secured.checkToken("Bearer 0123456789abcdef")).doesNotThrowAnyException();
        assertThatCode(() -> secured.checkToken("bearer  0123456789abcdef ")).doesNotThrowAnyException();
        assertThatThrownBy(() -> secured.checkToken(null)).hasMessageContaining("missing bearer token");
        assertThatThrownBy(() -> secured.checkToken("Bearer ")).hasMessageContaining("missing bearer token");
        assertThatThrownBy(() -> secured.checkToken("Bearer 0123456789abcdeF")).hasMessage("wrong bearer token");
        assertThatThrownBy(() -> secured.checkToken("0123456789abcdef")).hasMessageContaining("missing bearer token");
    }

    @Test
    void withoutATokenNoAuthorizationIsNeeded() {
        assertThatCode(() -> open.checkToken(null)).doesNotThrowAnyException();
    }
}
