package org.chronograph.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.chronograph.ChronographException;

/**
 * CoreNLP pipelines, one per language, built once on first use and shared: annotating separate
 * documents from several threads with one pipeline is supported by CoreNLP.
 * English and French have their own models; other languages are refused.
 */
public final class NlpPipelines {
    /** The annotators every extraction runs, per language (also what the raw-CoreNLP benchmark runs). */
    public static final Map<String, String> ANNOTATORS = Map.of(
            "en", "tokenize,ssplit,pos,lemma,ner,depparse",
            "fr", "tokenize,ssplit,mwt,pos,ner,depparse");

    private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();

    /** True when {@code lang} has models. */
    public static boolean supports(String lang) {
        return ANNOTATORS.containsKey(lang);
    }

    /**
     * The shared pipeline for a language, built on first call (3-15 s).
     *
     * @throws ChronographException for a language without models
     */
    public StanfordCoreNLP forLanguage(String lang) {
        if (!supports(lang)) {
            throw new ChronographException("unsupported language '" + lang + "' (supported: en, fr)");
        }
        return pipelines.computeIfAbsent(lang, NlpPipelines::build);
    }

    /** The properties used for a language: exposed so benchmarks can build the same raw pipeline. */
    public static Properties properties(String lang) {
        Properties p = new Properties();
        if (lang.equals("fr")) {
            try (InputStream in = NlpPipelines.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
                if (in == null) throw new ChronographException("French CoreNLP models are not on the classpath");
                p.load(in);
            } catch (IOException e) {
                throw new ChronographException("cannot read French CoreNLP properties: " + e.getMessage(), e);
            }
        } else {
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.combinationMode", "HIGH_RECALL");
        }
        p.setProperty("annotators", ANNOTATORS.get(lang));
        // the source stage puts one block per line: a line break always ends a sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        p.setProperty("depparse.maxLength", "120");
        return p;
    }

    private static StanfordCoreNLP build(String lang) {
        return new StanfordCoreNLP(properties(lang));
    }
}
