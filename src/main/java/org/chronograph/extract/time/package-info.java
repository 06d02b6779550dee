/**
 * Rule-based finder and normalizer of English and French temporal expressions: plain regexes over one sentence,
 * resolved against a per-article {@link org.chronograph.extract.time.TimeContext}.
 */
package org.chronograph.extract.time;
