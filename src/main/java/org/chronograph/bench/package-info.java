/**
 * Scale and speed: a seeded generator of synthetic graphs and articles, and the benchmark that measures
 * extraction, loading and query speed side by side in one run.
 */
package org.chronograph.bench;
