package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheSettingTest {
    private static final long MB = 1024L * 1024;
    private static final long GB = 1024 * MB;

    @Test
    void withoutASettingASmallStoreGetsOneGigabyte() {
        assertThat(EmbeddedPageCache.bytes(null, 0, 24 * GB, 4 * GB)).isEqualTo(GB);
        assertThat(EmbeddedPageCache.bytes(" ", 300 * MB, 24 * GB, 4 * GB)).isEqualTo(GB);
    }

    @Test
    void withoutASettingALargeStoreGetsRoomForItselfAndHalfAgain() {
        // the 1M-event graph: a 1.7 GB store did not fit in the old fixed 1 GB
        assertThat(EmbeddedPageCache.bytes(null, 1700 * MB, 24 * GB, 4 * GB)).isEqualTo((1700 + 850 + 256) * MB);
    }

    @Test
    void theDefaultTakesAtMostHalfTheMemoryTheHeapLeavesButNeverLessThanOneGigabyte() {
        assertThat(EmbeddedPageCache.bytes(null, 20 * GB, 24 * GB, 4 * GB)).isEqualTo(10 * GB);
        assertThat(EmbeddedPageCache.bytes(null, 20 * GB, 3 * GB, 2 * GB)).isEqualTo(GB);
        assertThat(EmbeddedPageCache.bytes(null, 20 * GB, 0, 4 * GB)).isEqualTo((20 * 1024 + 10 * 1024 + 256) * MB);
    }

    @Test
    void theSettingIsReadInMegabytesAndWinsOverTheStoreSize() {
        assertThat(EmbeddedPageCache.bytes("4096", 0, 24 * GB, 4 * GB)).isEqualTo(4096 * MB);
        assertThat(EmbeddedPageCache.bytes("512", 20 * GB, 24 * GB, 4 * GB)).isEqualTo(512 * MB);
    }

    @Test
    void aSettingThatIsNotANumberOrTooSmallIsRefusedWithItsName() {
        assertThatThrownBy(() -> EmbeddedPageCache.bytes("4g", 0, 0, 0))
                .isInstanceOf(ChronographException.class).hasMessageContaining("CHRONOGRAPH_PAGE_CACHE_MB").hasMessageContaining("'4g'");
        assertThatThrownBy(() -> EmbeddedPageCache.bytes("8", 0, 0, 0))
                .isInstanceOf(ChronographException.class).hasMessageContaining("at least 16");
    }

    @Test
    void theStoreIsTheDatabasesFilesNotTheTransactionLogs(@TempDir Path dir) throws Exception {
        assertThat(EmbeddedPageCache.storeBytes(dir)).isZero();
        Path store = Files.createDirectories(dir.resolve("data/databases/neo4j"));
        Files.write(store.resolve("neostore.nodestore.db"), new byte[3000]);
        Files.write(Files.createDirectories(store.resolve("schema/index")).resolve("index.db"), new byte[500]);
        Files.write(Files.createDirectories(dir.resolve("data/transactions/neo4j")).resolve("neostore.transaction.db.0"), new byte[9000]);

        assertThat(EmbeddedPageCache.storeBytes(dir)).isEqualTo(3500);
    }
}
