package org.chronograph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.util.Index;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chronograph.extract.eval.DocumentScore;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.Part;
import org.chronograph.extract.eval.Score;
import org.chronograph.extract.eval.Scorer;

/**
 * Trains the learned event detector ({@link EventDetector}) from annotated articles and measures it by
 * cross-validation with folds by document. Each article with annotated events goes through the extraction with the
 * given entity typer and the rules alone; every sentence the detector would read is an example, labelled with the
 * types of the annotated events whose evidence it holds (the evidence may be cut to a few words: the sentence that
 * contains it). One logistic regression per event type (that type against the rest; CoreNLP's
 * {@link LinearClassifierFactory}, quasi-Newton, Gaussian prior) learns the weights, over the features seen in at
 * least {@value #MIN_COUNT} sentences. Deterministic: the same annotations and texts give the same weights.
 */
public final class EventDetectorTrainer {
    /** The Gaussian prior's sigma used unless told otherwise. */
    public static final double DEFAULT_SIGMA = 1.0;
    /** How sure the detector must be to add an event, unless told otherwise (chosen by cross-validation). */
    public static final double DEFAULT_THRESHOLD = 0.4;
    /** The thresholds cross-validation compares. */
    public static final List<Double> THRESHOLDS = List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
    /** A feature is kept when seen in this many training sentences. */
    static final int MIN_COUNT = 2;
    /** A type is learned when the training sentences state it this many times. */
    static final int MIN_POSITIVES = 3;

    private final Extractor extractor;

    /** A trainer reading articles with this entity typer (the one trained beside it) and these user lexicons. */
    public EventDetectorTrainer(Collection<Path> userLexicons, TypingModel typer) {
        this.extractor = new Extractor(userLexicons, typer, null);
    }

    /** One sentence the detector reads, with the event types its article's annotations state in it. */
    record Example(String document, String story, String lang, int sentence, String text, SortedSet<String> features, Set<EventType> labels,
                   Set<EventType> ruleTypes, Map<EventType, List<Event>> candidates) {
    }

    /** An event the rules made, or a sentence the detector read, in the order the extraction met them. */
    private record Step(Event ruleEvent, boolean ownDate, Example example) {
    }

    /** One annotated article: what the rules made of it and, in order, what the detector read. */
    record Document(Gold gold, Extraction rules, List<Step> steps, int evidences, int evidencesFound) {
        List<Example> examples() {
            return steps.stream().map(Step::example).filter(e -> e != null).toList();
        }
    }

    /** The articles with annotated events, read. */
    public record TrainingSet(List<Document> documents) {
        public TrainingSet {
            documents = List.copyOf(documents);
        }

        List<Example> examples() {
            return documents.stream().flatMap(d -> d.examples().stream()).toList();
        }

        /** Sentences by annotated type (and "none"), sorted. */
        public Map<String, Integer> labels() {
            Map<String, Integer> out = new TreeMap<>();
            for (Example e : examples()) {
                if (e.labels().isEmpty()) out.merge("none", 1, Integer::sum);
                for (EventType t : e.labels()) out.merge(t.name(), 1, Integer::sum);
            }
            return out;
        }

        /**
         * By annotated type, the sentences the detector is asked about (the rules made no event of the type, the
         * sentence names entities for its roles) and how many of them state one: what it learns from.
         */
        public Map<String, int[]> asked() {
            Map<String, int[]> out = new TreeMap<>();
            for (Example e : examples()) {
                for (EventType t : e.candidates().keySet()) {
                    int[] n = out.computeIfAbsent(t.name(), k -> new int[2]);
                    n[0]++;
                    if (e.labels().contains(t)) n[1]++;
                }
            }
            return out;
        }

        /** Annotated events with an evidence, and how many of those were found in a sentence. */
        public int[] evidence() {
            int all = 0;
            int found = 0;
            for (Document d : documents) {
                all += d.evidences();
                found += d.evidencesFound();
            }
            return new int[] {all, found};
        }
    }

