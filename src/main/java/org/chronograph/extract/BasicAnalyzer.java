package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and tokens for languages without CoreNLP models (German, Spanish, Chinese, Japanese,
 * Arabic, Hindi...): a script-aware regular-expression tokenizer, no tags, no parse. Extraction on
 * top of it relies on the gazetteer, model-name patterns and trigger words, so it finds the
 * well-known names (mostly written in Latin script in any language) and the events around them, with
 * lower confidence. Stateless and thread-safe.
 */
final class BasicAnalyzer {
    /** Latin words and numbers (with inner hyphens, apostrophes and periods), runs of another script, or one symbol. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsLatin}\\p{N}]+(?:[-'’.][\\p{IsLatin}\\p{N}]+)*|[\\p{L}\\p{M}&&[^\\p{IsLatin}]]+|\\S");
    /** A sentence ends after . ! ? or their full-width forms, before a space, a line break or another script. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?=\\s)|(?<=[。！？])|\\n");

    List<AnalyzedSentence> analyze(String text) {
        List<AnalyzedSentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        List<int[]> ranges = new ArrayList<>();
        while (end.find()) {
            ranges.add(new int[] {start, end.start()});
            start = end.end();
        }
        ranges.add(new int[] {start, text.length()});
        int previousEnd = 0;
        for (int[] r : ranges) {
            int begin = r[0];
            int stop = r[1];
            while (begin < stop && Character.isWhitespace(text.charAt(begin))) begin++;
            while (stop > begin && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (begin >= stop) continue;
            if (text.substring(previousEnd, begin).contains("\n\n")) paragraph++;
            previousEnd = stop;
            List<CoreLabel> tokens = tokens(text, begin, stop);
            if (!tokens.isEmpty()) {
                out.add(new AnalyzedSentence(out.size(), paragraph, begin, stop, text.substring(begin, stop), tokens, null));
            }
        }
        return out;
    }

    private static List<CoreLabel> tokens(String text, int begin, int end) {
        List<CoreLabel> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(begin, end);
        while (m.find()) {
            CoreLabel t = new CoreLabel();
            t.setWord(m.group());
            t.setValue(m.group());
            t.setOriginalText(m.group());
            t.setBeginPosition(m.start());
            t.setEndPosition(m.end());
            t.setIndex(tokens.size() + 1);
            t.setNER("O");
            tokens.add(t);
        }
        return tokens;
    }
}
