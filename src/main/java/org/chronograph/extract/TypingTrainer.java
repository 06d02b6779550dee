package org.chronograph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chronograph.ChronographException;
import org.chronograph.extract.eval.DocumentScore;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.Names;
import org.chronograph.extract.eval.Score;
import org.chronograph.extract.eval.Scorer;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.InputProblem;
import org.chronograph.source.ReadResult;

/**
 * Trains the entity typer from annotated articles (FORMAT.md JSON beside the articles' texts) and measures it by
 * cross-validation with folds by document. Each article goes through the extractor's own analysis and candidate
 * finding; each candidate is labelled with the type of the annotated entity whose name or alias it uses, or
 * {@link TypingModel#NO_ENTITY}; a multiclass logistic regression (CoreNLP's {@link LinearClassifierFactory}, quasi-
 * Newton, Gaussian prior) learns the weights. Deterministic: the same annotations and texts give the same weights.
 */
public final class TypingTrainer {
    /** The Gaussian prior's sigma used unless told otherwise (chosen by cross-validation on the project's annotations). */
    public static final double DEFAULT_SIGMA = 1.0;
    /** How sure the typer must be that a candidate is no entity, unless told otherwise (chosen by cross-validation). */
    public static final double DEFAULT_NONE_THRESHOLD = 0.5;
    /** See {@link TypingModel#typeThreshold()}; chosen by cross-validation ({@code chronograph train --type-threshold}). */
    public static final double DEFAULT_TYPE_THRESHOLD = 0.35;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TEXT_EXTENSIONS = Set.of(".md", ".markdown", ".txt", ".html", ".htm");

    private final Extractor extractor;
    /** The articles {@link #collect} read, by file name, with their analyses: for the event detector's trainer. */
    private final Map<String, Analysed> analysed = new HashMap<>();

    /** An annotated article and its CoreNLP analysis. */
    record Analysed(Article article, List<AnalyzedSentence> sentences) {
    }

    /** The article {@link #collect} read under this file name, with its analysis, or {@code null}. */
    Analysed analysed(String file) {
        return analysed.get(file);
    }

    /** A trainer that finds candidates with the bundled gazetteer extended by these user lexicons (may be empty). */
    public TypingTrainer(java.util.Collection<Path> userLexicons) {
        this.extractor = new Extractor(userLexicons, (TypingModel) null);
    }

    /** The examples of the annotated articles, with the annotations they came from. */
    public record TrainingSet(List<Gold> documents, List<TypingExample> examples) {
        public TrainingSet {
            documents = List.copyOf(documents);
            examples = List.copyOf(examples);
        }

        /** Examples by label, sorted. */
        public Map<String, Integer> labels() {
            Map<String, Integer> out = new TreeMap<>();
            for (TypingExample e : examples) out.merge(e.label(), 1, Integer::sum);
            return out;
        }
    }

    /**
     * Reads each annotated article's text from {@code textDirs} (searched recursively by file name), finds its
     * candidates and labels them.
     *
     * @throws ChronographException when an annotated article's text is not found or cannot be read
     */
    public TrainingSet collect(List<Gold> annotations, List<Path> textDirs, Consumer<String> progress) {
        return collect(annotations, textDirs, null, progress);
    }

    /**
     * As {@link #collect(List, List, Consumer)}, keeping each article's CoreNLP analysis in {@code cacheDir} (when not
     * {@code null}) so that training again on the same texts skips it: the analysis is most of the time, and an analyst
     * who corrects annotations retrains in seconds. An entry is keyed by the article's text, language and annotators.
     */
    public TrainingSet collect(List<Gold> annotations, List<Path> textDirs, Path cacheDir, Consumer<String> progress) {
        Map<String, Path> texts = texts(textDirs);
        List<TypingExample> examples = new ArrayList<>();
        for (Gold g : annotations) {
            Path text = texts.get(g.file());
            if (text == null) throw new ChronographException("no text for annotated article " + g.file() + " under " + textDirs);
            Article article = read(text, g.lang());
            progress.accept(g.file());
            List<AnalyzedSentence> sentences = analysis(article, cacheDir);
            analysed.put(g.file(), new Analysed(article, sentences));
            Extractor.Candidates found = extractor.candidates(article, sentences);
            List<GoldEntity> gold = goldEntities(g.json());
            for (Candidate c : found.candidates()) {
                TreeSet<String> features = extractor.typer().features().of(c, found.context());
                examples.add(new TypingExample(g.file(), story(g.file()), c, features, label(c, gold), EntityResolver.vote(c)));
            }
        }
        return new TrainingSet(annotations, examples);
    }