    /**
     * Reads the annotated articles that state events (others are left out: an article annotated for its entities
     * only would teach that its events are none), with their texts and analyses from {@code analyses}.
     */
    public TrainingSet collect(List<Gold> annotations, TypingTrainer analyses, Consumer<String> progress) {
        List<Document> docs = new ArrayList<>();
        for (Gold g : annotations) {
            if (!g.json().path("events").isArray() || g.json().path("events").isEmpty()) continue;
            TypingTrainer.Analysed a = analyses.analysed(g.file());
            if (a == null) continue;
            progress.accept(g.file());
            docs.add(document(g, a));
        }
        return new TrainingSet(docs);
    }

    private Document document(Gold g, TypingTrainer.Analysed a) {
        List<Step> steps = new ArrayList<>();
        List<AnalyzedSentence> sentences = a.sentences();
        Map<Integer, Set<EventType>> labels = new HashMap<>();
        int evidences = 0;
        int found = 0;
        for (JsonNode e : g.json().path("events")) {
            String evidence = e.path("evidence").asText("");
            if (evidence.isBlank()) continue;
            evidences++;
            int at = sentenceOf(evidence, sentences);
            if (at < 0) continue;
            found++;
            try {
                labels.computeIfAbsent(at, k -> EnumSet.noneOf(EventType.class)).add(EventType.valueOf(e.path("type").asText()));
            } catch (IllegalArgumentException ignored) {
                // a type this extractor does not know: nothing to learn
            }
        }
        String story = TypingTrainer.story(g.file());
        String lang = a.article().lang();
        Extraction rules = extractor.extract(a.article(), sentences, new EventDetector.Observer() {
            @Override
            public void ruleEvent(Event e, boolean ownDate) {
                steps.add(new Step(e, ownDate, null));
            }

            @Override
            public void sentence(AnalyzedSentence s, SortedSet<String> features, Set<EventType> ruleTypes,
                                 Map<EventType, List<Event>> candidates) {
                steps.add(new Step(null, false, new Example(g.file(), story, lang, s.index(), s.text(), features,
                        labels.getOrDefault(s.index(), Set.of()), ruleTypes, candidates)));
            }
        });
        return new Document(g, rules, steps, evidences, found);
    }

