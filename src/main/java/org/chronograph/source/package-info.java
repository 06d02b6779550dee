/** Articles in: reading files and corpora, reducing markup to clean text with offsets, detecting language. */
package org.chronograph.source;