    /** Trains on every example. */
    public TypingModel train(TrainingSet set, double sigma, double noneThreshold) {
        return train(set, sigma, noneThreshold, (Double) null);
    }

    /**
     * Trains on every example; {@code typeThreshold} as {@link TypingModel#typeThreshold()} ({@code null}: derived
     * from the cross-validated F1), each type's own threshold chosen by {@link #chooseTypeThresholds}.
     */
    public TypingModel train(TrainingSet set, double sigma, double noneThreshold, Double typeThreshold) {
        ThresholdSelection chosen = chooseTypeThresholds(set, THRESHOLD_FOLDS, THRESHOLD_SPLITS, sigma, noneThreshold, typeThreshold);
        return train(set, sigma, noneThreshold, chosen.common(), chosen.chosen(), chosen.sureEntity());
    }

    /** Trains on every example, with these per-type thresholds (see {@link TypingModel#typeThreshold(String)}). */
    public TypingModel train(TrainingSet set, double sigma, double noneThreshold, double typeThreshold, Map<String, Double> typeThresholds) {
        return train(set, sigma, noneThreshold, typeThreshold, typeThresholds, 0);
    }

    /** As {@link #train(TrainingSet, double, double, double, Map)}, with this {@link TypingModel#sureEntity()}. */
    public TypingModel train(TrainingSet set, double sigma, double noneThreshold, double typeThreshold, Map<String, Double> typeThresholds,
                             double sureEntity) {
        LinearClassifier<String, String> classifier = fit(set.examples(), sigma);
        List<String> header = new ArrayList<>();
        header.add("Chronograph entity typer: multiclass logistic regression (CoreNLP LinearClassifierFactory, sigma " + sigma + ")");
        header.add("trained on " + set.documents().size() + " annotated articles, " + set.examples().size() + " candidates " + set.labels());
        header.add("retrain: chronograph train ANNOTATIONS... --texts DIR... --out DIR (see README, 'Entity typing')");
        TypingModel model = new TypingModel(classifier, header, noneThreshold, typeThreshold);
        return model.withTypeThresholds(typeThresholds).withSureEntity(sureEntity);
    }

    /** The {@link TypingModel#sureEntity()} thresholds {@link #chooseTypeThresholds} tries against none (0). */
    public static final List<Double> SURE_ENTITY = List.of(0.05, 0.10, 0.15, 0.20, 0.25);

    /** The per-type thresholds {@link #chooseTypeThresholds} tries, above the common one. */
    public static final List<Double> TYPE_THRESHOLDS = List.of(0.40, 0.45, 0.50, 0.55);
    /** The folds by document over which training chooses the per-type thresholds. */
    public static final int THRESHOLD_FOLDS = 5;
    /** How many fold splits (the stories dealt in name order, then shuffled with seeds 1, 2, ...) the choice averages. */
    public static final int THRESHOLD_SPLITS = 3;

    /**
     * The common threshold (see {@link TypingModel#typeThreshold()}) and the cross-validated entities F1 it was derived
     * from ({@code NaN} when it was given), the per-type thresholds training chose (only those that differ from the
     * common one) and, by type, each tried threshold's gain of held-out F1 over the threshold in use and the margin it
     * had to reach; then the {@link TypingModel#sureEntity()} threshold chosen (0: none) and its trials ({@code null}
     * when none were made).
     */
    public record ThresholdSelection(double common, double fromF1, Map<String, Double> chosen, Map<String, ThresholdChoice.Result> byType,
                                     double sureEntity, ThresholdChoice.Result sureEntityTrials) {
        public ThresholdSelection {
            chosen = Map.copyOf(chosen);
            byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }

        public ThresholdSelection(double common, double fromF1, Map<String, Double> chosen, Map<String, ThresholdChoice.Result> byType) {
            this(common, fromF1, chosen, byType, 0, null);
        }
    }

