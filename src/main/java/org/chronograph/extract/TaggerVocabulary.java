package org.chronograph.extract;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronograph.ChronographException;

/**
 * What CoreNLP's part-of-speech tagger learned of a word from its training corpus (English: the Wall Street Journal
 * treebank; French: the UD treebank): how often it saw the word, and with which tags. A capitalised word whose
 * lower-case form the tagger saw often as a common noun ("Outlook", "Training", "Focus") is a heading's or a
 * sentence's common word, not a name; a word it never saw ("Spotify", "Temenos", "Kelto") is a name to type. The
 * tagger keeps this dictionary in non-public members, read here by reflection on CoreNLP 4.5.x; the tagger models
 * are loaded once per language. Thread-safe.
 */
final class TaggerVocabulary {
    private static final Map<String, String> MODELS = Map.of(
            "en", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
            "fr", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
    private static final Map<String, TaggerVocabulary> BY_LANG = new ConcurrentHashMap<>();

    private final Object dictionary;
    private final Method sum;
    private final Method tags;

    private TaggerVocabulary(Object dictionary, Method sum, Method tags) {
        this.dictionary = dictionary;
        this.sum = sum;
        this.tags = tags;
    }

    /** The vocabulary of a language's tagger, or {@code null} for a language without one. */
    static TaggerVocabulary forLanguage(String lang) {
        if (!MODELS.containsKey(lang)) return null;
        return BY_LANG.computeIfAbsent(lang, TaggerVocabulary::load);
    }

    private static TaggerVocabulary load(String lang) {
        try {
            MaxentTagger tagger = new MaxentTagger(MODELS.get(lang));
            Field dict = MaxentTagger.class.getDeclaredField("dict");
            dict.setAccessible(true);
            Object dictionary = dict.get(tagger);
            Method sum = dictionary.getClass().getDeclaredMethod("sum", String.class);
            Method tags = dictionary.getClass().getDeclaredMethod("getTags", String.class);
            sum.setAccessible(true);
            tags.setAccessible(true);
            return new TaggerVocabulary(dictionary, sum, tags);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ChronographException("cannot read the " + lang + " tagger's dictionary (CoreNLP version changed?): " + e, e);
        }
    }

    /** How many times the tagger's corpus has the word, exactly as written. */
    int count(String word) {
        try {
            return (Integer) sum.invoke(dictionary, word);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tags the tagger's corpus gives the word (none when it never saw it). */
    String[] tags(String word) {
        try {
            String[] t = (String[]) tags.invoke(dictionary, word);
            return t == null ? new String[0] : t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
