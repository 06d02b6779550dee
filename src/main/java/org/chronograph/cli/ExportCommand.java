package org.chronograph.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.chronograph.ChronographException;
import org.chronograph.export.GraphMl;
import org.chronograph.export.TimelineJs;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.GraphSnapshot;
import org.chronograph.query.TimelineFilter;
import org.chronograph.query.TimelineQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronograph export timelinejs|graphml [-o FILE]}: files for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the timeline as TimelineJS JSON, or the graph as GraphML, to a file or standard output.",
        subcommands = {ExportCommand.TimelineJsCommand.class, ExportCommand.GraphMlCommand.class})
final class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to export: timelinejs or graphml");
    }

    /** What every export shares: the graph, the output file, --verbose. */
    abstract static class Export implements Callable<Integer> {
        @Mixin
        GraphOptions graphOptions;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Mixin
        Console console;

        abstract void write(GraphConnection graph, Writer out) throws IOException;

        @Override
        public Integer call() {
            try (GraphConnection graph = GraphConnection.open(graphOptions.settings())) {
                if (output == null) {
                    PrintWriter out = console.out();
                    write(graph, out);
                    out.flush();
                } else {
                    Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".chronograph-", ".part");
                    try (Writer out = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                        write(graph, out);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(tmp);
                        throw e;
                    }
                    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
                    console.err().println("chronograph: wrote " + output);
                    console.err().flush();
                }
                return 0;
            } catch (IOException e) {
                return console.fail(new ChronographException("cannot write " + output + ": " + e.getMessage(), e));
            } catch (UncheckedIOException e) {
                return console.fail(new ChronographException("cannot write: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                return console.fail(e);
            }
        }
    }

    /** {@code chronograph export timelinejs [timeline filters] [-o FILE]}. */
    @Command(name = "timelinejs", mixinStandardHelpOptions = true,
            description = "The timeline (same filters as 'timeline') as a TimelineJS 3 JSON document; undated events are left out.")
    static final class TimelineJsCommand extends Export {
        private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

        @Mixin
        TimelineFilterOptions filter = new TimelineFilterOptions();

        @Override
        void write(GraphConnection graph, Writer out) throws IOException {
            TimelineFilter f = filter.filter();
            String headline = f.entity() == null ? "Chronograph timeline" : "Chronograph: " + f.entity();
            JSON.writeValue(out, TimelineJs.document(headline, new TimelineQuery(graph).run(f), f.basis()));
            out.write(System.lineSeparator());
        }
    }

    /** {@code chronograph export graphml [-o FILE]}. */
    @Command(name = "graphml", mixinStandardHelpOptions = true,
            description = "The graph (entities, events, moves, articles and their relationships) as GraphML.")
    static final class GraphMlCommand extends Export {
        @Override
        void write(GraphConnection graph, Writer out) {
            GraphMl.write(GraphSnapshot.fetch(graph), out);
        }
    }
}
