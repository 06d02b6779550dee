package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds AI model and product names made of a family and versions, sizes or variants:
 * "Llama 4 Scout", "GPT-3.5", "GPT-4o", "DeepSeek R1", "Qwen 2.5-72B", "Mistral 7B", "Claude 3 Opus",
 * "Yi-34B", and coordinated forms ("Llama 1 and 2", "Llama 1 et 2" give Llama 1 and Llama 2).
 * Immutable and thread-safe.
 */
public final class ModelNamePatterns {
    /** Variant words that follow a family or version: "Llama 4 Scout", "Claude 3 Opus". */
    static final String VARIANT = "(?:Scout|Maverick|Behemoth|Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Mini|mini|Turbo|TurboS|"
            + "Large|Small|Medium|Vision|Instruct|Chat|Coder|Math|Lightning|Max|Plus|Lite|Air|Image|Studio|Reasoner|Omni|"
            + "Preview|Edge|XL|Note|Thinking|Base|Code|Next|Llama|Dev|Schnell|Voice|Video|World|Audio|Deep Research)";
    /** A version, size or release tag: 4, 3.5, 4o, 2.5-72B, R1, V2, A13B, 70B, o1, v1.5. */
    static final String VERSION = "(?!(?:19|20)\\d\\d\\b)(?:v?\\d+(?:\\.\\d+)*(?:[a-zA-Z]{1,2}\\b)?(?:-\\d+(?:\\.\\d+)?[BbMmKk]\\b)?|[A-Z]{1,2}\\d+(?:\\.\\d+)?[A-Za-z]?|\\d+[BbMmKk]\\b|o\\d)";
    private static final String TAIL = "(?:(?:[ -]?(?=\\d)(?!(?:19|20)\\d\\d\\b)" + VERSION + "(?:[A-Z]\\b)?)?(?:[ -]" + VERSION + "|[ -]" + VARIANT + "\\b)*)";
    private static final Pattern GLUED = Pattern.compile(
            "(?<![\\p{L}\\d.-])(\\p{Lu}[\\p{L}\\d]*\\p{Ll}[\\p{L}\\d]*)(-(?!(?:19|20)\\d\\d\\b)(?:\\p{Lu}{0,3}\\d(?:\\w|\\.(?=\\w))*|" + VARIANT + ")(?:[ -]" + VARIANT + "\\b)*)(?![\\w-])");
    private static final Pattern COORDINATED = Pattern.compile(
            "^((?:\\s*,\\s*" + VERSION + ")*)\\s*(?:,\\s*)?(?:and|et|&|or|ou|y|und)\\s+(" + VERSION + ")(?![\\w-]|\\.\\d)");
    private static final Pattern VERSION_ONLY = Pattern.compile(VERSION);
    /** An unknown capitalised name followed by a version number: "Aurora 2", "Falcon 180B". */
    private static final Pattern UNKNOWN_FAMILY = Pattern.compile(
            "(?<![\\p{L}\\d.-])(\\p{Lu}[\\p{L}]{2,})( (?!(?:19|20)\\d\\d\\b)\\d+(?:\\.\\d+)?[a-zA-Z]?(?:[ -]" + VARIANT + "\\b)*)(?![\\w%.,-]*\\d)(?![ ]?(?:%|percent|pour ?cent|million|billion|milliard|tokens?|GB|TB|B\\b|M\\b))");

    private final Pattern families;
    private final Lexicon lexicon;
    private final java.util.function.Predicate<String> unknownFamily;

    /** Builds the family patterns from every gazetteer entry that takes versions; any unknown word may be a family. */
    public ModelNamePatterns(Lexicon lexicon) {
        this(lexicon, word -> true);
    }

    /**
     * @param unknownFamily decides whether a capitalised word the gazetteer does not know may name a model family
     *                      ("Aurora 2") rather than something else ("Chapter 2")
     */
    ModelNamePatterns(Lexicon lexicon, java.util.function.Predicate<String> unknownFamily) {
        this.lexicon = lexicon;
        this.unknownFamily = word -> lexicon.find(word).isEmpty() && unknownFamily.test(word);
        List<String> names = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.versionedType() == null) continue;
            names.add(e.name());
            names.addAll(e.aliases());
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (!alt.isEmpty()) alt.append('|');
            alt.append(Pattern.quote(n));
        }
        this.families = Pattern.compile("(?<![\\p{L}\\d-])(" + alt + ")(" + TAIL + ")(?![\\w-])");
    }

    /** A model or product name found in a text: its character range, full name and type. */
    public record Found(int start, int end, String name, EntityType type, String family) {
    }

    /** Every versioned name in {@code text}, leftmost-longest, including coordinated versions. */
    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = families.matcher(text);
        while (m.find()) {
            LexiconEntry family = lexicon.find(m.group(1)).orElse(null);
            EntityType type = family == null ? EntityType.Model : family.versionedType();
            String name = trimTail(m.group(1) + m.group(2));
            if (name.equals(m.group(1))) continue;
            int end = m.start() + name.length();
            LexiconEntry exact = lexicon.find(name).orElse(null);
            if (exact != null) type = exact.type();
            out.add(new Found(m.start(), end, name, type, family == null ? m.group(1) : family.name()));
            coordinated(text, end, m.group(1), type, family == null ? m.group(1) : family.name(), out);
        }
        Matcher g = GLUED.matcher(text);
        while (g.find()) {
            if (overlapsAny(out, g.start(), g.end())) continue;
            String base = g.group(1);
            LexiconEntry family = lexicon.find(base).orElse(null);
            EntityType type = family != null && family.versionedType() != null ? family.versionedType() : EntityType.Model;
            LexiconEntry exact = lexicon.find(g.group()).orElse(null);
            if (exact != null) type = exact.type();
            out.add(new Found(g.start(), g.end(), g.group(), type, family == null ? base : family.name()));
        }
        Matcher u = UNKNOWN_FAMILY.matcher(text);
        while (u.find()) {
            if (overlapsAny(out, u.start(), u.end()) || !unknownFamily.test(u.group(1))) continue;
            String name = trimTail(u.group());
            out.add(new Found(u.start(), u.start() + name.length(), name, EntityType.Model, u.group(1)));
            coordinated(text, u.start() + name.length(), u.group(1), EntityType.Model, u.group(1), out);
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static String trimTail(String name) {
        return name.replaceAll("[ -]+$", "");
    }

    private static void coordinated(String text, int after, String family, EntityType type, String canonicalFamily, List<Found> out) {
        Matcher c = COORDINATED.matcher(text.substring(after));
        if (!c.find()) return;
        String listed = c.group(1);
        Matcher v = VERSION_ONLY.matcher(listed);
        while (v.find()) {
            out.add(new Found(after + v.start(), after + v.end(), family + " " + v.group(), type, canonicalFamily));
        }
        out.add(new Found(after + c.start(2), after + c.end(2), family + " " + c.group(2), type, canonicalFamily));
    }

    private static boolean overlapsAny(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
}
