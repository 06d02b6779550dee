package org.chronograph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user types, as a query of the full-text index {@code entity_search} (see {@code cypher/schema.cypher}):
 * its words cut and folded as the index's {@code standard-folding} analyzer cuts and folds names (Lucene's standard
 * tokenizer, lower case, accents removed), each word required. Words hold only letters and digits, joined by an
 * apostrophe, a full stop or a comma ({@code O'Brien}, {@code 2.5}), none of Lucene's query operators, so the user's
 * text can never become query syntax.
 */
public final class SearchText {
    /** A word as the standard tokenizer keeps it: letters and digits, with ' . , ’ inside (not at either end). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words considered at most (a search box holds a name, not a page). */
    static final int MAX_WORDS = 16;

    private SearchText() {
    }

    /** The words of {@code text}, lower case, without accents ("Société Générale" gives société → societe, generale). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher m = WORD.matcher(folded);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * A query for names and aliases with a word starting with each word typed, as in a search box ("mis ai" finds
     * "Mistral AI"); {@code null} when the text has no word.
     */
    public static String prefixQuery(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? null : String.join(" ", words.stream().map(w -> "+" + w + "*").toList());
    }

    /** A query for names and aliases that hold every word of {@code text}; {@code null} when the text has no word. */
    public static String wordsQuery(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? null : String.join(" ", words.stream().map(w -> "+" + w).toList());
    }
}
