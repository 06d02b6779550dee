package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands' help and errors that need no database. */
class CliTest {

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "moves", "flows", "career", "related", "path", "conflicts", "entity", "entities", "stats"})
    void everyQueryCommandHasHelp(String command) {
        Cli cli = Cli.run(command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: chronograph " + command, "--format", "--data", "--uri", "--password-file");
    }

    @Test
    void theMainHelpListsTheQueryCommands() {
        Cli cli = Cli.run("--help");

        assertThat(cli.out()).contains("timeline", "moves", "flows", "career", "related", "conflicts", "entity", "stats",
                "export", "serve");
    }

    @Test
    void serveRefusesAnAddressOtherThanLoopbackWithoutATokenBeforeOpeningTheGraph() {
        Cli cli = Cli.run("serve", "--host", "0.0.0.0", "--uri", "bolt://localhost:1");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("chronograph: serving on 0.0.0.0 (not a loopback address) needs a bearer token");
    }

    @Test
    void serveReadsItsTokenFromAFileAndRefusesAShortOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("token"), "short\n");

        Cli cli = Cli.run("serve", "--host", "0.0.0.0", "--token-file", file.toString(), "--uri", "bolt://localhost:1");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("the token must have at least 16 characters");
    }

    @Test
    void serveHasNoTokenFlag() {
        Cli cli = Cli.run("serve", "--token", "0123456789abcdef0123");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown options: '--token'");
    }

    @Test
    void aWrongOptionValueIsOneLineAndAPointerToHelpNotTheWholeUsage() {
        Cli cli = Cli.run("path", "A", "B", "--max-hops", "x'}) DETACH DELETE n //");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(2);
        assertThat(cli.err()).contains("--max-hops").contains("Try 'chronograph path --help'");
    }

    @Test
    void exportNeedsToBeToldWhat() {
        Cli cli = Cli.runIsolated("export");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("name what to export: timelinejs or graphml");
    }

    @Test
    void anUnreachableServerIsOneLineAndExitCodeOne() {
        Cli cli = Cli.run("stats", "--uri", "bolt://localhost:1");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("chronograph: cannot reach Neo4j at bolt://localhost:1");
    }

    @Test
    void aBadUriIsOneLineAndExitCodeOne() {
        Cli cli = Cli.run("stats", "--uri", "http://localhost:7474");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("chronograph: not a Neo4j URI: 'http://localhost:7474'");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli cli = Cli.run("stats", "--format", "yaml");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("'yaml' is not a format");
    }

    @Test
    void anUnexpectedErrorHintsAtVerbose() {
        assertThat(ExceptionMapper.message(new IllegalStateException("boom"), false))
                .isEqualTo("IllegalStateException: boom (run again with --verbose for details)");
        assertThat(ExceptionMapper.message(new org.chronograph.ChronographException("no entity named 'X'"), false))
                .isEqualTo("no entity named 'X'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "ingest", "eval", "train", "bench", "gen-synthetic", "serve", "load-test", "demo",
            "stats", "timeline", "export timelinejs", "export graphml"})
    void everyCommandThatCanFailTakesVerbose(String command) {
        Cli cli = Cli.run((command + " --help").split(" "));

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--verbose");
    }

    @Test
    void aCommandThatCannotGoOnSaysSoInOneLineAndWithVerboseGivesTheStackTrace() {
        // through the command line's own writers (the mixin finds the command it is mixed into)
        Cli plain = Cli.runIsolated("stats", "--uri", "bolt://127.0.0.1:1");
        Cli verbose = Cli.runIsolated("stats", "--uri", "bolt://127.0.0.1:1", "--verbose");

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("chronograph: "));
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).startsWith("chronograph: ").contains("\tat ");
    }
}
