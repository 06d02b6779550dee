/** Wires the stages together for whole runs: read, extract in parallel, load, with a summary. */
package org.chronograph.pipeline;
