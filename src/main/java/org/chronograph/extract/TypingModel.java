package org.chronograph.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronograph.ChronographException;

/**
 * The learned entity typer's weights: a CoreNLP {@link LinearClassifier} (multiclass logistic regression) over
 * {@link TypingFeatures}, whose labels are the entity types and {@value #NO_ENTITY}. Stored as text, one
 * {@code feature<TAB>label<TAB>weight} line per non-zero weight sorted by feature and label, after {@code #} lines
 * that say how it was trained, so that retraining on the same annotations gives the same file. Immutable.
 */
public final class TypingModel {
    /** The label of a candidate that is no entity. */
    public static final String NO_ENTITY = "None";
    /** The model file inside a model folder. */
    public static final String FILE = "entity-typing.tsv";
    /** The bundled model, a class-path resource. */
    static final String BUNDLED = "extract/model/" + FILE;

    /** The header line that holds {@link #noneThreshold()}. */
    private static final String THRESHOLD = "none-threshold: ";
    /** The header line that holds {@link #typeThreshold()} (absent in models written before it: 0). */
    private static final String TYPE_THRESHOLD = "type-threshold: ";
    /** Header lines that hold one type's own threshold ({@code type-threshold Product: 0.45}), where it differs. */
    private static final String TYPE_THRESHOLD_OF = "type-threshold ";
    /** The header line that holds {@link #sureEntity()} (absent when 0: off). */
    private static final String SURE_ENTITY = "sure-entity: ";

    private final LinearClassifier<String, String> classifier;
    private final List<String> header;
    private final double noneThreshold;
    private final double typeThreshold;
    private final Map<String, Double> typeThresholds;
    private final double sureEntity;

    TypingModel(LinearClassifier<String, String> classifier, List<String> header, double noneThreshold) {
        this(classifier, header, noneThreshold, 0);
    }

    TypingModel(LinearClassifier<String, String> classifier, List<String> header, double noneThreshold, double typeThreshold) {
        this(classifier, header, noneThreshold, typeThreshold, Map.of());
    }

    TypingModel(LinearClassifier<String, String> classifier, List<String> header, double noneThreshold, double typeThreshold,
                Map<String, Double> typeThresholds) {
        this(classifier, header, noneThreshold, typeThreshold, typeThresholds, 0);
    }

    TypingModel(LinearClassifier<String, String> classifier, List<String> header, double noneThreshold, double typeThreshold,
                Map<String, Double> typeThresholds, double sureEntity) {
        this.sureEntity = sureEntity;
        this.classifier = classifier;
        this.header = List.copyOf(header);
        this.noneThreshold = noneThreshold;
        this.typeThreshold = typeThreshold;
        this.typeThresholds = java.util.Collections.unmodifiableMap(new TreeMap<>(typeThresholds));
    }

    /** This model with these per-type thresholds (see {@link #typeThreshold(String)}). */
    TypingModel withTypeThresholds(Map<String, Double> thresholds) {
        return new TypingModel(classifier, header, noneThreshold, typeThreshold, thresholds, sureEntity);
    }

    /** This model with this {@link #sureEntity()} threshold. */
    TypingModel withSureEntity(double threshold) {
        return new TypingModel(classifier, header, noneThreshold, typeThreshold, typeThresholds, threshold);
    }

    /**
     * Below this probability of {@value #NO_ENTITY}, the likeliest type is kept however unsure the model is of it (no
     * type threshold applies): the type thresholds drop a guess that is more often no entity or another type, but a
     * name the model is sure is some entity ("Orvane a lancé ...", a one-word company) is more often the likeliest
     * type than nothing. 0 (off) unless training chose one by cross-validation ({@code chronograph train}).
     */
    public double sureEntity() {
        return sureEntity;
    }

    /**
     * How sure the model must be of this type to keep it: the type's own threshold where training chose one by
     * cross-validation (an English unknown name guessed a Product at 0.4 is more often a Company), else
     * {@link #typeThreshold()}.
     */
    double typeThreshold(String type) {
        return typeThresholds.getOrDefault(type, typeThreshold);
    }

    /** The per-type thresholds that differ from {@link #typeThreshold()}, by type. */
    public Map<String, Double> typeThresholds() {
        return typeThresholds;
    }

