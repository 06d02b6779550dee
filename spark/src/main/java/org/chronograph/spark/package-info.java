/**
 * The extraction as an Apache Spark job, for corpora too large for one machine: reads articles from any Hadoop file
 * system path with the project's reader ({@code source}), extracts them in {@code mapPartitions} with one
 * {@link org.chronograph.extract.Extractor} per executor JVM, and writes the facts as Parquet tables and/or loads
 * them into Neo4j through the project's loader ({@code graph}), by partition, in batches, with a bounded number of
 * concurrent writers. {@link org.chronograph.spark.ChronographJob} is the job; {@link org.chronograph.spark.SparkMain}
 * its command line ({@code ./chronograph-spark}, {@code spark-submit}).
 */
package org.chronograph.spark;