    /**
     * Each non-Person type's own threshold (see {@link TypingModel#typeThreshold(String)}), chosen by cross-validation
     * over {@code splits} different splits of the articles into {@code k} folds by document: in each split the typer is
     * trained on the other folds, and for each type in turn (Company, Model, Organization, Product; those chosen before
     * kept) each threshold among {@link #TYPE_THRESHOLDS} is scored by the held-out entities F1 (as score.py scores it)
     * of every fold of every split; it replaces {@code typeThreshold} only when it beats it by a real margin
     * ({@link ThresholdChoice}), so that a difference of a few candidates, which flips when the training material
     * changes a little, does not move it. When {@code typeThreshold} is {@code null}, the common threshold is first
     * derived from the same folds: half the held-out entities F1 at {@link #DEFAULT_TYPE_THRESHOLD} (averaged over the
     * splits; {@link ThresholdChoice#halfF1}), which moves by a thousandth when the F1 moves by two. Deterministic;
     * no per-type threshold (and the default common one) when the articles are too few to fold. Last, with the
     * thresholds so chosen, each {@link #SURE_ENTITY} threshold is tried against none by the same folds and margin.
     */
    public ThresholdSelection chooseTypeThresholds(TrainingSet set, int k, int splits, double sigma, double noneThreshold, Double given) {
        List<String> stories = set.documents().stream().map(g -> story(g.file())).toList();
        List<Map<String, Integer>> foldOfs = new ArrayList<>();
        List<Map<TypingExample, edu.stanford.nlp.stats.Counter<String>>> helds = new ArrayList<>();
        for (int split = 0; split < splits; split++) {
            Map<String, Integer> foldOf = foldByStory(stories, k, split);
            if (new java.util.HashSet<>(foldOf.values()).size() < 2) {
                return new ThresholdSelection(given == null ? DEFAULT_TYPE_THRESHOLD : given, Double.NaN, Map.of(), Map.of());
            }
            foldOfs.add(foldOf);
            helds.add(heldOut(set, foldOf, k, sigma));
        }
        double fromF1 = Double.NaN;
        double typeThreshold = given == null ? DEFAULT_TYPE_THRESHOLD : given;
        if (given == null) {
            double[] f1 = new double[splits];
            for (int split = 0; split < splits; split++) {
                f1[split] = score(set, typing(helds.get(split), noneThreshold, DEFAULT_TYPE_THRESHOLD, Map.of(), 0))
                        .part(org.chronograph.extract.eval.Part.ENTITIES).f1();
            }
            fromF1 = ThresholdChoice.mean(f1);
            typeThreshold = ThresholdChoice.halfF1(fromF1);
        }
        Map<String, Double> chosen = new TreeMap<>();
        Map<String, ThresholdChoice.Result> byType = new LinkedHashMap<>();
        for (EntityType type : List.of(EntityType.Company, EntityType.Model, EntityType.Organization, EntityType.Product)) {
            double[] inUse = foldF1(set, foldOfs, helds, k, noneThreshold, typeThreshold, chosen, 0);
            Map<Double, double[]> candidates = new LinkedHashMap<>();
            for (double t : TYPE_THRESHOLDS) {
                if (t <= typeThreshold) continue;
                Map<String, Double> trial = new TreeMap<>(chosen);
                trial.put(type.name(), t);
                candidates.put(t, foldF1(set, foldOfs, helds, k, noneThreshold, typeThreshold, trial, 0));
            }
            if (candidates.isEmpty()) continue;
            ThresholdChoice.Result r = ThresholdChoice.choose(inUse, candidates, k);
            byType.put(type.name(), r);
            if (r.chosen() != null) chosen.put(type.name(), r.chosen());
        }
        double[] inUse = foldF1(set, foldOfs, helds, k, noneThreshold, typeThreshold, chosen, 0);
        Map<Double, double[]> sure = new LinkedHashMap<>();
        for (double t : SURE_ENTITY) {
            if (t < noneThreshold) sure.put(t, foldF1(set, foldOfs, helds, k, noneThreshold, typeThreshold, chosen, t));
        }
        ThresholdChoice.Result sureTrials = sure.isEmpty() ? null : ThresholdChoice.choose(inUse, sure, k);
        double sureEntity = sureTrials == null || sureTrials.chosen() == null ? 0 : sureTrials.chosen();
        return new ThresholdSelection(typeThreshold, fromF1, chosen, byType, sureEntity, sureTrials);
    }

