package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection on a real {@code chronograph ingest} process: killed ({@code kill -9}) in the middle of a run,
 * run again in a new process and interrupted with Ctrl-C (SIGINT), then run to the end (in the test JVM). No
 * article is ever half-written, the embedded database recovers after the kill and shuts down cleanly on Ctrl-C,
 * and the final graph is that of a clean run.
 */
class InterruptedIngestIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final int ARTICLES = 16;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void anIngestKilledThenInterruptedThenRunAgainGivesTheGraphOfACleanRun(TestGraph reference) throws IOException {
        // a shell without job control starts background commands with SIGINT ignored, and children inherit that: the
        // JVM then installs no Ctrl-C handler and the interrupted run goes on to the end (seen launching the build
        // with "(bash .ci/run &)"); Ctrl-C cannot be tested from such a process
        assumeFalse(interruptIgnored(), "SIGINT is ignored in this process (started in the background by a shell "
                + "without job control), so a child cannot be interrupted with Ctrl-C");
        Path data = dir.resolve("data");
        Path logs = Path.of("target", "it-logs", "InterruptedIngestIT");
        // one extraction thread: each article is written as soon as it is extracted (with more threads, articles
        // extracted while the writer is busy are written together), so the run is still under way when it is
        // killed and when it is interrupted
        String[] ingest = TemplateCorpus.ingest(0, ARTICLES, "--data", data.toString(), "--threads", "1");

        // Given the graph of a clean run, in this JVM
        TemplateCorpus.loadClean(reference.connection(), 0, ARTICLES);
        List<String> cleanGraph = reference.dump();
        Map<String, List<String>> cleanArticles = reference.articleFacts();

        // When an ingest is killed (kill -9) once it has stored a few articles
        long killedAt;
        try (ChildCli killed = ChildCli.start(logs, "killed", Map.of(), ingest)) {
            try (GraphConnection view = RunningGraph.await(data, killed, PATIENCE)) {
                killedAt = RunningGraph.awaitArticles(view, 3, killed, PATIENCE);
            }
            killed.kill();
        }
        assertThat(killedAt).as("the ingest must still be running when it is killed").isLessThan(ARTICLES);

        // And the same command, run again, gets Ctrl-C once it has stored a few more
        long logBefore = debugLogSize(data);
        Map<String, List<String>> afterKill;
        long interruptedAt;
        ChildCli interrupted = ChildCli.start(logs, "interrupted", Map.of(), ingest);
        try (interrupted) {
            try (GraphConnection view = RunningGraph.await(data, interrupted, PATIENCE)) {
                afterKill = new TestGraph(view, null, data).articleFacts();
                interruptedAt = RunningGraph.awaitArticles(view, afterKill.size() + 2, interrupted, PATIENCE);
            }
            interrupted.signal("INT");
            // Then it stops at once, with exit code 130 and no stack trace, and closes the database cleanly
            assertThat(interrupted.exitCode(Duration.ofMinutes(2))).as(interrupted.err()).isEqualTo(130);
        }
        String recoveryAfterKill = debugLogSince(data, logBefore);
        assertThat(interruptedAt).as("the ingest must still be running when it is interrupted").isLessThan(ARTICLES);
        BadInputCliIT.assertNoStackTrace(interrupted.err());
        assertThat(interrupted.err().lines()).allMatch(l -> l.startsWith("chronograph: interrupted"));
        assertThat(data.resolve(EmbeddedNeo4j.PORT_FILE)).doesNotExist();

        // And every article the killed run stored was stored whole
        assertThat(afterKill).isNotEmpty();
        afterKill.forEach((id, facts) -> assertThat(facts).as(id).isEqualTo(cleanArticles.get(id)));

        // When the same command runs a third time (in this JVM, which opens the store first)
        long logBeforeLast = debugLogSize(data);
        try (GraphConnection resumed = GraphConnection.open(GraphSettings.builder().dataDir(data).build())) {
            assertThat(debugLogSince(data, logBeforeLast)).as("no recovery after Ctrl-C")
                    .doesNotContainIgnoringCase("recovery is required").doesNotContainIgnoringCase("recovery required");
            Cli last = Cli.run(ingest);

            // Then it skips what is stored and stores the rest
            assertThat(last.exitCode()).as(last.err()).isZero();
            assertThat(last.err()).isEmpty();
            long unchanged = count(last.out(), "unchanged");
            assertThat(unchanged).isGreaterThanOrEqualTo(interruptedAt).isLessThan(ARTICLES);
            assertThat(count(last.out(), "created")).isEqualTo(ARTICLES - unchanged);

            // And the graph is that of the clean run
            assertThat(new TestGraph(resumed, null, data).dump()).isEqualTo(cleanGraph);
        }
        assertThat(recoveryAfterKill).as("the store needed recovery after kill -9").containsIgnoringCase("recovery is required");
    }

    /** True when this process ignores SIGINT (bit 2 of the SigIgn mask in /proc/self/status; false where there is no /proc). */
    static boolean interruptIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** A count from the ingest summary table. */
    static long count(String summary, String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + row + "\\s+(\\d+)\\s*$").matcher(summary);
        assertThat(m.find()).as(row + " in " + summary).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long debugLogSize(Path data) throws IOException {
        Path log = data.resolve("logs/debug.log");
        return Files.exists(log) ? Files.size(log) : 0;
    }

    private static String debugLogSince(Path data, long offset) throws IOException {
        Path log = data.resolve("logs/debug.log");
        if (!Files.exists(log)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset), StandardCharsets.UTF_8);
    }
}
