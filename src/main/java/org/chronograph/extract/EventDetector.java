package org.chronograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import org.chronograph.ChronographException;
import org.chronograph.extract.time.TimeMention;

/**
 * The learned event detector: for each event type, a logistic regression (trained one type against the rest with
 * CoreNLP's {@code LinearClassifierFactory}, see {@link EventDetectorTrainer}) that says how likely a sentence is
 * to state an event of that type, from {@link EventFeatures}. Where it is at least {@link #threshold()} sure of a
 * type the rules made no event of in that sentence, it adds one, with the sentence's entities in roles by type
 * ({@link DetectedEvents}). Stored as text: {@code feature<TAB>TYPE<TAB>weight} lines sorted by feature and type,
 * after {@code #} lines that say how it was trained, so that retraining on the same annotations gives the same file.
 * Immutable, thread-safe.
 */
public final class EventDetector {
    /** The model file inside a model folder, beside the entity typer's. */
    public static final String FILE = "event-detector.tsv";
    static final String BUNDLED = "extract/model/" + FILE;
    private static final String THRESHOLD = "threshold: ";
    /** Header lines that hold one type's own threshold ({@code threshold DEPARTURE: 0.6}), where it differs. */
    private static final String THRESHOLD_OF = "threshold ";
    /** A threshold no probability reaches: the detector adds no event of the type. */
    public static final double OFF = 1.0;

    /** Weights by event type, then feature. */
    private final Map<EventType, Map<String, Double>> weights;
    private final List<String> header;
    private final double threshold;
    private final Map<EventType, Double> typeThresholds;
    /** The event types that have weights, and each feature's weight for each of them (0 where it has none). */
    private final EventType[] types;
    private final Map<String, double[]> byFeature;

    EventDetector(Map<EventType, Map<String, Double>> weights, List<String> header, double threshold) {
        this(weights, header, threshold, Map.of());
    }

    EventDetector(Map<EventType, Map<String, Double>> weights, List<String> header, double threshold, Map<EventType, Double> typeThresholds) {
        Map<EventType, Map<String, Double>> w = new EnumMap<>(EventType.class);
        weights.forEach((t, m) -> w.put(t, Map.copyOf(m)));
        this.weights = java.util.Collections.unmodifiableMap(w);
        this.header = List.copyOf(header);
        this.threshold = threshold;
        Map<EventType, Double> own = new EnumMap<>(EventType.class);
        typeThresholds.forEach((t, v) -> {
            if (v != threshold) own.put(t, v);
        });
        this.typeThresholds = java.util.Collections.unmodifiableMap(own);
        // one look-up per feature instead of one per feature and type: the same sums, added in the same order
        this.types = this.weights.keySet().toArray(new EventType[0]);
        Map<String, double[]> index = new java.util.HashMap<>();
        for (int i = 0; i < types.length; i++) {
            int type = i;
            this.weights.get(types[i]).forEach((f, v) -> index.computeIfAbsent(f, k -> new double[types.length])[type] = v);
        }
        this.byFeature = index;
    }

    /** How sure the detector must be of a type to add an event of it. */
    public double threshold() {
        return threshold;
    }

    /** How sure the detector must be of this type to add an event of it ({@link #OFF}: it adds none). */
    public double threshold(EventType type) {
        return typeThresholds.getOrDefault(type, threshold);
    }

    /**
     * How sure the detector must be of this type to add an event of it in a sentence of this language: the type's
     * threshold times the language's factor ({@code threshold-factor} in {@code extract/<lang>/detector.tsv}, 1 where the
     * language has none); {@link #OFF} stays off.
     */
    public double threshold(String lang, EventType type) {
        return scaled(threshold(type), languageFactor(lang));
    }

    /** A threshold times a language's factor; {@link #OFF} stays off. */
    static double scaled(double threshold, double factor) {
        return threshold >= OFF ? threshold : threshold * factor;
    }

