/**
 * Articles in: reading files and corpora, reducing markup to clean text with offsets, detecting language.
 * {@link org.chronograph.source.ArticleReader} is the entry point; everything else is package-private
 * except the value types and {@link org.chronograph.source.LanguageDetector}.
 */
package org.chronograph.source;