    /**
     * How sure the model must be of an organization, model or product type to keep the candidate: a name it can only
     * guess at (no type above this probability) is more often no entity, or another type, than the guess (the
     * cross-validated errors of {@code chronograph train --errors}), so it is left out. Persons are kept: their names
     * have cues of their own (given names, titles).
     */
    double typeThreshold() {
        return typeThreshold;
    }

    /**
     * How sure the model must be that a candidate is no entity to drop it: below this probability of
     * {@value #NO_ENTITY}, the likeliest type wins. The classes are unbalanced (most capitalised words that are no
     * name come from headings and lists, and many names are seen once), so plain argmax drops too many names.
     */
    double noneThreshold() {
        return noneThreshold;
    }

    /** The label for these features: the likeliest type, or no entity when it is at least {@link #noneThreshold()} sure. */
    String classify(Collection<String> features) {
        return decide(classifier.probabilityOf(new BasicDatum<>(features)), noneThreshold, typeThreshold, typeThresholds, sureEntity);
    }

    /** The label for these probabilities, as {@link #classify} decides it, with these thresholds. */
    static String decide(edu.stanford.nlp.stats.Counter<String> p, double noneThreshold, double typeThreshold,
                         Map<String, Double> typeThresholds) {
        return decide(p, noneThreshold, typeThreshold, typeThresholds, 0);
    }

    /** As {@link #decide(edu.stanford.nlp.stats.Counter, double, double, Map)}, keeping the likeliest type below this {@link #sureEntity()}. */
    static String decide(edu.stanford.nlp.stats.Counter<String> p, double noneThreshold, double typeThreshold,
                         Map<String, Double> typeThresholds, double sureEntity) {
        String best = likeliest(p, null);
        if (best == null || p.getCount(NO_ENTITY) >= noneThreshold) return NO_ENTITY;
        if (p.getCount(NO_ENTITY) < sureEntity) return best;
        if (!best.equals(EntityType.Person.name()) && p.getCount(best) < typeThresholds.getOrDefault(best, typeThreshold)) return NO_ENTITY;
        return best;
    }

    /**
     * Whether {@code type} is the likeliest entity type for these features while the model is not sure they are no
     * entity (below {@link #noneThreshold()}), however unsure it is of the type (a model for a product, or the other way
     * round, counts): another cue may then decide.
     */
    boolean guesses(Collection<String> features, String type) {
        edu.stanford.nlp.stats.Counter<String> p = classifier.probabilityOf(new BasicDatum<>(features));
        String best = likeliest(p, null);
        return p.getCount(NO_ENTITY) < noneThreshold && (type.equals(best) || made(type) && made(best));
    }

    /** A model or a product: the two types a describing noun tells apart less surely than from the rest ("une version"). */
    private static boolean made(String type) {
        return EntityType.Model.name().equals(type) || EntityType.Product.name().equals(type);
    }

    /** The likeliest entity type for these features other than {@code excluded}, however unsure (never no entity). */
    String likeliestExcept(Collection<String> features, String excluded) {
        String best = likeliest(classifier.probabilityOf(new BasicDatum<>(features)), excluded);
        return best == null ? NO_ENTITY : best;
    }

    /** The likeliest type of these probabilities other than no entity and {@code excluded} (may be null), or null; ties to the first by name. */
    private static String likeliest(edu.stanford.nlp.stats.Counter<String> p, String excluded) {
        String best = null;
        for (String label : new TreeSet<>(p.keySet())) {
            if (label.equals(NO_ENTITY) || label.equals(excluded)) continue;
            if (best == null || p.getCount(label) > p.getCount(best)) best = label;
        }
        return best;
    }

    /** The probability the model gives this label for these features. */
    double probability(Collection<String> features, String label) {
        return classifier.probabilityOf(new BasicDatum<>(features)).getCount(label);
    }

    private List<String> labels() {
        return classifier.labelIndex().objectsList();
    }

    /** The entity type for these features, or {@code null} for no entity. */
    EntityType type(Collection<String> features) {
        String label = classify(features);
        return label.equals(NO_ENTITY) ? null : EntityType.valueOf(label);
    }

    LinearClassifier<String, String> classifier() {
        return classifier;
    }

    /** The lines that say how the model was trained. */
    public List<String> header() {
        return header;
    }

    /** The weights by feature and label, sorted; zero weights left out. */
    Map<String, Map<String, Double>> weights() {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        double[][] w = classifier.weights();
        Index<String> features = classifier.featureIndex();
        Index<String> labels = classifier.labelIndex();
        for (int f = 0; f < features.size(); f++) {
            for (int l = 0; l < labels.size(); l++) {
                if (w[f][l] != 0) out.computeIfAbsent(features.get(f), k -> new TreeMap<>()).put(labels.get(l), w[f][l]);
            }
        }
        return out;
    }