    /** The index of the sentence holding the evidence (its longest piece between ellipses), or -1. */
    static int sentenceOf(String evidence, List<AnalyzedSentence> sentences) {
        String piece = "";
        for (String p : evidence.split("\\.\\.\\.|…")) {
            String n = norm(p);
            if (n.length() > piece.length()) piece = n;
        }
        if (piece.length() < 3) return -1;
        List<String> texts = sentences.stream().map(s -> norm(s.text())).toList();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(piece)) return i;
        }
        // an evidence longer than one sentence as CoreNLP split it: the first sentence inside it
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).length() >= 12 && piece.contains(texts.get(i))) return i;
        }
        // the sentence holding the evidence's start
        String start = piece.substring(0, Math.min(24, piece.length()));
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(start)) return i;
        }
        return -1;
    }

    /** Letters and digits only, lower-cased: markup, quotes and spacing do not matter. */
    private static String norm(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Trains on every example, adding events at the thresholds chosen by {@link #chooseThresholds}. */
    public EventDetector train(TrainingSet set, double sigma, ThresholdSelection thresholds) {
        EventDetector d = train(set, sigma, thresholds.common());
        return d.at(thresholds.common(), thresholds.chosen());
    }

    /** Trains on every example. */
    public EventDetector train(TrainingSet set, double sigma, double threshold) {
        List<Example> examples = set.examples();
        Map<EventType, Map<String, Double>> weights = fit(examples, sigma);
        List<String> header = new ArrayList<>();
        header.add("Chronograph event detector: one logistic regression per event type (CoreNLP LinearClassifierFactory, sigma " + sigma + ")");
        header.add("trained on " + set.documents().size() + " annotated articles, " + examples.size() + " sentences " + set.labels());
        header.add("retrain: chronograph train ANNOTATIONS... --texts DIR... --out DIR (see README, 'Events: a learned detector')");
        return new EventDetector(weights, header, threshold);
    }

    private static Map<EventType, Map<String, Double>> fit(List<Example> examples, double sigma) {
        Set<String> kept = new HashSet<>(EventFeatures.frequent(examples.stream().map(Example::features).toList(), MIN_COUNT));
        Map<EventType, Map<String, Double>> out = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            // every sentence teaches how events are stated, not only those the rules miss (on the articles the rules
            // were written on they miss too few to learn from: cross-validation found this no worse, see README)
            List<Example> asked = examples;
            long positives = asked.stream().filter(e -> e.labels().contains(type)).count();
            if (positives < MIN_POSITIVES) continue;
            Dataset<String, String> data = new Dataset<>();
            for (Example e : asked) {
                List<String> f = e.features().stream().filter(kept::contains).toList();
                data.add(new BasicDatum<>(f, e.labels().contains(type) ? "yes" : "no"));
            }
            LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
            factory.setSigma(sigma);
            factory.setVerbose(false);
            LinearClassifier<String, String> c = factory.trainClassifier(data);
            double[][] w = c.weights();
            Index<String> features = c.featureIndex();
            int yes = c.labelIndex().indexOf("yes");
            int no = c.labelIndex().indexOf("no");
            Map<String, Double> byFeature = new TreeMap<>();
            for (int i = 0; i < features.size(); i++) {
                double v = w[i][yes] - w[i][no];
                if (v != 0) byFeature.put(features.get(i), v);
            }
            out.put(type, byFeature);
        }
        return out;
    }

    /** Events P/R/F1 of the rules alone and with the detector at each threshold, on held-out articles. */
    public record CrossValidation(int folds, int documents, Map<String, Map<String, Score>> scores, List<String> report,
                                  List<String> predictions) {
    }

    /** The way of finding events without the detector. */
    public static final String RULES = "rules alone";
    /** The way of finding events with the detector at the thresholds training chose, each language's times its factor in {@code detector.tsv}, as extraction adds them. */
    public static final String CHOSEN = "rules + detector as chosen";

    /** "rules + detector at 0.5". */
    public static String withDetector(double threshold) {
        return "rules + detector at " + threshold;
    }

    /** The folds by document over which training chooses the thresholds. */
    public static final int THRESHOLD_FOLDS = 5;
    /** How many fold splits (the stories dealt in name order, then shuffled with seeds 1, 2, ...) the choice averages. */
    public static final int THRESHOLD_SPLITS = 3;
    /**
     * The grid the common threshold is given on. The rules' held-out events F1 it is derived from has a standard error
     * of about 0.02 over the folds (0.01 on its half); a step of 0.05 is wider than two of those, so a change of the
     * rules within the fold noise leaves the threshold where it is, and the thresholds a step apart are ones the
     * cross-validation cannot tell apart by the margin (see README, 'Its threshold is chosen, not fixed').
     */
    public static final double GRID_STEP = 0.05;
    /** How many grid steps either side of the derived common threshold contest it. */
    public static final int GRID_NEIGHBOURS = 2;

    /**
     * The factors a language's thresholds may be multiplied by ({@link EventDetector#threshold(String, EventType)}): on
     * the common threshold 0.4, thresholds 0.1 to 0.4 a {@link #GRID_STEP} apart. Cross-validation prefers 1 unless
     * another beats it on that language's held-out articles by {@link ThresholdChoice}'s margin. The preference is
     * printed, not written: the factor extraction uses stays in {@code extract/<lang>/detector.tsv} (on our articles,
     * which the rules were written on, the detector finds too few events the rules miss to choose it; see README).
     */
    public static final List<Double> LANGUAGE_FACTORS = List.of(1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25);

    /**
     * How sure the detector must be of each type: a common threshold, the types whose own differs, and the languages'
     * factors on them (1 where a language has none).
     */
    record Thresholds(double common, Map<EventType, Double> own, Map<String, Double> factors) {
        Thresholds(double common, Map<EventType, Double> own) {
            this(common, own, Map.of());
        }

        double of(EventType type) {
            return own.getOrDefault(type, common);
        }

        /** As {@link EventDetector#threshold(String, EventType)}: the type's threshold times the language's factor; off stays off. */
        double of(EventType type, String lang) {
            return EventDetector.scaled(of(type), factors.getOrDefault(lang, 1.0));
        }

        Thresholds with(EventType type, double t) {
            Map<EventType, Double> m = new EnumMap<>(EventType.class);
            m.putAll(own);
            m.put(type, t);
            return new Thresholds(common, m, factors);
        }

        Thresholds withFactor(String lang, double factor) {
            Map<String, Double> m = new TreeMap<>(factors);
            m.put(lang, factor);
            return new Thresholds(common, own, m);
        }
    }

    /**
     * The threshold factor cross-validation prefers for a language, on its held-out articles: each factor tried with the mean of the held-out
     * events F1 of the folds that hold articles of the language ({@code meanF1}, factors in {@link #LANGUAGE_FACTORS}
     * order), its trial against the factor 1 ({@code trials}), the one chosen, and how many folds (of all splits) held
     * articles of the language.
     */
    public record LanguageFactor(double chosen, Map<Double, Double> meanF1, ThresholdChoice.Result trials, int folds) {
        public LanguageFactor {
            meanF1 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meanF1));
        }

        /** The factor of the highest mean held-out F1 (the one nearer 1 on a tie), whether or not it clears the margin. */
        public double best() {
            double best = 1.0;
            double top = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Double, Double> e : meanF1.entrySet()) {
                if (e.getValue() > top) {
                    top = e.getValue();
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    /**
     * The factor for one language, from the held-out events F1 of the folds holding its articles with each factor:
     * 1 (the model's thresholds as they are) unless another beats it by {@link ThresholdChoice}'s margin (a mean gain of
     * {@link ThresholdChoice#MIN_GAIN} and two standard errors of the fold differences); among those that do, the
     * largest gain, the one nearer 1 on a tie. Pure.
     *
     * @param foldF1 by factor (1 among them), the F1 of the language's articles in every fold that holds some, in one order
     * @param k      folds per split
     */
    static LanguageFactor chooseFactor(Map<Double, double[]> foldF1, int k) {
        double[] atOne = foldF1.get(1.0);
        if (atOne == null) throw new IllegalArgumentException("no F1 at factor 1");
        Map<Double, Double> mean = new LinkedHashMap<>();
        Map<Double, double[]> others = new LinkedHashMap<>();
        foldF1.entrySet().stream().sorted(Map.Entry.<Double, double[]>comparingByKey().reversed()).forEach(e -> {
            mean.put(e.getKey(), ThresholdChoice.mean(e.getValue()));
            if (e.getKey() != 1.0) others.put(e.getKey(), e.getValue());
        });
        ThresholdChoice.Result r = ThresholdChoice.choose(atOne, others, k);
        return new LanguageFactor(r.chosen() == null ? 1.0 : r.chosen(), mean, r, atOne.length);
    }

    /**
     * The thresholds training chose: the common one (half the rules' held-out events F1 on the {@link #GRID_STEP} grid,
     * or a neighbour on the grid that beats it by the margin, or {@link EventDetector#OFF} when the rules alone beat
     * that by the margin), the types' own ones that differ from it, the trials of the grid neighbours against the
     * derived threshold, the trial of the rules alone against the common threshold, and by type the trial of each of
     * its own thresholds (and of {@link EventDetector#OFF}) against the one in use; {@code fromF1} is the rules'
     * held-out events F1 the common threshold was derived from and {@code fromF1Error} its standard error over the
     * folds ({@code NaN} when the threshold was given).
     */
    public record ThresholdSelection(double common, Map<EventType, Double> chosen, ThresholdChoice.Result gridTrials,
                                     ThresholdChoice.Result commonTrials, Map<EventType, ThresholdChoice.Result> byType,
                                     double fromF1, double fromF1Error, Map<String, LanguageFactor> byLanguage) {
        public ThresholdSelection {
            Map<EventType, Double> c = new EnumMap<>(EventType.class);
            c.putAll(chosen);
            chosen = java.util.Collections.unmodifiableMap(c);
            byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
            byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
        }

        ThresholdSelection(double common, Map<EventType, Double> chosen, ThresholdChoice.Result gridTrials,
                           ThresholdChoice.Result commonTrials, Map<EventType, ThresholdChoice.Result> byType,
                           double fromF1, double fromF1Error) {
            this(common, chosen, gridTrials, commonTrials, byType, fromF1, fromF1Error, Map.of());
        }

        /** One threshold for every type, given rather than chosen (no trials, no language factors). */
        public static ThresholdSelection fixed(double threshold) {
            ThresholdChoice.Result none = new ThresholdChoice.Result(null, List.of());
            return new ThresholdSelection(threshold, Map.of(), none, none, Map.of(), Double.NaN, Double.NaN);
        }

        /** The threshold factor cross-validation prefers for each language. */
        public Map<String, Double> factors() {
            Map<String, Double> out = new TreeMap<>();
            byLanguage.forEach((lang, f) -> out.put(lang, f.chosen()));
            return out;
        }

        ThresholdSelection withLanguages(Map<String, LanguageFactor> languages) {
            return new ThresholdSelection(common, chosen, gridTrials, commonTrials, byType, fromF1, fromF1Error, languages);
        }
    }

    /**
     * Chooses how sure the detector must be, by cross-validation over {@code splits} splits of the articles into
     * {@code k} folds by document: in each split the detector is trained on the other folds and every held-out fold's
     * events are scored (F1, as score.py scores them). The common threshold is not the arg-max of a few noisy figures
     * but derived, as the entity typer's is: adding an event the detector is sure of at p raises the expected F1 when p
     * exceeds half the F1 reached, here the rules' held-out events F1 (mean over the folds), given on the
     * {@link #GRID_STEP} grid ({@link ThresholdChoice#halfF1OnGrid}); a grid neighbour (up to {@link #GRID_NEIGHBOURS}
     * steps away) replaces it only by the margin. Then the detector as a whole ({@link EventDetector#OFF}: rules alone) and each type in turn (those chosen
     * before kept) may take another threshold among {@link #THRESHOLDS}, or {@link EventDetector#OFF}, only when that
     * beats the one in use on the same folds by a real margin ({@link ThresholdChoice}: a mean gain of at least
     * {@link ThresholdChoice#MIN_GAIN} and of two standard errors of the fold differences). Deterministic.
     */
    public ThresholdSelection chooseThresholds(TrainingSet set, int k, int splits, double sigma) {
        List<String> stories = set.documents().stream().map(d -> TypingTrainer.story(d.gold().file())).toList();
        List<Map<String, Integer>> foldOfs = new ArrayList<>();
        List<Map<Example, Map<EventType, Double>>> helds = new ArrayList<>();
        for (int split = 0; split < splits; split++) {
            Map<String, Integer> foldOf = TypingTrainer.foldByStory(stories, k, split);
            if (new HashSet<>(foldOf.values()).size() < 2) {
                return ThresholdSelection.fixed(DEFAULT_THRESHOLD);
            }
            foldOfs.add(foldOf);
            helds.add(heldOut(set, foldOf, k, sigma));
        }
        Set<EventType> learned = EnumSet.noneOf(EventType.class);
        helds.forEach(h -> h.values().forEach(p -> learned.addAll(p.keySet())));
        ThresholdSelection chosen = choose(t -> foldF1(set, foldOfs, helds, k, t), learned, k);
        // then the factor each language's own articles prefer on the thresholds chosen (a factor changes no other language's
        // events); printed, not written: extraction takes it from extract/<lang>/detector.tsv
        Thresholds in = new Thresholds(chosen.common(), chosen.chosen());
        boolean any = in.common() < EventDetector.OFF || chosen.chosen().values().stream().anyMatch(t -> t < EventDetector.OFF);
        if (!any) return chosen;
        Map<String, LanguageFactor> languages = new TreeMap<>();
        for (String lang : set.documents().stream().map(d -> d.rules().article().lang()).distinct().sorted().toList()) {
            Map<Double, double[]> byFactor = new LinkedHashMap<>();
            for (double f : LANGUAGE_FACTORS) byFactor.put(f, languageFoldF1(set, foldOfs, helds, k, in.withFactor(lang, f), lang));
            if (byFactor.get(1.0).length < 2) continue;
            languages.put(lang, chooseFactor(byFactor, k));
        }
        return chosen.withLanguages(languages);
    }

    /** The held-out events F1 of one language's articles in every fold (of every split) that holds some, in one order. */
    private static double[] languageFoldF1(TrainingSet set, List<Map<String, Integer>> foldOfs, List<Map<Example, Map<EventType, Double>>> helds,
                                           int k, Thresholds thresholds, String lang) {
        List<Double> out = new ArrayList<>();
        for (int split = 0; split < foldOfs.size(); split++) {
            Map<String, Integer> foldOf = foldOfs.get(split);
            List<List<DocumentScore>> byFold = new ArrayList<>();
            for (int f = 0; f < k; f++) byFold.add(new ArrayList<>());
            for (Document d : set.documents()) {
                if (!d.rules().article().lang().equals(lang)) continue;
                byFold.get(foldOf.get(TypingTrainer.story(d.gold().file()))).add(Scorer.score(d.gold(),
                        ExtractionJson.toJson(extraction(d, helds.get(split), thresholds))));
            }
            for (int f = 0; f < k; f++) {
                if (!byFold.get(f).isEmpty()) out.add(Score.of(byFold.get(f)).part(Part.EVENTS).f1());
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The choice {@link #chooseThresholds} makes, from the held-out events F1 of every fold (of every split) that each
     * set of thresholds gives: a common threshold against the rules alone, then each learned type's own against the
     * thresholds in use. Pure.
     *
     * @param foldF1  the F1 of every fold, in one order, with these thresholds
     * @param learned the types the detector has weights for, in their declared order
     * @param k       folds per split
     */
    static ThresholdSelection choose(java.util.function.Function<Thresholds, double[]> foldF1, Set<EventType> learned, int k) {
        double[] rules = foldF1.apply(new Thresholds(EventDetector.OFF, Map.of()));
        double derived = ThresholdChoice.halfF1OnGrid(ThresholdChoice.mean(rules), GRID_STEP);
        double[] atDerived = foldF1.apply(new Thresholds(derived, Map.of()));
        Map<Double, double[]> neighbours = new LinkedHashMap<>();
        for (int i = -GRID_NEIGHBOURS; i <= GRID_NEIGHBOURS; i++) {
            double t = Math.round((derived + i * GRID_STEP) * 1000) / 1000.0;
            if (i != 0 && t > 0 && t < EventDetector.OFF) neighbours.put(t, foldF1.apply(new Thresholds(t, Map.of())));
        }
        ThresholdChoice.Result gridTrials = ThresholdChoice.choose(atDerived, neighbours, k);
        double common = gridTrials.chosen() == null ? derived : gridTrials.chosen();
        double[] atCommon = gridTrials.chosen() == null ? atDerived : neighbours.get(common);
        ThresholdChoice.Result commonTrials = ThresholdChoice.choose(atCommon, Map.of(EventDetector.OFF, rules), k);
        Thresholds in = new Thresholds(commonTrials.chosen() == null ? common : EventDetector.OFF, Map.of());
        Map<EventType, ThresholdChoice.Result> byType = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            if (!learned.contains(type)) continue;
            double[] inUse = foldF1.apply(in);
            Map<Double, double[]> own = new LinkedHashMap<>();
            List<Double> tried = new ArrayList<>(THRESHOLDS);
            tried.add(EventDetector.OFF);
            for (double t : tried) {
                if (t != in.of(type)) own.put(t, foldF1.apply(in.with(type, t)));
            }
            ThresholdChoice.Result r = ThresholdChoice.choose(inUse, own, k);
            byType.put(type, r);
            if (r.chosen() != null) in = in.with(type, r.chosen());
        }
        return new ThresholdSelection(in.common(), in.own(), gridTrials, commonTrials, byType, ThresholdChoice.mean(rules),
                ThresholdChoice.standardError(rules, k));
    }

    /** Each example's probabilities from a detector trained on the folds other than its own. */
    private static Map<Example, Map<EventType, Double>> heldOut(TrainingSet set, Map<String, Integer> foldOf, int k, double sigma) {
        Map<Example, Map<EventType, Double>> held = new java.util.IdentityHashMap<>();
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            List<Example> train = set.documents().stream().filter(d -> foldOf.get(TypingTrainer.story(d.gold().file())) != f)
                    .flatMap(d -> d.examples().stream()).toList();
            List<Example> test = set.documents().stream().filter(d -> foldOf.get(TypingTrainer.story(d.gold().file())) == f)
                    .flatMap(d -> d.examples().stream()).toList();
            if (train.isEmpty() || test.isEmpty()) continue;
            EventDetector model = new EventDetector(fit(train, sigma), List.of(), 0.5);
            for (Example e : test) held.put(e, model.probabilities(e.features()));
        }
        return held;
    }

    /** The held-out events F1 of every fold of every split, in one order, with these thresholds. */
    private static double[] foldF1(TrainingSet set, List<Map<String, Integer>> foldOfs, List<Map<Example, Map<EventType, Double>>> helds,
                                   int k, Thresholds thresholds) {
        double[] out = new double[foldOfs.size() * k];
        for (int split = 0; split < foldOfs.size(); split++) {
            Map<String, Integer> foldOf = foldOfs.get(split);
            List<List<DocumentScore>> byFold = new ArrayList<>();
            for (int f = 0; f < k; f++) byFold.add(new ArrayList<>());
            for (Document d : set.documents()) {
                byFold.get(foldOf.get(TypingTrainer.story(d.gold().file()))).add(Scorer.score(d.gold(),
                        ExtractionJson.toJson(extraction(d, helds.get(split), thresholds))));
            }
            for (int f = 0; f < k; f++) out[split * k + f] = Score.of(byFold.get(f)).part(Part.EVENTS).f1();
        }
        return out;
    }

    /**
     * Cross-validates with {@code k} folds by document (translations of one article in one fold): trains on the other
     * folds, then extracts the held-out articles' events with the rules alone, with the detector at each threshold
     * and at the {@code chosen} ones, and scores them exactly as score.py does, over all articles and each language,
     * and over each of {@code groups} (articles by file name: "gold", the 30 visible gold articles) and each of its
     * languages.
     *
     * @param chosen the thresholds training chose, or {@code null}
     * @return scores by way of finding events, then by group of articles ("all", "en", "fr", ...)
     */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, Map<String, Set<String>> groups, ThresholdSelection chosen) {
        Map<String, Integer> foldOf = TypingTrainer.foldByStory(
                set.documents().stream().map(d -> TypingTrainer.story(d.gold().file())).toList(), k);
        Map<Example, Map<EventType, Double>> held = heldOut(set, foldOf, k, sigma);
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        scores.put(RULES, score(set, held, new Thresholds(EventDetector.OFF, Map.of()), groups, null));
        List<String> predictions = new ArrayList<>();
        // as extraction adds them: each language's thresholds times its factor in extract/<lang>/detector.tsv
        Map<String, Double> inUse = new TreeMap<>();
        set.documents().forEach(d -> inUse.put(d.rules().article().lang(), EventDetector.languageFactor(d.rules().article().lang())));
        if (chosen != null) scores.put(CHOSEN, score(set, held, new Thresholds(chosen.common(), chosen.chosen(), inUse), groups, predictions));
        for (double t : THRESHOLDS) {
            scores.put(withDetector(t), score(set, held, new Thresholds(t, Map.of()), groups, chosen == null && t == DEFAULT_THRESHOLD ? predictions : null));
        }
        List<String> report = new ArrayList<>();
        report.add("document\tsentence\tannotated\trules\tdetector (cross-validated, p >= 0.3)\tcandidates (cross-validated p)\ttext");
        for (Document d : set.documents()) {
            for (Example e : d.examples()) {
                Map<EventType, Double> p = held.getOrDefault(e, Map.of());
                List<String> sure = new ArrayList<>();
                p.forEach((t, v) -> {
                    if (v >= 0.3) sure.add(t + String.format(Locale.ROOT, ":%.2f", v));
                });
                if (e.labels().isEmpty() && e.ruleTypes().isEmpty() && sure.isEmpty()) continue;
                // the types the detector was asked about (the rules made none, the sentence names entities for the roles)
                List<String> asked = new ArrayList<>();
                e.candidates().keySet().forEach(t -> asked.add(t + String.format(Locale.ROOT, ":%.2f", p.getOrDefault(t, 0.0))));
                report.add(String.join("\t", e.document(), String.valueOf(e.sentence()), e.labels().toString(), e.ruleTypes().toString(), sure.toString(),
                        asked.toString(), e.text().replaceAll("\\s+", " ")));
            }
        }
        return new CrossValidation(k, set.documents().size(), scores, report, predictions);
    }

    /** As {@link #crossValidate(TrainingSet, int, double, Map, ThresholdSelection)}, with no chosen thresholds. */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, Map<String, Set<String>> groups) {
        return crossValidate(set, k, sigma, groups, null);
    }

    /**
     * Scores every article's events as the extraction would make them with the detector at these thresholds.
     *
     * @param predictions when not {@code null}, gets each article's held-out extraction as one JSON line
     */
    private static Map<String, Score> score(TrainingSet set, Map<Example, Map<EventType, Double>> probabilities, Thresholds thresholds,
                                            Map<String, Set<String>> named, List<String> predictions) {
        Map<String, List<DocumentScore>> groups = new TreeMap<>();
        for (Document d : set.documents()) {
            com.fasterxml.jackson.databind.node.ObjectNode json = ExtractionJson.toJson(extraction(d, probabilities, thresholds));
            DocumentScore score = Scorer.score(d.gold(), json);
            if (predictions != null) predictions.add(json.toString());
            groups.computeIfAbsent("all", g -> new ArrayList<>()).add(score);
            String lang = d.rules().article().lang();
            groups.computeIfAbsent(lang, g -> new ArrayList<>()).add(score);
            named.forEach((name, files) -> {
                if (!files.contains(d.gold().file())) return;
                groups.computeIfAbsent(name, g -> new ArrayList<>()).add(score);
                groups.computeIfAbsent(name + " " + lang, g -> new ArrayList<>()).add(score);
            });
        }
        Map<String, Score> out = new TreeMap<>();
        groups.forEach((g, docs) -> out.put(g, Score.of(docs)));
        return out;
    }

    /** An article's extraction with the rules' events and those the detector adds at these thresholds. */
    private static Extraction extraction(Document d, Map<Example, Map<EventType, Double>> probabilities, Thresholds thresholds) {
        EventMerger merger = new EventMerger();
        for (Step s : d.steps()) {
            if (s.ruleEvent() != null) {
                merger.add(s.ruleEvent(), s.ownDate());
                continue;
            }
            Map<EventType, Double> p = probabilities.getOrDefault(s.example(), Map.of());
            String lang = d.rules().article().lang();
            s.example().candidates().forEach((type, events) -> {
                double t = thresholds.of(type, lang);
                if (t < EventDetector.OFF && p.getOrDefault(type, 0.0) >= t) {
                    for (Event e : events) merger.add(e, e.date() != null);
                }
            });
        }
        List<Event> events = merger.events();
        return new Extraction(d.rules().article(), d.rules().entities(), events, new MoveDeriver().derive(events), d.rules().sentences());
    }
}
