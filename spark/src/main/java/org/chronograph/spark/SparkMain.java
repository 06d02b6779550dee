package org.chronograph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.chronograph.ChronographException;
import org.chronograph.cli.ExceptionMapper;
import org.chronograph.cli.OutputOptions;
import org.chronograph.cli.SafeText;
import org.chronograph.cli.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronograph-spark [--master M] [--out DIR] [--uri URI | --data DIR] PATH...}: the extraction as a Spark job.
 * Run by {@code ./chronograph-spark} in local mode, or by {@code spark-submit} on a cluster (the master then comes from
 * spark-submit). Every option has a Spark configuration key ({@code --conf spark.chronograph....}); a flag wins
 * over its key, a key over the environment.
 */
@Command(name = "chronograph-spark", mixinStandardHelpOptions = true, version = "chronograph-spark 0.1.0",
        description = {"Read articles (Markdown, text, HTML, JSON Lines) from any Hadoop file system path, extract their "
                + "facts on Spark, and write them as Parquet tables (--out) and/or load them into Neo4j (--uri, or --data "
                + "for the embedded database in local mode).",
                "Exit code: 0 all inputs used, 2 some input failed (listed at the end), 1 the job could not run."})
public final class SparkMain implements Callable<Integer> {
    /** Prefix of the job's Spark configuration keys. */
    static final String KEY = "spark.chronograph.";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: local paths, hdfs://, s3a://, ...")
    List<String> paths;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]); local[N,R] retries a failed task R-1 times.")
    String master;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the facts as Parquet tables under DIR (articles, entities, events, moves, provenance, problems); key spark.chronograph.out.")
    String out;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Load a Neo4j server or cluster (neo4j:// routes writes to the leader; neo4j+s:// for Aura); key spark.chronograph.neo4j.uri, env NEO4J_URI.")
    String uri;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Neo4j user; key spark.chronograph.neo4j.user, env NEO4J_USERNAME (default: neo4j).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the Neo4j password; key spark.chronograph.neo4j.passwordFile, else env NEO4J_PASSWORD.")
    Path passwordFile;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Load the embedded database in DIR, as ingest would (local mode only).")
    Path dataDir;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction; key spark.chronograph.batch (default: 100).")
    Integer batch;

    @Option(names = "--writers", paramLabel = "N",
            description = "Most load tasks writing at once; key spark.chronograph.writers (default: 1, the graph exactly as ingest makes it).")
    Integer writers;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Extraction partitions; key spark.chronograph.partitions (default: three per core).")
    Integer partitions;

    @Option(names = "--retry-seconds", paramLabel = "N",
            description = "How long a write that failed for a transient reason is retried; key spark.chronograph.neo4j.retrySeconds (default: 30).")
    Integer retrySeconds;

    @Option(names = "--force", description = "Re-extract and replace articles the graph holds unchanged.")
    boolean force;

    @Option(names = "--lang", paramLabel = "CODE", description = "Treat every article as this language (en, fr).")
    String lang;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Skip files (and JSON Lines records) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra gazetteer entries; repeatable (read on the driver, sent to the executors).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Mixin
    OutputOptions output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new SparkMain()).setExecutionExceptionHandler(new ExceptionMapper()).execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf();
        String chosenMaster = master != null ? master : conf.get("spark.master", "local[*]");
        JobSettings settings;
        try {
            settings = settings(conf, System.getenv(), chosenMaster);
        } catch (IllegalArgumentException | ChronographException | java.io.UncheckedIOException e) {
            err.println("chronograph-spark: " + SafeText.escape(e.getMessage()));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        SparkSession spark = SparkSession.builder().config(conf).master(chosenMaster).appName("chronograph").getOrCreate();
        JobReport report;
        try {
            report = new ChronographJob(spark, settings).run(paths);
        } catch (RuntimeException e) {
            return ExceptionMapper.report(rootCause(e), err, verbose);
        } finally {
            spark.stop();
        }
        output.write(spec.commandLine().getOut(), List.of(summary(report, settings)));
        if (report.badInputs().isEmpty()) {
            return 0;
        }
        err.println("chronograph-spark: " + report.badInputs().size() + " input(s) failed"
                + perPartition(report) + ":");
        report.badInputs().forEach(b -> err.println("  " + SafeText.escape(b.toString())));
        err.flush();
        return 2;
    }

    /** The job's settings from the flags, then the Spark configuration keys, then the environment. */
    JobSettings settings(SparkConf conf, Map<String, String> env, String chosenMaster) {
        String theUri = first(uri, key(conf, "neo4j.uri"), env.get("NEO4J_URI"));
        String theOut = first(out, key(conf, "out"));
        if (theUri != null && dataDir != null) {
            throw new IllegalArgumentException("give --uri or --data, not both");
        }
        if (dataDir != null && !chosenMaster.startsWith("local")) {
            throw new IllegalArgumentException("--data loads an embedded database on this machine: it needs a local master (got "
                    + chosenMaster + "); on a cluster, load a Neo4j server with --uri");
        }
        GraphTarget graph = null;
        int retry = number(retrySeconds, conf, "neo4j.retrySeconds", 30);
        String theUser = first(user, key(conf, "neo4j.user"), env.get("NEO4J_USERNAME"), "neo4j");
        if (theUri != null) {
            graph = new GraphTarget(theUri, theUser, password(conf, env), null, retry);
        } else if (dataDir != null) {
            graph = new GraphTarget(null, theUser, password(conf, env), dataDir.toAbsolutePath().toString(), retry);
        }
        ExtractorSpec extractor = new ExtractorSpec(maxBytes, lang, ExtractorSpec.read(lexicons));
        return new JobSettings(extractor, graph, theOut,
                number(batch, conf, "batch", JobSettings.DEFAULT_BATCH), number(writers, conf, "writers", 1),
                number(partitions, conf, "partitions", 0), force, -1);
    }

    private String password(SparkConf conf, Map<String, String> env) {
        String file = passwordFile != null ? passwordFile.toString() : key(conf, "neo4j.passwordFile");
        if (file != null) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ChronographException("cannot read the password file " + file + ": " + e.getMessage(), e);
            }
        }
        String fromEnv = env.get("NEO4J_PASSWORD");
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
    }

    static Table summary(JobReport r, JobSettings s) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("files", r.files()));
        rows.add(Arrays.asList("articles", r.articles()));
        rows.add(Arrays.asList("  extracted", r.extracted()));
        if (s.graph() != null) {
            rows.add(Arrays.asList("  created", r.created()));
            rows.add(Arrays.asList("  replaced", r.replaced()));
            rows.add(Arrays.asList("  unchanged", r.unchanged()));
        }
        rows.add(Arrays.asList("entities", r.entities()));
        rows.add(Arrays.asList("events", r.events()));
        rows.add(Arrays.asList("moves", r.moves()));
        rows.add(Arrays.asList("skipped", r.badInputs().size()));
        rows.add(Arrays.asList("partitions", r.partitions()));
        if (s.graph() != null) {
            rows.add(Arrays.asList("writers", r.writers()));
        }
        if (s.out() != null) {
            rows.add(Arrays.asList("parquet", s.out()));
        }
        if (s.graph() != null) {
            rows.add(Arrays.asList("graph", s.graph().toString()));
        }
        rows.add(Arrays.asList("seconds", String.format("%.1f", r.seconds())));
        return Table.of("Spark job summary", List.of("what", "count"), rows);
    }

    private static String perPartition(JobReport r) {
        if (r.badPerPartition().size() <= 1) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        r.badPerPartition().forEach((p, n) -> parts.add((p < 0 ? "listing" : "partition " + p) + ": " + n));
        return " (" + String.join(", ", parts) + ")";
    }

    private static Throwable rootCause(RuntimeException e) {
        // a task's exception reaches the driver wrapped in Spark's; the user wants the reason, e.g. the database gone
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof ChronographException)) {
            t = t.getCause();
        }
        return t instanceof ChronographException ? t : e;
    }

    /** A flag's value, else its Spark configuration key's ({@code spark.chronograph.<key>}), else the default. */
    private static int number(Integer flag, SparkConf conf, String key, int fallback) {
        return flag != null ? flag : conf.getInt(KEY + key, fallback);
    }

    /** The value of the job's configuration key {@code spark.chronograph.<key>}, or {@code null}. */
    private static String key(SparkConf conf, String key) {
        return conf.get(KEY + key, null);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String str && str.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