    /** Writes the model as {@code DIR/entity-typing.tsv}, creating the folder. */
    public void write(Path dir) {
        List<String> lines = new java.util.ArrayList<>(header);
        if (typeThreshold > 0) lines.add(TYPE_THRESHOLD + typeThreshold);
        typeThresholds.forEach((type, t) -> lines.add(TYPE_THRESHOLD_OF + type + ": " + t));
        if (sureEntity > 0) lines.add(SURE_ENTITY + sureEntity);
        new WeightsFile(lines, noneThreshold, WeightsFile.rows(weights())).write(dir, FILE, THRESHOLD);
    }

    /** The model bundled in the jar. */
    public static TypingModel bundled() {
        return WeightsFile.bundled(BUNDLED, TypingModel::read);
    }

    /**
     * The model in a folder written by {@code chronograph train --out DIR}.
     *
     * @throws ChronographException when the folder has no model file or the file is malformed
     */
    public static TypingModel load(Path dir) {
        TypingModel model = WeightsFile.inFolder(dir, FILE, TypingModel::read);
        if (model == null) {
            throw new ChronographException("no model in " + dir + " (expected " + FILE + ", written by 'chronograph train --out DIR')");
        }
        return model;
    }

    static TypingModel read(InputStream in, String origin) throws IOException {
        WeightsFile file = WeightsFile.read(in, origin, THRESHOLD, 0.5);
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        TreeSet<String> labels = new TreeSet<>();
        for (WeightsFile.Row r : file.rows()) {
            if (!r.label().equals(NO_ENTITY)) {
                try {
                    EntityType.valueOf(r.label());
                } catch (IllegalArgumentException e) {
                    throw new ChronographException(origin + ":" + r.line() + ": unknown label '" + r.label() + "'");
                }
            }
            weights.computeIfAbsent(r.feature(), k -> new LinkedHashMap<>()).put(r.label(), r.weight());
            labels.add(r.label());
        }
        double typeThreshold = 0;
        double sureEntity = 0;
        Map<String, Double> typeThresholds = new TreeMap<>();
        List<String> header = new java.util.ArrayList<>();
        for (String h : file.header()) {
            if (h.startsWith(SURE_ENTITY)) {
                try {
                    sureEntity = Double.parseDouble(h.substring(SURE_ENTITY.length()).strip());
                } catch (NumberFormatException e) {
                    throw new ChronographException(origin + ": malformed " + SURE_ENTITY.strip() + " '" + h + "'");
                }
                continue;
            }
            if (h.startsWith(TYPE_THRESHOLD_OF) && !h.startsWith(TYPE_THRESHOLD)) {
                int colon = h.indexOf(':');
                String type = colon < 0 ? "" : h.substring(TYPE_THRESHOLD_OF.length(), colon).strip();
                try {
                    EntityType.valueOf(type);
                    typeThresholds.put(type, Double.parseDouble(h.substring(colon + 1).strip()));
                } catch (IllegalArgumentException e) {
                    throw new ChronographException(origin + ": malformed per-type threshold '" + h + "'");
                }
                continue;
            }
            if (!h.startsWith(TYPE_THRESHOLD)) {
                header.add(h);
                continue;
            }
            try {
                typeThreshold = Double.parseDouble(h.substring(TYPE_THRESHOLD.length()).strip());
            } catch (NumberFormatException e) {
                throw new ChronographException(origin + ": malformed " + TYPE_THRESHOLD.strip() + " '" + h + "'");
            }
        }
        return new TypingModel(classifier(weights, labels), header, file.threshold(), typeThreshold, typeThresholds, sureEntity);
    }

    private static LinearClassifier<String, String> classifier(Map<String, Map<String, Double>> weights, Collection<String> labelNames) {
        Index<String> features = new HashIndex<>();
        Index<String> labels = new HashIndex<>();
        labelNames.forEach(labels::add);
        weights.keySet().forEach(features::add);
        double[][] w = new double[features.size()][labels.size()];
        weights.forEach((f, byLabel) -> byLabel.forEach((l, v) -> w[features.indexOf(f)][labels.indexOf(l)] = v));
        return new LinearClassifier<>(w, features, labels);
    }
}
