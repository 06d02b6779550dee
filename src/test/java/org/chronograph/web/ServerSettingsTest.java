package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;

/** Where the server may listen, and with which token. */
class ServerSettingsTest {

    @Test
    void theDefaultIsLoopbackWithoutAToken() {
        ServerSettings settings = new ServerSettings(null, 8080, null, 8, null);

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.isLoopback()).isTrue();
        assertThat(settings.needsToken()).isFalse();
    }

    @Test
    void anyOtherAddressNeedsAToken() {
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 8080, null, 8, null)).isInstanceOf(ChronographException.class)
                .hasMessageContaining("needs a bearer token").hasMessageContaining("CHRONOGRAPH_TOKEN");
        assertThat(new ServerSettings("0.0.0.0", 8080, "a-long-enough-token", 8, null).needsToken()).isTrue();
    }

    @Test
    void shortTokensAndBadPortsAreRefused() {
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 8080, "short", 8, null)).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new ServerSettings(null, 70_000, null, 8, null)).hasMessageContaining("not a port");
        assertThatThrownBy(() -> new ServerSettings(null, 80, null, 0, null)).hasMessageContaining("at least one query");
    }

    @Test
    void theTokenIsNeverPrinted() {
        assertThat(new ServerSettings(null, 0, "a-long-enough-token", 8, null).toString()).doesNotContain("a-long-enough-token");
    }
}
