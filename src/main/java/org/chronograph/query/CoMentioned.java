package org.chronograph.query;

/**
 * An entity named in the same sentences as another one.
 *
 * @param key       its key
 * @param name      its name
 * @param type      its type
 * @param sentences how many sentences name both
 * @param articles  in how many articles
 */
public record CoMentioned(String key, String name, String type, long sentences, long articles) {
}
