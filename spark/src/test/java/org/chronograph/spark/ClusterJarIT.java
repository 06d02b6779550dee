package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar for spark-submit runs on what a Spark cluster provides: Spark and its libraries (no embedded Neo4j, no
 * project class outside the jar), CoreNLP's models given as extra jars. A child JVM runs the job in local mode on
 * that class path and writes the Parquet tables.
 */
class ClusterJarIT {
    private static final Path MODULE = Path.of(System.getProperty("chronograph.spark.module", "spark"));
    private static final java.util.regex.Pattern SPARK_HAS = java.util.regex.Pattern.compile(
            "(netty-|slf4j-|jackson-|commons-lang3-|protobuf-java-|jsr305-|snakeyaml-).*\\.jar");

    @Test
    void theClusterJarRunsTheJobOnSparksOwnClassPath(@TempDir Path out) throws IOException, InterruptedException {
        Path target = MODULE.resolve("target");
        List<String> classPath = new ArrayList<>(entries(target.resolve("cluster-provided-classpath.txt")));
        // the libraries the cluster jar leaves to Spark (in every Spark 4.2 distribution: its jars/ folder), which the
        // build resolves in compile or runtime scope because the project needs them too
        entries(target.resolve("local-classpath.txt")).stream()
                .filter(e -> SPARK_HAS.matcher(Path.of(e).getFileName().toString()).matches()).forEach(classPath::add);
        classPath.add(target.resolve("chronograph-spark-cluster.jar").toString());
        entries(target.resolve("local-classpath.txt")).stream().filter(e -> e.contains("corenlp-4.5.10-models"))
                .forEach(classPath::add);
        assertThat(classPath).noneMatch(e -> e.contains("/org/neo4j/neo4j/") || e.endsWith("/target/chronograph.jar"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g"));
        command.addAll(Arrays.asList(System.getProperty("chronograph.spark.jvm-options", "").split("\\s+")));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), "org.chronograph.spark.SparkMain",
                "--master", "local[2]", "--out", out.toString(), "examples/2026-03-05-talent-shuffle-en.md"));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("articles     1");
        assertThat(Files.list(out.resolve("events")).anyMatch(f -> f.toString().endsWith(".parquet"))).isTrue();
    }

    private static List<String> entries(Path classPathFile) throws IOException {
        return Arrays.stream(Files.readString(classPathFile).strip().split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
    }
}
