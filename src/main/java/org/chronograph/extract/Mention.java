package org.chronograph.extract;

/**
 * One occurrence of an entity in an article.
 *
 * @param text     the surface form
 * @param start    character offset in the original file
 * @param end      offset just past the mention in the original file
 * @param sentence index of the sentence in the article (0-based)
 */
public record Mention(String text, int start, int end, int sentence) implements java.io.Serializable {
}
