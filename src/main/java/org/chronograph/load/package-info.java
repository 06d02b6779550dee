/**
 * Load tests of {@code chronograph serve}: many concurrent HTTP clients over a mix of API endpoints, with latency
 * percentiles and errors per endpoint.
 */
package org.chronograph.load;
