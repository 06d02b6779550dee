package org.chronograph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronograph.extract.EntityType;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;

/**
 * Entities by name or alias through the full-text index {@code entity_search}, for search boxes (suggestions as one
 * types) and "did you mean": the words as prefixes of the words of a name or alias ("hug fa" finds Hugging Face); when
 * none matches, inside them ("mind" finds DeepMind); when none does, spelled nearly like them ("Mistrall" finds
 * Mistral AI). Accents and case do not matter.
 */
public final class EntitySearch {
    /** Largest number of entities one search returns. */
    public static final int MAX_LIMIT = 100;
    /** Default number of entities, as suggestions under a search box. */
    public static final int DEFAULT_LIMIT = 10;

    /** Words of a search used at most, and characters of a word (a longer word is cut: Lucene's wildcard and fuzzy
     * automatons grow with the word, and no name has such words). */
    static final int MAX_TERMS = 8;
    static final int MAX_TERM = 40;

    /** Kinds of match, from the closest: see {@link SearchHit#match()}. */
    public static final String EXACT = "exact";
    public static final String PREFIX = "prefix";
    public static final String INFIX = "infix";
    public static final String FUZZY = "fuzzy";

    private final GraphConnection graph;

    public EntitySearch(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The entities whose names or aliases match {@code text}, closest first: prefixes, else infixes, else near
     * spellings.
     *
     * @param type  an entity type in any case, or {@code null} for all
     * @param limit 1 to {@value #MAX_LIMIT}
     * @throws InvalidQueryException for a blank text, an unknown type or a limit out of range
     */
    public List<SearchHit> run(String text, String type, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit: must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            throw new InvalidQueryException("search: give some letters or digits of a name");
        }
        List<String> types = type == null || type.isBlank() ? null : List.of(type(type).name());
        String exact = text.strip().toLowerCase(Locale.ROOT);
        List<SearchHit> hits = search(join(terms, t -> t + "*", " AND "), PREFIX, terms, exact, types, limit);
        if (hits.isEmpty()) {
            hits = search(join(terms, t -> "*" + t + "*", " AND "), INFIX, terms, exact, types, limit);
        }
        if (hits.isEmpty()) {
            List<String> fuzzy = terms.stream().filter(t -> t.length() >= 3).toList();
            if (!fuzzy.isEmpty()) {
                hits = search(join(fuzzy, t -> t + "~" + (t.length() >= 6 ? 2 : 1), " OR "), FUZZY, terms, exact, types, limit);
            }
        }
        return hits;
    }

    /** A few entities a user may have meant by a name that matched none: for "did you mean". */
    public List<SearchHit> suggest(String text, int limit) {
        if (terms(text).isEmpty()) {
            return List.of();
        }
        return run(text, null, limit);
    }

    private List<SearchHit> search(String query, String match, List<String> terms, String exact, List<String> types,
                                   int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("query", query);
        p.put("exact", exact);
        p.put("types", types);
        p.put("limit", (long) limit);
        p.put("candidates", (long) Math.max(200, limit * 20));
        List<SearchHit> hits = new ArrayList<>();
        for (Record r : Cypher.read(graph, "entities-fulltext", p)) {
            String name = r.get("name").asString();
            List<String> aliases = r.get("aliases").asList(v -> v.asString());
            boolean isExact = r.get("exact").asBoolean(false);
            hits.add(new SearchHit(r.get("key").asString(), name, r.get("type").asString(null), aliases,
                    r.get("articles").asLong(), r.get("events").asLong(), r.get("moves").asLong(),
                    isExact ? EXACT : match, matched(name, aliases, terms, exact, match)));
        }
        return hits;
    }

    /** The name or alias that the words match best: equal, then by kind of match, else the name. */
    static String matched(String name, List<String> aliases, List<String> terms, String exact, String match) {
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(aliases);
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(exact)) {
                return n;
            }
        }
        for (String n : names) {
            List<String> words = terms(n);
            boolean all = terms.stream().allMatch(t -> words.stream().anyMatch(w -> switch (match) {
                case PREFIX -> w.startsWith(t);
                case INFIX -> w.contains(t);
                default -> false;
            }));
            if (all) {
                return n;
            }
        }
        return name;
    }

    /**
     * The words of a text as the index sees them: accents removed, lower case, split on anything but letters and
     * digits (so no Lucene operator or special character ever reaches the query); at most {@value #MAX_TERMS} words of
     * at most {@value #MAX_TERM} characters.
     */
    static List<String> terms(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(MAX_TERMS)
                .map(w -> w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w).toList();
    }

    private static String join(List<String> terms, java.util.function.UnaryOperator<String> each, String operator) {
        return terms.stream().map(each).collect(Collectors.joining(operator));
    }

    private static EntityType type(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new InvalidQueryException("not an entity type: '" + name.strip() + "' (person, company, organization, "
                + "model or product)");
    }
}
