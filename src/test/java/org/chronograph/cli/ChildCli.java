package org.chronograph.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code chronograph} command in its own JVM, as a user runs it ({@code java -cp ... org.chronograph.cli.Main}),
 * its standard output and error in files. The environment is the test's, without {@code NEO4J_*} and
 * {@code CHRONOGRAPH_DATA}, plus what the test gives.
 */
final class ChildCli implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildCli(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code chronograph ARGS} with the given extra environment; output goes to files in {@code logs}. */
    static ChildCli start(Path logs, String name, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", classPath(), "org.chronograph.cli.Main"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.equals("CHRONOGRAPH_DATA") || k.equals("CI"));
            builder.environment().putAll(env);
            return new ChildCli(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test class path when it holds the project's dependencies (Surefire and Failsafe set it), else the packaged one. */
    private static String classPath() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.contains("picocli") && cp.contains("neo4j")) {
            return cp;
        }
        return "target/classes" + File.pathSeparator + "target/lib/*";
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the exit and returns its code. */
    int exitCode(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the command did not end within " + timeout + "; stderr: " + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Kills the process at once ({@code kill -9}) and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        exitCode(Duration.ofSeconds(30));
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}) with {@code kill}, as Ctrl-C or a service manager does. */
    void signal(String name) {
        try {
            int code = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (code != 0) {
                throw new AssertionError("kill -" + name + " " + process.pid() + " failed with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