    /** Typing by held-out probabilities with these thresholds ({@code null}: no entity, or not held out). */
    private static Function<TypingExample, EntityType> typing(Map<TypingExample, edu.stanford.nlp.stats.Counter<String>> held, double noneThreshold,
                                                              double typeThreshold, Map<String, Double> thresholds, double sureEntity) {
        return e -> {
            edu.stanford.nlp.stats.Counter<String> p = held.get(e);
            if (p == null) return null;
            String label = TypingModel.decide(p, noneThreshold, typeThreshold, thresholds, sureEntity);
            return label.equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(label);
        };
    }

    /** Each example's label probabilities from a typer trained on the folds other than its own. */
    private static Map<TypingExample, edu.stanford.nlp.stats.Counter<String>> heldOut(TrainingSet set, Map<String, Integer> foldOf, int k, double sigma) {
        Map<TypingExample, edu.stanford.nlp.stats.Counter<String>> held = new HashMap<>();
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            List<TypingExample> train = set.examples().stream().filter(e -> foldOf.get(e.story()) != f).toList();
            List<TypingExample> test = set.examples().stream().filter(e -> foldOf.get(e.story()) == f).toList();
            if (train.isEmpty() || test.isEmpty()) continue;
            LinearClassifier<String, String> c = fit(train, sigma);
            for (TypingExample e : test) held.put(e, c.probabilityOf(new BasicDatum<>(e.features())));
        }
        return held;
    }

    /** Held-out entities F1 of each fold of each split (split after split), typed with these thresholds. */
    private static double[] foldF1(TrainingSet set, List<Map<String, Integer>> foldOfs, List<Map<TypingExample, edu.stanford.nlp.stats.Counter<String>>> helds,
                                   int k, double noneThreshold, double typeThreshold, Map<String, Double> thresholds, double sureEntity) {
        double[] out = new double[foldOfs.size() * k];
        for (int split = 0; split < foldOfs.size(); split++) {
            Map<TypingExample, edu.stanford.nlp.stats.Counter<String>> held = helds.get(split);
            Map<String, DocumentScore> docs = documentScores(set, typing(held, noneThreshold, typeThreshold, thresholds, sureEntity));
            List<List<DocumentScore>> byFold = new ArrayList<>();
            for (int f = 0; f < k; f++) byFold.add(new ArrayList<>());
            for (Gold g : set.documents()) byFold.get(foldOfs.get(split).get(story(g.file()))).add(docs.get(g.file()));
            for (int f = 0; f < k; f++) {
                out[split * k + f] = Score.of(byFold.get(f)).part(org.chronograph.extract.eval.Part.ENTITIES).f1();
            }
        }
        return out;
    }

    private static LinearClassifier<String, String> fit(List<TypingExample> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (TypingExample e : examples) data.add(new BasicDatum<>(e.features(), e.label()));
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /** How typing does on articles it was not trained on: one line per way of typing. */
    public record CrossValidation(int folds, int documents, Map<String, Score> scores, Map<String, double[]> accuracy,
                                  List<String> report, List<Outcome> outcomes, List<String> predictions) {
        public CrossValidation {
            outcomes = List.copyOf(outcomes);
            predictions = List.copyOf(predictions);
        }

        /**
         * How often the learned typer gave each annotated label each label on held-out articles, right answers
         * included: {@code confusion().get(annotated).get(learned)}; labels are the entity types and
         * {@value TypingModel#NO_ENTITY}.
         */
        public Map<String, Map<String, Integer>> confusion() {
            Map<String, Map<String, Integer>> out = new TreeMap<>();
            for (Outcome o : outcomes) out.computeIfAbsent(o.annotated(), k -> new TreeMap<>()).merge(o.learned(), 1, Integer::sum);
            return out;
        }

        /** The held-out candidates the learned typer labelled otherwise than the annotation, by article. */
        public List<Outcome> errors() {
            return outcomes.stream().filter(o -> !o.annotated().equals(o.learned())).toList();
        }
    }

    /**
     * What the learned typer (trained on the other folds) made of one candidate of a held-out article.
     *
     * @param annotated   the annotation's label, or {@value TypingModel#NO_ENTITY}
     * @param learned     the typer's label, or {@value TypingModel#NO_ENTITY}
     * @param probability how sure the typer was of its label
     */
    public record Outcome(String document, String name, String annotated, String learned, double probability) {
    }

    /** Ways of typing compared by cross-validation. */
    public static final String VOTE = "hand vote (before)";
    public static final String LEARNED_TYPES = "learned types, vote keeps";
    public static final String LEARNED = "learned with None";
    public static final String CEILING = "ceiling";

    /**
     * Cross-validates with {@code k} folds by document (translations of one article in the same fold): trains on the
     * other folds, types the held-out articles' candidates, and scores their entities against the annotations exactly
     * as score.py does. Compares the hand-weighted vote, the learned types where the vote keeps a candidate, and the
     * learned typer that also decides what is no entity.
     */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, double noneThreshold) {
        return crossValidate(set, k, sigma, noneThreshold, DEFAULT_TYPE_THRESHOLD);
    }

    /** As {@link #crossValidate(TrainingSet, int, double, double)}, the learned typer keeping a type only this sure. */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, double noneThreshold, double typeThreshold) {
        return crossValidate(set, k, sigma, noneThreshold, typeThreshold, Map.of());
    }

    /** As {@link #crossValidate(TrainingSet, int, double, double, double)}, with these per-type thresholds. */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, double noneThreshold, double typeThreshold,
                                         Map<String, Double> typeThresholds) {
        return crossValidate(set, k, sigma, noneThreshold, typeThreshold, typeThresholds, 0);
    }

    /** As {@link #crossValidate(TrainingSet, int, double, double, double, Map)}, with this {@link TypingModel#sureEntity()}. */
    public CrossValidation crossValidate(TrainingSet set, int k, double sigma, double noneThreshold, double typeThreshold,
                                         Map<String, Double> typeThresholds, double sureEntity) {
        Map<String, Integer> foldOf = foldByStory(set.examples().stream().map(TypingExample::story).toList(), k);
        Map<TypingExample, EntityType> learned = new HashMap<>();
        Map<TypingExample, Double> sureness = new HashMap<>();
        Map<TypingExample, edu.stanford.nlp.stats.Counter<String>> probabilities = new HashMap<>();
        Map<TypingExample, EntityType> typesOnly = new HashMap<>();
        for (int fold = 0; fold < k; fold++) {
            int held = fold;
            List<TypingExample> train = set.examples().stream().filter(e -> foldOf.get(e.story()) != held).toList();
            List<TypingExample> test = set.examples().stream().filter(e -> foldOf.get(e.story()) == held).toList();
            if (train.isEmpty() || test.isEmpty()) continue;
            TypingModel all = new TypingModel(fit(train, sigma), List.of(), noneThreshold, typeThreshold, typeThresholds, sureEntity);
            TypingModel entitiesOnly = new TypingModel(fit(train.stream().filter(e -> !e.label().equals(TypingModel.NO_ENTITY)).toList(), sigma),
                    List.of(), noneThreshold);
            for (TypingExample e : test) {
                learned.put(e, all.type(e.features()));
                sureness.put(e, all.probability(e.features(), all.classify(e.features())));
                probabilities.put(e, all.classifier().probabilityOf(new BasicDatum<>(e.features())));
                typesOnly.put(e, e.vote() == null ? null : entitiesOnly.type(e.features()));
            }
        }
        Map<String, Function<TypingExample, EntityType>> ways = new LinkedHashMap<>();
        ways.put(VOTE, TypingExample::vote);
        ways.put(LEARNED_TYPES, typesOnly::get);
        ways.put(LEARNED, learned::get);
        // what a typer that is always right would score: the candidates' own limit (names not found, wrong groups)
        ways.put(CEILING, e -> e.label().equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(e.label()));
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, double[]> accuracy = new LinkedHashMap<>();
        ways.forEach((name, way) -> {
            scores.put(name, score(set, way));
            int right = 0;
            for (TypingExample e : set.examples()) {
                EntityType t = way.apply(e);
                if ((t == null ? TypingModel.NO_ENTITY : t.name()).equals(e.label())) right++;
            }
            accuracy.put(name, new double[] {right, set.examples().size()});
        });
        List<String> report = new ArrayList<>();
        // then every label's out-of-fold probability, to try other decision rules on the same held-out figures
        List<String> labels = new ArrayList<>(EntityType.values().length + 1);
        for (EntityType t : EntityType.values()) labels.add(t.name());
        labels.add(TypingModel.NO_ENTITY);
        report.add("document\tname\tother forms\tannotated\tvote\tlearned\tp(learned)\t"
                + String.join("\t", labels.stream().map(l -> "p(" + l + ")").toList()));
        List<Outcome> outcomes = new ArrayList<>();
        for (TypingExample e : set.examples()) {
            String label = learned.get(e) == null ? TypingModel.NO_ENTITY : learned.get(e).name();
            Double sure = sureness.get(e);
            // a candidate no fold held out (too few stories for k folds) has no out-of-fold label
            if (sure != null) outcomes.add(new Outcome(e.document(), e.candidate().name(), e.label(), label, sure));
            report.add(String.join("\t", e.document(), e.candidate().name(),
                    String.join("|", e.forms().stream().filter(f -> !f.equals(e.candidate().name())).toList()), e.label(),
                    e.vote() == null ? TypingModel.NO_ENTITY : e.vote().name(),
                    label, sure == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", sure),
                    String.join("\t", labels.stream().map(l -> probabilities.get(e) == null ? ""
                            : String.format(java.util.Locale.ROOT, "%.4f", probabilities.get(e).getCount(l))).toList())));
        }
        // each article's entities as the typer trained on the other folds typed them: JSON Lines for score.py
        List<String> predictions = predictions(set, ways.get(LEARNED)).stream().map(ObjectNode::toString).toList();
        return new CrossValidation(k, set.documents().size(), scores, accuracy, report, outcomes, predictions);
    }

    /** Scores typed candidates against the annotations as score.py scores entities. */
    static Score score(TrainingSet set, Function<TypingExample, EntityType> typing) {
        return Score.of(new ArrayList<>(documentScores(set, typing).values()));
    }

    /** Each annotated article's score (in the annotations' order), its candidates typed so. */
    private static Map<String, DocumentScore> documentScores(TrainingSet set, Function<TypingExample, EntityType> typing) {
        Map<String, DocumentScore> docs = new LinkedHashMap<>();
        List<ObjectNode> predicted = predictions(set, typing);
        for (int i = 0; i < predicted.size(); i++) {
            Gold g = set.documents().get(i);
            docs.put(g.file(), Scorer.score(g, predicted.get(i)));
        }
        return docs;
    }

    /**
     * Each annotated article's entities as typed by {@code typing} (a candidate typed {@code null} left out), in the
     * JSON score.py reads ({@code document.file}, {@code entities} with names, types and aliases), in the order of the
     * set's documents.
     */
    static List<ObjectNode> predictions(TrainingSet set, Function<TypingExample, EntityType> typing) {
        Map<String, List<TypingExample>> byDoc = new HashMap<>();
        for (TypingExample e : set.examples()) byDoc.computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e);
        List<ObjectNode> out = new ArrayList<>();
        for (Gold g : set.documents()) {
            ObjectNode p = MAPPER.createObjectNode();
            p.putObject("document").put("file", g.file()).put("lang", g.lang());
            ArrayNode entities = p.putArray("entities");
            for (TypingExample e : byDoc.getOrDefault(g.file(), List.of())) {
                EntityType t = typing.apply(e);
                if (t == null) continue;
                ObjectNode n = entities.addObject();
                String name = e.candidate().name();
                n.put("name", name);
                n.put("type", t.name());
                ArrayNode aliases = n.putArray("aliases");
                e.forms().stream().filter(f -> !f.equals(name)).forEach(aliases::add);
            }
            out.add(p);
        }
        return out;
    }

    private record GoldEntity(String type, Set<String> forms, String name) {
    }

    private static List<GoldEntity> goldEntities(JsonNode gold) {
        List<GoldEntity> out = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            Set<String> forms = new TreeSet<>();
            forms.add(Names.norm(e.path("name").asText()));
            for (JsonNode a : e.path("aliases")) forms.add(Names.norm(a.asText()));
            forms.remove("");
            out.add(new GoldEntity(e.path("type").asText(), forms, Names.norm(e.path("name").asText())));
        }
        return out;
    }

    /** The type of the annotated entity the candidate's mentions name most often (its full name breaks ties). */
    private static String label(Candidate c, List<GoldEntity> gold) {
        String name = Names.norm(c.name());
        GoldEntity best = null;
        int bestCount = 0;
        for (GoldEntity g : gold) {
            int count = 0;
            for (Span s : c.spans()) {
                if (g.forms().contains(Names.norm(s.text()))) count++;
            }
            if (count == 0) continue;
            if (count > bestCount || count == bestCount && g.forms().contains(name) && !best.forms().contains(name)) {
                best = g;
                bestCount = count;
            }
        }
        return best == null ? TypingModel.NO_ENTITY : best.type();
    }

    @SuppressWarnings("unchecked")
    private List<AnalyzedSentence> analysis(Article article, Path cacheDir) {
        if (cacheDir == null) return extractor.sentences(article);
        String key = sha256(article.lang() + "\n" + NlpPipelines.ANNOTATORS.get(article.lang()) + "\n" + article.body().text());
        Path file = cacheDir.resolve(key + ".ser");
        if (Files.isRegularFile(file)) {
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                return (List<AnalyzedSentence>) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // a stale or broken entry: analyse again and overwrite it
            }
        }
        List<AnalyzedSentence> sentences = extractor.sentences(article);
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, key, ".tmp");
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeObject(new ArrayList<>(sentences));
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ChronographException("cannot write the analysis cache " + cacheDir + ": " + e.getMessage(), e);
        }
        return sentences;
    }

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fold of each story among {@code k} folds by document: the stories in name order, dealt out in turn, so that
     * translations of one article (one story) share a fold and every learned part is cross-validated alike.
     */
    static Map<String, Integer> foldByStory(java.util.Collection<String> stories, int k) {
        return foldByStory(stories, k, 0);
    }

    /** As {@link #foldByStory(java.util.Collection, int)}; a split other than 0 shuffles the stories first, seeded by it. */
    static Map<String, Integer> foldByStory(java.util.Collection<String> stories, int k, int split) {
        List<String> sorted = new ArrayList<>(stories.stream().distinct().sorted().toList());
        if (split != 0) java.util.Collections.shuffle(sorted, new java.util.Random(split));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) foldOf.put(sorted.get(i), i % k);
        return foldOf;
    }

    /** "2025-07-27-01.ai-yi-fall-fr.md" and its English version share the story "2025-07-27-01.ai-yi-fall". */
    static String story(String file) {
        return file.replaceAll("(-[a-z]{2,4})?\\.[A-Za-z]+$", "");
    }

    private static Map<String, Path> texts(List<Path> dirs) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.exists(dir)) throw new ChronographException("texts folder not found: " + dir);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    if (dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot).toLowerCase(java.util.Locale.ROOT))) out.putIfAbsent(name, p);
                });
            } catch (IOException e) {
                throw new ChronographException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Article read(Path text, String lang) {
        List<ReadResult> results = new ArticleReader().readAll(List.of(text));
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Ok ok) {
                Article a = ok.article();
                return lang == null || lang.equals(a.lang()) ? a
                        : new Article(a.id(), a.source(), a.title(), lang, a.published(), a.url(), a.body(), a.contentHash());
            }
            if (r instanceof InputProblem p) throw new ChronographException("cannot read " + text + ": " + p.message());
        }
        throw new ChronographException("no article in " + text);
    }
}
