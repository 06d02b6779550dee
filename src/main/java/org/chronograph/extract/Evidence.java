package org.chronograph.extract;

/**
 * The sentence a fact came from.
 *
 * @param sentence the sentence text (clean, without markup)
 * @param start    offset of the sentence's first character in the original file
 * @param end      offset just past its last character in the original file
 */
public record Evidence(String sentence, int start, int end) implements java.io.Serializable {
}
