package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;

class PageCacheSettingTest {

    @Test
    void withoutASettingThePageCacheIsOneGigabyte() {
        assertThat(EmbeddedNeo4j.pageCacheBytes(null)).isEqualTo(1024L * 1024 * 1024);
        assertThat(EmbeddedNeo4j.pageCacheBytes(" ")).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void theSettingIsReadInMegabytes() {
        assertThat(EmbeddedNeo4j.pageCacheBytes("4096")).isEqualTo(4096L * 1024 * 1024);
    }

    @Test
    void aSettingThatIsNotANumberOrTooSmallIsRefusedWithItsName() {
        assertThatThrownBy(() -> EmbeddedNeo4j.pageCacheBytes("4g"))
                .isInstanceOf(ChronographException.class).hasMessageContaining("CHRONOGRAPH_PAGE_CACHE_MB").hasMessageContaining("'4g'");
        assertThatThrownBy(() -> EmbeddedNeo4j.pageCacheBytes("8"))
                .isInstanceOf(ChronographException.class).hasMessageContaining("at least 16");
    }
}
