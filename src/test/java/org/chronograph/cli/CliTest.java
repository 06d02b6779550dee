package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands' help and errors that need no database. */
class CliTest {

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "moves", "entity", "stats"})
    void everyQueryCommandHasHelp(String command) {
        Cli cli = Cli.run(command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: chronograph " + command, "--format", "--data", "--uri", "--password-file");
    }

    @Test
    void theMainHelpListsTheQueryCommands() {
        Cli cli = Cli.run("--help");

        assertThat(cli.out()).contains("timeline", "moves", "entity", "stats");
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
}