    /**
     * The language's {@code threshold-factor} in {@code extract/<lang>/detector.tsv}, 1 where it has none: what
     * {@link #threshold(String, EventType)} multiplies the type's threshold by (training's cross-validation applies it too).
     */
    public static double languageFactor(String lang) {
        Double factor = lang == null ? null : LANGUAGE_FACTORS.get(lang);
        return factor == null ? 1.0 : factor;
    }

    /** Each language's {@code threshold-factor}, read once. */
    private static final BundledPerLanguage<Double> LANGUAGE_FACTORS = new BundledPerLanguage<>("detector.tsv", (resource, lang) -> {
        double factor = 1;
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(resource, 2)) {
            if (!row.column(0).equals("threshold-factor")) throw row.error("unknown setting '" + row.column(0) + "'");
            try {
                factor = Double.parseDouble(row.column(1));
            } catch (NumberFormatException e) {
                throw row.error("not a number: '" + row.column(1) + "'");
            }
            if (!(factor > 0 && factor <= 1)) throw row.error("threshold-factor must be in (0, 1]");
        }
        return factor;
    });

    /** The types whose threshold differs from {@link #threshold()}, with theirs. */
    public Map<EventType, Double> typeThresholds() {
        return typeThresholds;
    }

    /** The lines that say how the model was trained. */
    public List<String> header() {
        return header;
    }

    /** This detector adding events at another threshold. */
    EventDetector at(double threshold) {
        return new EventDetector(weights, header, threshold);
    }

    /** This detector with a common threshold and these types' own. */
    EventDetector at(double threshold, Map<EventType, Double> typeThresholds) {
        return new EventDetector(weights, header, threshold, typeThresholds);
    }

    Map<EventType, Map<String, Double>> weights() {
        return weights;
    }

    /** The probability of each type the model knows that the sentence with these features states an event of it. */
    Map<EventType, Double> probabilities(Collection<String> features) {
        Map<EventType, Double> out = new EnumMap<>(EventType.class);
        double[] z = new double[types.length];
        for (String f : features) {
            double[] w = byFeature.get(f);
            if (w == null) continue;
            for (int i = 0; i < z.length; i++) z[i] += w[i];
        }
        for (int i = 0; i < types.length; i++) out.put(types[i], 1 / (1 + Math.exp(-z[i])));
        return out;
    }

    /** What the detector saw of one sentence: for training and cross-validation. */
    public interface Observer {
        /** An event the rules made of the sentence being read, as the article's events got it. */
        default void ruleEvent(Event e, boolean ownDate) {
        }

        /**
         * @param s          the sentence
         * @param features   its features
         * @param ruleTypes  the event types the rules made of it
         * @param candidates the event the detector would add of each type (the sentence's entities in roles), when any
         */
        void sentence(AnalyzedSentence s, SortedSet<String> features, Set<EventType> ruleTypes, Map<EventType, List<Event>> candidates);
    }

    /**
     * The events to add to those the rules made of a sentence: for each type the detector is sure enough of and the
     * rules made none of, the sentence's entities in the type's roles, dated by the sentence's own first date. The
     * rules' reading of the sentence wins: an event between the very entities a rule event relates is left out, and a
     * person's join, appointment or departure is at an organization no rule event ties to a person of the sentence
     * ("a fondé Codéo en 2023 après dix ans chez Dassault": the departure is from Dassault, not from Codéo; "Before
     * joining X, she interned at Y" is no departure from X).
     *
     * @param detector the detector, or {@code null} to add none (rules alone; the observer is told all the same)
     * @param observer told what the detector saw, or {@code null}
     */
    static List<Event> events(String lang, EventDetector detector, Observer observer, SortedSet<String> features, AnalyzedSentence s,
                              List<Event> byRules, List<EntityMention> mentions, List<TimeMention> times, Evidence evidence,
                              Function<Entity, EntityRef> makerOf, EntityRef mainCompany) {
        if (detector == null && observer == null) return List.of();
        Set<EventType> ruleTypes = java.util.EnumSet.noneOf(EventType.class);
        Set<Set<String>> related = new java.util.HashSet<>();
        Set<String> tied = new java.util.HashSet<>();
        for (Event e : byRules) {
            ruleTypes.add(e.type());
            related.add(e.participantKeys());
            if (e.participants().stream().anyMatch(x -> x.entity().type() == EntityType.Person)) {
                e.participants().stream().filter(x -> x.entity().type().isOrganization()).forEach(x -> tied.add(x.entity().key()));
            }
        }
        // a medium named as the source ("selon le quotidien X") takes part in no event the detector adds, and a name the
        // sentence sets against another ("a rival to X", "plus rapide que X") or a store or platform something comes out
        // on ("disponible sur X") in no release or delay: as in none a trigger rule makes
        List<EntityMention> named = aside(lang, s, mentions, false);
        List<EntityMention> released = aside(lang, s, mentions, true);
        List<EntityMention> careers = named.stream().filter(m -> !m.type().isOrganization() || !tied.contains(m.entity().key())).toList();
        Map<EventType, List<Event>> candidates = new EnumMap<>(EventType.class);
        Map<EventType, Double> p = detector == null ? Map.of() : detector.probabilities(features);
        List<Event> out = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (ruleTypes.contains(type)) continue;
            double needed = detector == null ? OFF : detector.threshold(lang, type);
            boolean sure = needed < OFF && p.getOrDefault(type, 0.0) >= needed;
            if (observer == null && !sure) continue;
            boolean career = type == EventType.JOIN || type == EventType.DEPARTURE || type == EventType.APPOINTMENT;
            // every organization named is one the rules tie to a person here: no other one to have joined or left
            if (career && careers.size() < named.size() && careers.stream().noneMatch(m -> m.type().isOrganization())) continue;
            boolean release = type == EventType.RELEASE || type == EventType.DELAY;
            List<Event> made = DetectedEvents.of(type, career ? careers : release ? released : named, times, evidence, makerOf, mainCompany, p.getOrDefault(type, 0.0))
                    .stream().filter(e -> !related.contains(e.participantKeys())).toList();
            if (made.isEmpty()) continue;
            candidates.put(type, made);
            if (sure) made.forEach(e -> out.add(detector.dated(lang, e, s, mentions, times)));
        }
        if (observer != null) observer.sentence(s, features, ruleTypes, candidates);
        return out;
    }

    /**
     * The mentions but those the language's cues set aside as no participant: a medium named as the source (SOURCE),
     * and for a release a name set against another (COMPARED) or where it comes out (CHANNEL).
     */
    private static List<EntityMention> aside(String lang, AnalyzedSentence s, List<EntityMention> mentions, boolean release) {
        ContextCues cues = ContextCues.bundled(lang);
        if (cues == null) return mentions;
        return mentions.stream().filter(m -> !(m.type().isOrganization() && cues.at("SOURCE", s, m.from()))
                && !(release && (cues.at("COMPARED", s, m.from()) || cues.at("CHANNEL", s, m.from())))).toList();
    }

    /**
     * An event the detector found, dated as a trigger rule dates its event when the sentence gives several dates: the
     * word that weighs most for its type stands for the trigger ({@link TriggerDates}: a date of its own clause, the
     * nearest in the parse; the end of a span for a leaving), rather than the sentence's first date ("Ann Lowe, who ran
     * sales at Nimbus between 2012 and 2019, joined Zeta Labs in 2020": her leaving Nimbus is 2019's).
     */
    private Event dated(String lang, Event e, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times) {
        if (times.stream().map(TimeMention::date).filter(java.util.Objects::nonNull).distinct().count() < 2) return e;
        int anchor = anchor(e.type(), s);
        if (anchor < 0) return e;
        edu.stanford.nlp.ling.CoreLabel t = s.tokens().get(anchor);
        Triggers.Hit hit = new Triggers.Hit(e.type(), t.word(), t.beginPosition() - s.begin(), t.endPosition() - s.begin(), Set.of());
        TriggerDates.Chosen chosen = TriggerDates.choose(lang, e.type(), false, false, s, anchor, hit, e.participants(),
                mentions, times, null);
        // no date of the word's own clause: the first date stays (the word may stand badly for the trigger)
        if (chosen.date() == null) return e;
        return e.withDate(chosen.date());
    }

    /** The token whose lemma (as a word, and as a verb or noun) weighs most for the type, or -1 when none weighs for it. */
    int anchor(EventType type, AnalyzedSentence s) {
        Map<String, Double> w = weights.get(type);
        if (w == null) return -1;
        int best = -1;
        double top = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            edu.stanford.nlp.ling.CoreLabel t = s.tokens().get(i);
            String lemma = EventFeatures.lemma(t);
            double v = w.getOrDefault("l=" + lemma, 0.0);
            String pos = PosTags.wordFeaturePrefix(t.tag());
            if (pos != null) v += w.getOrDefault(pos + lemma, 0.0);
            if (v > top) {
                top = v;
                best = i;
            }
        }
        return best;
    }

    /** Writes the model as {@code DIR/event-detector.tsv}, creating the folder. */
    public void write(Path dir) {
        // features sorted, each one's types in their declared order (the weights are an EnumMap)
        Map<String, Map<String, Double>> byFeature = new TreeMap<>();
        weights.forEach((t, w) -> w.forEach((f, v) -> byFeature.computeIfAbsent(f, k -> new java.util.LinkedHashMap<>()).put(t.name(), v)));
        List<String> lines = new ArrayList<>(header);
        typeThresholds.forEach((t, v) -> lines.add(THRESHOLD_OF + t.name() + ": " + v));
        new WeightsFile(lines, threshold, WeightsFile.rows(byFeature)).write(dir, FILE, THRESHOLD);
    }

    /** The detector bundled in the jar. */
    public static EventDetector bundled() {
        return WeightsFile.bundled(BUNDLED, EventDetector::read);
    }

    /**
     * The detector in a folder written by {@code chronograph train --out DIR}, or {@code null} when the folder has
     * none (a model folder from before the detector: rules alone find events).
     *
     * @throws ChronographException when the file is malformed
     */
    public static EventDetector load(Path dir) {
        return WeightsFile.inFolder(dir, FILE, EventDetector::read);
    }

    static EventDetector read(InputStream in, String origin) throws IOException {
        WeightsFile file = WeightsFile.read(in, origin, THRESHOLD, 0.5);
        Map<EventType, Map<String, Double>> weights = new EnumMap<>(EventType.class);
        for (WeightsFile.Row r : file.rows()) {
            EventType type;
            try {
                type = EventType.valueOf(r.label());
            } catch (IllegalArgumentException e) {
                throw new ChronographException(origin + ":" + r.line() + ": unknown event type '" + r.label() + "'");
            }
            weights.computeIfAbsent(type, k -> new java.util.HashMap<>()).put(r.feature(), r.weight());
        }
        Map<EventType, Double> own = new EnumMap<>(EventType.class);
        List<String> header = new ArrayList<>();
        for (String h : file.header()) {
            if (!h.startsWith(THRESHOLD_OF)) {
                header.add(h);
                continue;
            }
            int colon = h.indexOf(':');
            try {
                own.put(EventType.valueOf(h.substring(THRESHOLD_OF.length(), colon).strip()), Double.parseDouble(h.substring(colon + 1).strip()));
            } catch (RuntimeException e) {
                throw new ChronographException(origin + ": malformed per-type threshold '" + h + "'");
            }
        }
        return new EventDetector(weights, header, file.threshold(), own);
    }
}
