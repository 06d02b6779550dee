package org.chronograph.spark;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.chronograph.cli.OutputOptions;
import org.chronograph.cli.Table;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.Extractor;
import org.chronograph.extract.NlpPipelines;
import org.chronograph.source.Article;
import org.chronograph.source.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronograph-spark bench PATH...}: tokens per second of the Spark job in {@code local[1]} and {@code local[2]}
 * against {@code chronograph extract} (the same extraction on 1 and 2 threads, no Spark) on the same articles, in one
 * JVM, after a warm-up pass, each configuration run twice in mirrored order (the faster of the two counted), so that
 * Spark's own cost per core is known. The models are loaded once (the executor's Extractor is this JVM's), and the
 * time that takes is given apart: a cluster executor pays it once.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Tokens per second of the Spark job in local[1] and local[2] against the extraction alone on 1 and 2 threads.")
final class SparkBench implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (local).")
    List<Path> paths;

    @Mixin
    OutputOptions output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadResult> read = ExtractorSpec.defaults().reader().read(paths)) {
            read.forEach(r -> r.asArticle().ifPresent(articles::add));
        }
        long tokens = tokens(articles);
        log(err, "bench: " + articles.size() + " articles, " + tokens + " tokens; loading the models");
        long loadStarted = System.nanoTime();
        Extractor extractor = ExecutorExtractor.get(ExtractorSpec.defaults());
        extractor.warmUp(articles.stream().map(Article::lang).filter(Extractor::fullySupports).distinct().toList());
        double modelSeconds = (System.nanoTime() - loadStarted) / 1e9;
        log(err, "bench: warm-up pass");
        extract(extractor, articles, 2);

        Path out = Files.createTempDirectory("chronograph-bench-spark");
        List<String> inputs = paths.stream().map(Path::toString).toList();
        Map<String, Double> best = new LinkedHashMap<>();
        String[] order = {"extract 1 thread", "extract 2 threads", "spark local[1]", "spark local[2]"};
        List<String> mirrored = new ArrayList<>(Arrays.asList(order));
        mirrored.addAll(Arrays.asList(order).reversed());
        for (String run : mirrored) {
            log(err, "bench: " + run);
            double seconds = switch (run) {
                case "extract 1 thread" -> time(() -> extract(extractor, articles, 1));
                case "extract 2 threads" -> time(() -> extract(extractor, articles, 2));
                case "spark local[1]" -> spark("local[1]", inputs, out);
                default -> spark("local[2]", inputs, out);
            };
            best.merge(run, seconds, Math::min);
        }
        deleteTree(out);

        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", articles.size());
        figures.put("tokens", tokens);
        for (String run : order) {
            double tps = tokens / best.get(run);
            rows.add(Arrays.asList(run, String.format(Locale.ROOT, "%.1f", best.get(run)), String.format(Locale.ROOT, "%.0f", tps)));
            figures.put(run.replaceAll("[^a-z0-9]+", "_").replaceAll("_$", "") + "_tokens_per_s", Math.round(tps));
        }
        double perCore1 = best.get("extract 1 thread") / best.get("spark local[1]");
        double perCore2 = best.get("extract 2 threads") / best.get("spark local[2]");
        rows.add(Arrays.asList("spark local[1] / extract 1 thread", "", String.format(Locale.ROOT, "%.2f", perCore1)));
        rows.add(Arrays.asList("spark local[2] / extract 2 threads", "", String.format(Locale.ROOT, "%.2f", perCore2)));
        rows.add(Arrays.asList("model loading, once per executor", String.format(Locale.ROOT, "%.1f", modelSeconds), ""));
        figures.put("spark_over_extract_1", Math.round(perCore1 * 100) / 100.0);
        figures.put("spark_over_extract_2", Math.round(perCore2 * 100) / 100.0);
        figures.put("model_load_s", Math.round(modelSeconds * 10) / 10.0);
        output.write(spec.commandLine().getOut(), List.of(Table.of("Spark benchmark (" + articles.size() + " articles, "
                + tokens + " tokens, best of 2 runs each)", List.of("run", "seconds", "tokens/s"), rows)));
        spec.commandLine().getOut().println(json(figures));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The Spark job on the paths, Parquet out, in a fresh local session; seconds from job start to end. */
    private static double spark(String master, List<String> inputs, Path out) {
        SparkSession spark = SparkSession.builder().master(master).appName("chronograph-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            JobSettings settings = new JobSettings(ExtractorSpec.defaults(), null, out.resolve(master).toString(),
                    JobSettings.DEFAULT_BATCH, 1, 0, false, -1);
            return new ChronographJob(spark, settings).run(inputs).seconds();
        } finally {
            spark.stop();
        }
    }

    private static void extract(Extractor extractor, List<Article> articles, int threads) {
        new CorpusExtraction(extractor, threads).run(articles.stream().map(a -> (ReadResult) new ReadResult.Ok(a)), outcome -> { });
    }

    /** Tokens as CoreNLP's tokenizer counts them for each article's language (English rules for the others). */
    private static long tokens(List<Article> articles) {
        Map<String, StanfordCoreNLP> tokenizers = new LinkedHashMap<>();
        long tokens = 0;
        for (Article a : articles) {
            String lang = Extractor.fullySupports(a.lang()) ? a.lang() : "en";
            StanfordCoreNLP tokenizer = tokenizers.computeIfAbsent(lang, l -> {
                Properties p = NlpPipelines.properties(l);
                p.setProperty("annotators", p.getProperty("annotators").contains("mwt") ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
                return new StanfordCoreNLP(p);
            });
            CoreDocument doc = new CoreDocument(a.body().text());
            tokenizer.annotate(doc);
            tokens += doc.tokens().size();
        }
        return tokens;
    }

    private static double time(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void log(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    private static String json(Map<String, Object> figures) {
        List<String> parts = new ArrayList<>();
        figures.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", parts) + "}";
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
