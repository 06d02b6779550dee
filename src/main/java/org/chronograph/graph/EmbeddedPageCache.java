package org.chronograph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.ChronographException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.PagedFile;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded database's page cache (the store's pages held in memory, off the heap): how large it is made, and
 * reading the whole store into it ahead of the queries.
 *
 * <p>A query that finds its pages in the cache reads memory; one that does not reads the file (a page fault) and, in a
 * full cache, first evicts another page. On the 1M-event graph (a 1.7 GB store) in a 1 GB cache, an entity's first
 * page of 100 events faulted 37 pages on average and 165 at the 95th percentile, which made most of its p95; in a
 * cache that holds the store, after {@link #warm}, none.
 */
final class EmbeddedPageCache {
    private static final long MB = 1024L * 1024;
    /** The size for a small store, and the least the default gives. */
    static final long FLOOR_BYTES = 1024 * MB;
    /** Room for the store to grow while the process runs (an ingest), beside half its size again. */
    private static final long GROWTH_BYTES = 256 * MB;
    /** Pages touched at once by the warm-up, between checks for a stop. */
    private static final int TOUCH_PAGES = 64;

    private EmbeddedPageCache() {
    }

    /**
     * The page cache size: the MB given in {@value EmbeddedNeo4j#PAGE_CACHE_ENV}; else room for the store on disk
     * half again over (for growth) and some, at least {@link #FLOOR_BYTES} (pages are taken as they are used, so a
     * small graph does not use it all), and at most half of the memory the heap leaves, unless that is less than the
     * floor.
     *
     * @param storeBytes    the store on disk ({@link #storeBytes(Path)})
     * @param physicalBytes the machine's memory, 0 when unknown
     * @param maxHeapBytes  the JVM's largest heap
     */
    static long bytes(String setting, long storeBytes, long physicalBytes, long maxHeapBytes) {
        if (setting != null && !setting.isBlank()) {
            long mb;
            try {
                mb = Long.parseLong(setting.strip());
            } catch (NumberFormatException e) {
                throw new ChronographException(EmbeddedNeo4j.PAGE_CACHE_ENV + " must be a number of MB, not '"
                        + setting.strip() + "'");
            }
            if (mb < 16) {
                throw new ChronographException(EmbeddedNeo4j.PAGE_CACHE_ENV + " must be at least 16 (MB), not " + mb);
            }
            return mb * MB;
        }
        long wanted = Math.max(FLOOR_BYTES, storeBytes + storeBytes / 2 + GROWTH_BYTES);
        long ceiling = physicalBytes <= 0 ? Long.MAX_VALUE : Math.max(FLOOR_BYTES, (physicalBytes - maxHeapBytes) / 2);
        return Math.min(wanted, ceiling) / MB * MB;
    }

    /** The default for the store in {@code dataDir} on this machine and JVM (see {@link #bytes}). */
    static long bytes(String setting, Path dataDir) {
        long physical = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return bytes(setting, storeBytes(dataDir), physical, Runtime.getRuntime().maxMemory());
    }

    /**
     * The bytes of the databases' files (stores and indexes, not the transaction logs) in the embedded data
     * directory {@code dataDir}; 0 for a new one.
     */
    static long storeBytes(Path dataDir) {
        Path databases = dataDir.resolve("data").resolve("databases");
        if (!Files.isDirectory(databases)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(databases)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // gone meanwhile (a lock file): not store
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Reads every page of the files the database has mapped (its stores and indexes, and the system database's) into
     * the page cache, unless they do not fit in it (they would only evict each other). Stops early, with what it did
     * so far, when {@code stop} says so (the database is shutting down).
     */
    static CacheWarmUp.Outcome warm(DatabaseManagementService dbms, java.util.function.BooleanSupplier stop) {
        long started = System.nanoTime();
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        PageCache cache = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(PageCache.class);
        List<PagedFile> files;
        long pages = 0;
        try {
            files = cache.listExistingMappings();
            for (PagedFile file : files) {
                pages += file.getLastPageId() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long capacity = cache.maxCachedPages();
        if (pages > capacity * 9 / 10) {
            return new CacheWarmUp.Outcome(0, (long) cache.pageSize() * pages, Duration.ofNanos(System.nanoTime() - started),
                    "the store (" + pages + " pages) does not fit in the page cache (" + capacity + " pages)");
        }
        long touched = 0;
        try {
            for (PagedFile file : files) {
                long last = file.getLastPageId();
                for (long id = 0; id <= last && !stop.getAsBoolean(); id += TOUCH_PAGES) {
                    touched += file.touch(id, (int) Math.min(TOUCH_PAGES, last - id + 1), CursorContext.NULL_CONTEXT);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CacheWarmUp.Outcome(touched, (long) cache.pageSize() * touched, Duration.ofNanos(System.nanoTime() - started),
                stop.getAsBoolean() ? "stopped: the database is shutting down" : null);
    }
}
