package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.chronograph.ChronographException;

/**
 * CoreNLP for extraction, one pipeline and one parser per language, built once on first use and shared
 * (annotating separate documents from several threads is supported by CoreNLP). English and French have their
 * own models; other languages are refused.
 * <p>
 * Every sentence gets tokens, part-of-speech tags and named entities up front; the dependency parse, two thirds of
 * a full run's time, is made per sentence when the extraction first reads it ({@link Parse}), unless the
 * pipelines are built to parse every sentence (the reference the equality test and the benchmark compare with).
 */
public final class NlpPipelines {
    /**
     * The annotators of a full CoreNLP run, per language: what extraction ran on every sentence until it parsed
     * on demand, and what the raw-CoreNLP benchmark runs.
     */
    public static final Map<String, String> ANNOTATORS = Map.of(
            "en", "tokenize,ssplit,pos,lemma,ner,depparse",
            "fr", "tokenize,ssplit,mwt,pos,ner,depparse");

    /** How sentences get their dependency parse. */
    public enum Parsing {
        /** When the extraction first reads it, by the parser alone (the default). */
        ON_DEMAND,
        /**
         * By CoreNLP's {@code depparse} annotator on every sentence, up front: a full run of {@link #ANNOTATORS} as
         * extraction did before, the reference extraction is compared with.
         */
        EVERY_SENTENCE
    }

    private final Parsing parsing;
    /** Told of every sentence parsed on demand and of the rules it is parsed for (profiling; {@link ParseObserver#NONE}). */
    private final ParseObserver observer;
    private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();
    private final Map<String, SentenceParser> parsers = new ConcurrentHashMap<>();
    /** The NER annotator alone, per language, run on the sentences {@link NerGate} says may name someone (on demand only). */
    private final Map<String, StanfordCoreNLP> recognizers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong loadingNanos = new java.util.concurrent.atomic.AtomicLong();

    /** Pipelines that parse on demand. */
    public NlpPipelines() {
        this(Parsing.ON_DEMAND);
    }

    public NlpPipelines(Parsing parsing) {
        this(parsing, ParseObserver.NONE);
    }

    NlpPipelines(Parsing parsing, ParseObserver observer) {
        this.parsing = parsing;
        this.observer = observer;
    }

    /** True when {@code lang} has models. */
    public static boolean supports(String lang) {
        return ANNOTATORS.containsKey(lang);
    }

    /**
     * The shared pipeline for a language, built on first call (3-15 s): every annotator before NER and the parse (each
     * run where needed, see {@link #annotate} and {@link #parseOf}), or all of them when parsing every sentence.
     *
     * @throws ChronographException for a language without models
     */
    public StanfordCoreNLP forLanguage(String lang) {
        if (!supports(lang)) {
            throw new ChronographException("unsupported language '" + lang + "' (supported: en, fr)");
        }
        StanfordCoreNLP pipeline = pipelines.computeIfAbsent(lang, l -> timed(() -> new StanfordCoreNLP(annotated(l))));
        if (parsing == Parsing.ON_DEMAND) {
            parsers.computeIfAbsent(lang, l -> timed(() -> new SentenceParser(extractionProperties(l))));
            recognizers.computeIfAbsent(lang, l -> timed(() -> new StanfordCoreNLP(recognizing(l))));
        }
        return pipeline;
    }

    /** Seconds spent loading models so far. */
    double loadingSeconds() {
        return loadingNanos.get() / 1e9;
    }

    private <T> T timed(java.util.function.Supplier<T> load) {
        long started = System.nanoTime();
        try {
            return load.get();
        } finally {
            loadingNanos.addAndGet(System.nanoTime() - started);
        }
    }

