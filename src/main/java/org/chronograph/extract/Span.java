package org.chronograph.extract;

/**
 * A candidate entity mention inside one sentence: tokens [from, to), its clean-text form, the type
 * the evidence suggests and where that evidence came from.
 *
 * @param sentence  sentence index
 * @param from      first token
 * @param to        token after the last
 * @param begin     clean-text offset of the first character
 * @param end       clean-text offset after the last character
 * @param text      surface form (possessive and quotes removed)
 * @param type      suggested type
 * @param source    what found it: lexicon, pattern, ner, shape, cue
 * @param canonical canonical name when a gazetteer entry names it, else {@code null}
 */
record Span(int sentence, int from, int to, int begin, int end, String text, EntityType type,
            String source, String canonical) {

    int length() {
        return to - from;
    }

    boolean overlaps(Span o) {
        return sentence == o.sentence && from < o.to && o.from < to;
    }

    Span withType(EntityType t, String why) {
        return new Span(sentence, from, to, begin, end, text, t, why, canonical);
    }

    /** A name the gazetteer or a model-name pattern knows: name finders never cut into or widen it. */
    boolean known() {
        return source.equals("lexicon") || source.equals("pattern");
    }

    /** Priority when spans overlap: gazetteer and model patterns beat statistical NER. */
    int priority() {
        return switch (source) {
            case "pattern" -> 5;
            case "lexicon" -> 4;
            case "cue" -> 3;
            case "ner" -> 2;
            case "weak" -> 0;
            default -> 1;
        };
    }
}
