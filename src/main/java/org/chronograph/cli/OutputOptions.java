package org.chronograph.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --format} option of commands that print tables. */
public final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = Format.Converter.class, completionCandidates = Format.Names.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.TABLE;

    public Format format() {
        return format;
    }

    /** Writes the tables in the chosen format. */
    public void write(PrintWriter out, List<Table> tables) {
        Output.write(out, format, tables);
    }
}