    /**
     * Annotates a document with the up-front annotators of its language. On demand, the NER models run only on the
     * sentences {@link NerGate} says may name someone; the others' tokens are tagged {@code O}, as the models tag
     * every token of such sentences (none found on the shared corpus: {@code NerNeed}).
     */
    void annotate(String lang, CoreDocument doc) {
        StanfordCoreNLP pipeline = forLanguage(lang);
        if (parsing == Parsing.EVERY_SENTENCE) {
            pipeline.annotate(doc);
            return;
        }
        Annotation annotation = doc.annotation();
        pipeline.annotate(annotation);
        List<CoreMap> named = new ArrayList<>();
        List<CoreLabel> namedTokens = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (NerGate.needsNer(tokens)) {
                named.add(sentence);
                namedTokens.addAll(tokens);
            } else {
                for (CoreLabel t : tokens) {
                    t.setNER(OUTSIDE);
                    t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, OUTSIDE);
                }
            }
        }
        if (!named.isEmpty()) {
            // the same sentence and token objects: the tags land on the document's own tokens
            Annotation part = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, named);
            part.set(CoreAnnotations.TokensAnnotation.class, namedTokens);
            recognizers.get(lang).annotate(part);
        }
        doc.wrapAnnotations();
    }

    /** The NER models' tag of a token outside any name. */
    private static final String OUTSIDE = "O";

    /** The NER annotator alone, with the extraction's properties, over sentences already tagged. */
    private static Properties recognizing(String lang) {
        Properties p = extractionProperties(lang);
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /** The parse of one sentence of a document this object annotated: made up front, or to be made when read. */
    Parse parseOf(String lang, CoreSentence sentence) {
        if (parsing == Parsing.EVERY_SENTENCE) {
            SemanticGraph deps = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            return Parse.of(deps != null ? deps : sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        }
        SentenceParser parser = parsers.get(lang);
        if (observer == ParseObserver.NONE) return Parse.onDemand(() -> parser.parse(sentence.coreMap()));
        return Parse.onDemand(() -> {
            observer.parsing(sentence.coreMap());
            return parser.parse(sentence.coreMap());
        }, observer);
    }

    /** The properties of a full run for a language: exposed so benchmarks can build the same raw pipeline. */
    public static Properties properties(String lang) {
        Properties p = new Properties();
        if (lang.equals("fr")) {
            p.putAll(frenchModels());
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

    /**
     * CoreNLP's own default properties for the annotators of a full run (SUTime, fine-grained and numeric NER on
     * for English; the French models' properties file for French): what a user who runs those annotators
     * without tuning gets, for the benchmark.
     */
    public static Properties coreNlpDefaults(String lang) {
        Properties p = new Properties();
        if (lang.equals("fr")) p.putAll(frenchModels());
        p.setProperty("annotators", ANNOTATORS.get(lang));
        return p;
    }

    /**
     * English NER models extraction runs: CoreNLP's 3-class and CoNLL 4-class ones. Its default third, the MUC
     * 7-class model (a third of NER's time), adds labels no rule reads; the learned typer, trained without it, does
     * better (cross-validated entities F1 0.782 against 0.779 with it, typer without parse features alike).
     */
    static final String ENGLISH_NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * The properties of a full run of what extraction needs, per language: {@link #properties} with only the NER
     * models extraction reads ({@link #ENGLISH_NER_MODELS}).
     */
    static Properties extractionProperties(String lang) {
        Properties p = properties(lang);
        if (lang.equals("en")) p.setProperty("ner.model", ENGLISH_NER_MODELS);
        p.setProperty("depparse.numCached", Integer.toString(PARSER_CACHE));
        for (Map.Entry<String, String> unread : UNREAD.entrySet()) p.setProperty(unread.getKey(), unread.getValue());
        return p;
    }

    /**
     * CoreNLP work whose product extraction never reads, turned off: the entity mentions the {@code ner} annotator
     * groups its tags into (extraction reads each token's tag and finds its own spans). The tokens, tags and parses
     * are those of a full run: the fact-equality test compares the JSON. (The tokenizer's {@code invertible} copy of
     * each token's original text is read: the NER's own tokenization rebuilds hyphenated words from it, "RISC-V".)
     */
    static final Map<String, String> UNREAD = Map.of("ner.buildEntityMentions", "false");

    /**
     * How many products of a word's embedding with the parser's hidden layer the parser keeps (CoreNLP's default
     * 5,000). Those of the most frequent features are computed when the model loads; the others are computed when first
     * needed and kept in a least-recently-used cache, which at 5,000 misses so often on real articles that a third of
     * the parse goes into recomputing and evicting. At 50,000 (about 45 MB a language) the parse takes 35 % (English) to
     * 41 % (French) less CPU time, the same parses to the last edge (the kept products are the very arrays that would be
     * recomputed; measured on the shared corpus's dev and pool sentences).
     */
    static final int PARSER_CACHE = 50_000;

    /** What this object's pipeline for a language runs up front: on demand, neither the parse nor NER (see {@link #annotate}). */
    private Properties annotated(String lang) {
        Properties p = extractionProperties(lang);
        if (parsing == Parsing.EVERY_SENTENCE) return p;
        p.setProperty("annotators", ANNOTATORS.get(lang).replace(",depparse", "").replace(",ner", ""));
        return p;
    }

    private static Properties frenchModels() {
        Properties p = new Properties();
        try (InputStream in = NlpPipelines.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) throw new ChronographException("French CoreNLP models are not on the classpath");
            p.load(in);
        } catch (IOException e) {
            throw new ChronographException("cannot read French CoreNLP properties: " + e.getMessage(), e);
        }
        return p;
    }
}
