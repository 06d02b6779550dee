package org.chronograph.spark;

import java.io.Serializable;

/**
 * One file of the corpus to read.
 *
 * @param order  its place in the listing
 * @param uri    its fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param source its path as {@code ingest} names it: the argument as the user gave it, then the path below it
 * @param size   its length in bytes
 */
record InputFile(int order, String uri, String source, long size) implements Serializable {
}
