package org.chronograph.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.chronograph.graph.GraphConnection;
import scala.Tuple2;

/**
 * The job: lists the corpus on the driver; reads it in tasks with the project's reader; spreads the articles over the
 * extraction partitions by id (the first of a repeated id in input order is kept); extracts each partition with the
 * executor's one Extractor; writes the facts as Parquet tables ({@link FactTables}) and/or loads them into Neo4j with
 * the project's loader, {@code writers} tasks at most, each loading a contiguous run of the corpus in input order, in
 * batches. Inputs that fail at any step are gathered by an accumulator and listed at the end; the job goes on.
 */
public final class ChronographJob {
    private final SparkSession spark;
    private final JobSettings settings;

    ChronographJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * Runs the job on the paths (files or folders, any Hadoop file system).
     *
     * @throws org.chronograph.ChronographException when the graph cannot be reached (before any extraction)
     */
    JobReport run(List<String> paths) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // the driver connects first: an unreachable graph or wrong credentials stop the job before hours of
        // extraction; in local mode with --data this starts the embedded database the tasks then reach over Bolt
        GraphConnection graph = settings.graph() == null ? null : GraphConnection.open(settings.graph().settings());
        try {
            return run(paths, jsc, hadoop, started);
        } finally {
            ExecutorGraph.closeAll();
            if (graph != null) {
                graph.close();
            }
        }
    }

    private JobReport run(List<String> paths, JavaSparkContext jsc, Configuration hadoop, long started) {
        BadInputs bad = new BadInputs();
        spark.sparkContext().register(bad, "chronograph bad inputs");
        LoadCounts counts = LoadCounts.register(spark.sparkContext());

        CorpusListing.Listing listing = CorpusListing.list(paths, hadoop);
        listing.problems().forEach(bad::add);
        List<InputFile> files = listing.files();
        int cores = Math.max(1, jsc.defaultParallelism());
        int partitions = settings.partitions() > 0 ? settings.partitions() : 3 * cores;
        int writers = settings.writers();

        JobSettings s = settings;
        HadoopConf conf = new HadoopConf(hadoop);
        ExtractorSpec spec = s.extractor();
        JavaRDD<Numbered> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
                .mapPartitions(it -> ReadStage.read(it, conf, spec, bad));
        JavaRDD<Numbered> articles = read.mapToPair(n -> new Tuple2<>(n.article().id(), n))
                .groupByKey(partitions)
                .flatMap(group -> ReadStage.firstOfId(group._2(), bad));
        JavaRDD<Extracted> extracted = articles.mapPartitions(it -> ExtractStage.extract(it, s, bad));

        long total;
        long extractedCount;
        long[] facts = {0, 0, 0};
        if (s.out() != null) {
            extracted.persist(StorageLevel.MEMORY_AND_DISK_SER());
            long[] sums = extracted.map(x -> x.storedUnchanged() ? new long[] {1, 0}
                    : new long[] {1, 1}).reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            total = sums[0];
            extractedCount = sums[1];
            for (FactTables.Table table : FactTables.Table.values()) {
                JavaRDD<Row> rows = extracted.filter(x -> !x.storedUnchanged())
                        .flatMap(x -> FactTables.rows(table, x.extraction()).iterator());
                Dataset<Row> frame = spark.createDataFrame(rows, FactTables.schema(table));
                frame.write().mode(SaveMode.Overwrite).parquet(s.out() + "/" + table.folder);
            }
            if (s.graph() == null) {
                facts = extracted.filter(x -> !x.storedUnchanged()).map(x -> new long[] {
                        FactTables.rows(FactTables.Table.ENTITIES, x.extraction()).size(),
                        FactTables.rows(FactTables.Table.EVENTS, x.extraction()).size(),
                        FactTables.rows(FactTables.Table.MOVES, x.extraction()).size()})
                        .fold(new long[] {0, 0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            }
        } else {
            total = -1;
            extractedCount = -1;
        }
        if (s.graph() != null) {
            OrderPartitioner runs = OrderPartitioner.of(files, writers);
            extracted.mapToPair(x -> new Tuple2<>(x.order(), x))
                    .repartitionAndSortWithinPartitions(runs, Order.INPUT)
                    .foreachPartition(run -> LoadStage.load(run, s, bad, counts));
            facts = new long[] {counts.entities().value(), counts.events().value(), counts.moves().value()};
            long loaded = counts.created().value() + counts.replaced().value() + counts.unchanged().value();
            if (total < 0) {
                total = loaded;
                extractedCount = counts.created().value() + counts.replaced().value();
            }
            writers = runs.numPartitions();
        }
        extracted.unpersist(false);

        List<BadInput> badInputs = bad.value();
        if (s.out() != null) {
            writeProblems(badInputs, s.out() + "/problems");
        }
        return new JobReport(files.size(), total, extractedCount, counts.created().value(), counts.replaced().value(),
                counts.unchanged().value(), facts[0], facts[1], facts[2], badInputs, bad.perPartition(), partitions,
                s.graph() == null ? 0 : writers, (System.nanoTime() - started) / 1e9);
    }

    /** The bad inputs as a Parquet table beside the facts: stage, source, line, message, partition. */
    private void writeProblems(List<BadInput> badInputs, String dir) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("stage", DataTypes.StringType, false),
                DataTypes.createStructField("source", DataTypes.StringType, false),
                DataTypes.createStructField("line", DataTypes.IntegerType, true),
                DataTypes.createStructField("message", DataTypes.StringType, false),
                DataTypes.createStructField("partition", DataTypes.IntegerType, false)));
        List<Row> rows = new ArrayList<>();
        for (BadInput b : badInputs) {
            rows.add(RowFactory.create(b.stage(), b.source(), b.line(), b.message(), b.partition()));
        }
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir);
    }
}
