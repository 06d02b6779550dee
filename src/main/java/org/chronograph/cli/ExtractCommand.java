package org.chronograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code chronograph extract PATH... [--format json|table|csv|markdown]}: extraction without the database.
 * JSON is one object per article per line (the evaluation contract, JSON Lines for several articles).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities, dated events and moves from articles, without the database.",
                "JSON output follows the evaluation contract: one object per article, one per line."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.md, .txt, .html, .jsonl).")
    List<Path> paths;

    @Mixin
    ReadingOptions reading;

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Failures failures = new Failures(err, console.verbose(), reading.failFast());
        try (Stream<ReadResult> inputs = reading.reader().read(paths)) {
            new CorpusExtraction(reading.extractor(), reading.threads()).run(inputs, outcome -> {
                switch (outcome) {
                    case CorpusExtraction.Extracted x -> {
                        if (output.format() == Format.JSON) out.println(ExtractionJson.toLine(x.extraction()));
                        else output.write(out, ExtractionTables.of(x.extraction()));
                        out.flush();
                    }
                    case CorpusExtraction.Failed f -> failures.add(f);
                }
            });
        } catch (Failures.Stop stop) {
            // --fail-fast: the first failure was reported
        } catch (RuntimeException e) {
            return console.fail(e);
        }
        return failures.exitCode();
    }
}
