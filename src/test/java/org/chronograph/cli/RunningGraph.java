package org.chronograph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.chronograph.ChronographException;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.EmbeddedPassword;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.query.GraphStats;

/** The test's view of a database that a child process runs in a data directory, reached through its port file. */
final class RunningGraph {
    private RunningGraph() {
    }

    /** Connects to the database {@code owner} runs in {@code dataDir}, waiting for it to start. */
    static GraphConnection await(Path dataDir, ChildCli owner, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!owner.isAlive()) {
                throw new AssertionError("the command ended before its database answered; stderr: " + owner.err());
            }
            OptionalInt port = EmbeddedNeo4j.runningPort(dataDir);
            if (port.isPresent()) {
                try {
                    return GraphConnection.open(GraphSettings.builder().uri("bolt://localhost:" + port.getAsInt())
                            .password(EmbeddedPassword.read(dataDir).orElse(null)).retryTime(Duration.ofSeconds(2)).build());
                } catch (ChronographException e) {
                    // a stale port file of a killed process, or a server still starting
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no database answered in " + dataDir + " within " + timeout);
            }
            pause(200);
        }
    }

    /** Waits until the graph holds at least {@code count} articles, and returns how many it holds then. */
    static long awaitArticles(GraphConnection graph, long count, ChildCli writer, Duration timeout) {
        return awaitArticles(graph, count, writer::isAlive, writer::err, timeout);
    }

    /**
     * Waits until the graph holds at least {@code count} articles while {@code running} says the writer runs;
     * returns how many articles the graph holds then.
     */
    static long awaitArticles(GraphConnection graph, long count, BooleanSupplier running, Supplier<String> diagnosis,
                              Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long articles = -1;
        while (true) {
            try {
                articles = GraphStats.fetch(graph).articles();
            } catch (ChronographException e) {
                // the database is still starting, or going away with the writer (checked below)
            }
            if (articles >= count) {
                return articles;
            }
            if (!running.getAsBoolean()) {
                throw new AssertionError("the command ended with " + articles + " articles stored: " + diagnosis.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + articles + " articles after " + timeout);
            }
            pause(150);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
