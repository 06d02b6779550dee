package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphSettingsTest {

    @Test
    void theDefaultsAreTheEmbeddedDatabaseOnAFreePortWithAuth() {
        GraphSettings settings = GraphSettings.builder().build();

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.username()).isEqualTo("neo4j");
        assertThat(settings.boltPort()).isZero();
        assertThat(settings.auth()).isTrue();
        assertThat(settings.password()).isNull();
        assertThat(settings.dataDir()).isNotNull();
    }

    @Test
    void theDataDirectoryComesFromTheEnvironmentElseTheHomeDirectory() {
        assertThat(GraphSettings.defaultDataDir(Map.of("CHRONOGRAPH_DATA", "/srv/graph"))).isEqualTo(Path.of("/srv/graph"));
        assertThat(GraphSettings.defaultDataDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".chronograph", "data"));
    }

    @Test
    void aBlankUriMeansEmbedded() {
        assertThat(GraphSettings.builder().uri(" ").build().embedded()).isTrue();
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(GraphSettings.builder().password("hunter22").build().toString()).doesNotContain("hunter22").contains("***");
    }

    @Test
    void aPortOutOfRangeIsRejected() {
        assertThatThrownBy(() -> GraphSettings.builder().boltPort(70_000).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
