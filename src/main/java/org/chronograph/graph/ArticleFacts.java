package org.chronograph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronograph.ChronographException;
import org.chronograph.extract.Entity;
import org.chronograph.extract.EntityKeys;
import org.chronograph.extract.EntityRef;
import org.chronograph.extract.Event;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.Evidence;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Mention;
import org.chronograph.extract.Move;
import org.chronograph.extract.Participant;
import org.chronograph.source.Article;

/**
 * The parameters the loader's Cypher files take for one extraction: plain maps and lists, built before and
 * after entity resolution (which maps the extraction's entity keys to the keys of graph entities).
 */
final class ArticleFacts {
    private final Extraction extraction;
    private final Map<String, EntityRow> entities = new LinkedHashMap<>();
    private CurationRules rules = CurationRules.NONE;

    /** An extraction entity merged by key, with every name and alias form it goes by. */
    private static final class EntityRow {
        final String key;
        final String name;
        String type;
        double confidence;
        final Map<String, String> forms = new LinkedHashMap<>();
        final List<Mention> mentions = new ArrayList<>();

        EntityRow(String key, String name, String type, double confidence) {
            this.key = key;
            this.name = name;
            this.type = type;
            this.confidence = confidence;
        }

        void addForm(String form) {
            if (form == null) {
                return;
            }
            try {
                forms.putIfAbsent(EntityKeys.of(form), form.strip());
            } catch (IllegalArgumentException e) {
                // a form without letters or digits cannot be looked up: skip it
            }
        }
    }

    ArticleFacts(Extraction extraction) {
        this.extraction = extraction;
        for (Entity entity : extraction.entities()) {
            EntityRow row = entities.get(entity.key());
            if (row == null) {
                row = new EntityRow(entity.key(), entity.name() == null ? entity.key() : entity.name(),
                        entity.type().name(), entity.confidence());
                entities.put(entity.key(), row);
            } else if (entity.confidence() > row.confidence) {
                row.type = entity.type().name();
                row.confidence = entity.confidence();
            }
            row.forms.putIfAbsent(entity.key(), row.name);
            row.addForm(entity.name());
            entity.aliases().forEach(row::addForm);
            row.mentions.addAll(entity.mentions());
        }
        extraction.events().forEach(event -> event.participants().forEach(p -> addRef(p.entity())));
        extraction.moves().forEach(move -> {
            addRef(move.person());
            addRef(move.from());
            addRef(move.to());
        });
    }

    /** An entity that events or moves refer to without listing it among the entities: known by its reference only. */
    private void addRef(EntityRef ref) {
        if (ref == null || entities.containsKey(ref.key())) {
            return;
        }
        EntityRow row = new EntityRow(ref.key(), ref.name(), ref.type().name(), 0.0);
        row.forms.put(ref.key(), ref.name());
        row.addForm(ref.name());
        entities.put(ref.key(), row);
    }

    /** Applies these curations' dated rules to the rows made from now on. */
    ArticleFacts applying(CurationRules curations) {
        this.rules = curations;
        return this;
    }

    /** The graph entity of an extraction entity for a fact dated {@code date} (the article's day when undated). */
    private String keyAt(Map<String, String> resolved, String key, EventDate date) {
        return rules.at(graphKey(resolved, key), date, extraction.article().published());
    }

    /** The article's id. */
    String id() {
        return extraction.article().id();
    }

    /** Every key entity resolution looks up for this article (the keys of all names and aliases of its entities). */
    Set<String> lookupKeys() {
        Set<String> keys = new LinkedHashSet<>();
        entities.values().forEach(e -> keys.addAll(e.forms.keySet()));
        return keys;
    }

    /** The properties of the article node. */
    Map<String, Object> article() {
        Article a = extraction.article();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("source", a.source());
        row.put("title", a.title());
        row.put("lang", a.lang());
        row.put("published", a.published());
        row.put("url", a.url());
        row.put("hash", hash(a));
        row.put("sentences", mentioningSentences());
        return row;
    }

    /**
     * The article's sentences that mention an entity, by sentence index ({@code ""} for the others, and nothing after
     * the last one): where the graph finds the sentences of a mention and of a co-mention. Empty when the extraction
     * kept no sentences.
     */
    List<String> mentioningSentences() {
        List<String> all = extraction.sentences();
        Set<Integer> mentioned = new TreeSet<>();
        entities.values().forEach(e -> e.mentions.forEach(m -> mentioned.add(m.sentence())));
        mentioned.removeIf(i -> i < 0 || i >= all.size());
        if (mentioned.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        int last = ((TreeSet<Integer>) mentioned).last();
        for (int i = 0; i <= last; i++) {
            texts.add(mentioned.contains(i) ? all.get(i) : "");
        }
        return texts;
    }

    /** The article's content hash; a hash of its clean text when the source gave none. */
    static String hash(Article article) {
        if (article.contentHash() != null && !article.contentHash().isBlank()) {
            return article.contentHash();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(article.body().text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Rows for entity resolution: key, name, type, confidence and the lookup keys in order of preference. */
    List<Map<String, Object>> entityRows() {
        return entities.values().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", e.key);
            row.put("name", e.name);
            row.put("type", e.type);
            row.put("confidence", e.confidence);
            row.put("keys", List.copyOf(e.forms.keySet()));
            return row;
        }).toList();
    }

    /** Alias rows (graph entity key, alias key, surface form); each alias key once, the first entity wins. */
    List<Map<String, Object>> aliasRows(Map<String, String> resolved) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (EntityRow e : entities.values()) {
            String graphKey = graphKey(resolved, e.key);
            Set<Map.Entry<String, String>> forms = new LinkedHashSet<>(e.forms.entrySet());
            rows.putIfAbsent(graphKey, Map.of("entity", graphKey, "key", graphKey, "name", e.name, "article", id()));
            for (Map.Entry<String, String> form : forms) {
                rows.putIfAbsent(form.getKey(), Map.of("entity", graphKey, "key", form.getKey(), "name", form.getValue(),
                        "article", id()));
            }
        }
        return List.copyOf(rows.values());
    }

    /**
     * One MENTIONED_IN row per graph entity, with the article id: count, flat offsets {@code [start, end, ...]},
     * sentence indexes.
     */
    List<Map<String, Object>> mentionRows(Map<String, String> resolved) {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (EntityRow e : entities.values()) {
            if (!e.mentions.isEmpty()) {
                byEntity.computeIfAbsent(keyAt(resolved, e.key, null), k -> new ArrayList<>()).addAll(e.mentions);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byEntity.forEach((key, mentions) -> {
            List<Mention> sorted = mentions.stream().distinct()
                    .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)).toList();
            List<Long> offsets = new ArrayList<>();
            Set<Long> sentences = new TreeSet<>();
            for (Mention m : sorted) {
                offsets.add((long) m.start());
                offsets.add((long) m.end());
                sentences.add((long) m.sentence());
            }
            rows.add(Map.of("entity", key, "count", (long) sorted.size(), "offsets", offsets,
                    "sentences", List.copyOf(sentences), "article", id()));
        });
        return rows;
    }

    /** One row per distinct event (by key); when the article states it twice, the more confident report wins. */
    List<Map<String, Object>> eventRows(Map<String, String> resolved) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (Event event : extraction.events()) {
            Map<String, String> roles = new LinkedHashMap<>();
            for (Participant p : event.participants()) {
                roles.putIfAbsent(keyAt(resolved, p.entity().key(), event.date()), p.role());
            }
            String key = GraphKeys.event(event.type(), roles.keySet(), event.date());
            if (confidence.containsKey(key) && confidence.get(key) >= event.confidence()) {
                continue;
            }
            Map<String, Object> row = dated(event.date());
            row.put("span", span(event.date()));
            row.put("article", id());
            row.put("key", key);
            row.put("type", event.type().name());
            row.put("participants", roles.entrySet().stream()
                    .map(r -> Map.<String, Object>of("key", r.getKey(), "role", r.getValue() == null ? "party" : r.getValue()))
                    .toList());
            row.putAll(report(event.evidence(), event.confidence()));
            rows.put(key, row);
            confidence.put(key, event.confidence());
        }
        return List.copyOf(rows.values());
    }

    /** One row per distinct move (by key); when the article states it twice, the more confident report wins. */
    List<Map<String, Object>> moveRows(Map<String, String> resolved) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (Move move : extraction.moves()) {
            if (move.person() == null) {
                throw new ChronographException("a move in article " + extraction.article().id() + " names no person");
            }
            String person = keyAt(resolved, move.person().key(), move.date());
            String from = move.from() == null ? null : keyAt(resolved, move.from().key(), move.date());
            String to = move.to() == null ? null : keyAt(resolved, move.to().key(), move.date());
            if (from != null && from.equals(to)) {
                continue; // within one organization (two of its names, merged): no move
            }
            String key = GraphKeys.move(person, from, to, move.date());
            if (confidence.containsKey(key) && confidence.get(key) >= move.confidence()) {
                continue;
            }
            Map<String, Object> row = dated(move.date());
            row.put("article", id());
            row.put("key", key);
            row.put("person", person);
            row.put("from", from);
            row.put("to", to);
            row.putAll(report(move.evidence(), move.confidence()));
            rows.put(key, row);
            confidence.put(key, move.confidence());
        }
        return List.copyOf(rows.values());
    }

    /** The extraction, packed to be kept on the article node (see {@link StoredExtraction}). */
    byte[] packed() {
        return StoredExtraction.pack(extraction);
    }

    /** Graph keys of the people who move in this article. */
    Set<String> movers(Map<String, String> resolved) {
        Set<String> keys = new LinkedHashSet<>();
        extraction.moves().forEach(m -> keys.add(keyAt(resolved, m.person().key(), m.date())));
        return keys;
    }

    private static Map<String, Object> dated(EventDate date) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", date == null ? null : date.value());
        row.put("precision", date == null ? null : date.precision().name());
        row.put("mod", date == null ? null : date.mod());
        row.put("sortDate", date == null ? null : date.sortKey());
        row.put("startDate", date == null ? null : date.start());
        row.put("endDate", date == null ? null : date.end());
        row.put("year", date == null ? null : (long) date.year());
        return row;
    }

    /** The label for the length of a date's period (its calendar unit); {@code null} when undated. */
    static String span(EventDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> "DaySpan";
            case MONTH -> "MonthSpan";
            case QUARTER -> "QuarterSpan";
            case HALF -> "HalfSpan";
            case YEAR -> "YearSpan";
        };
    }

    private static Map<String, Object> report(Evidence evidence, double confidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sentence", evidence == null ? null : evidence.sentence());
        row.put("start", evidence == null ? null : (long) evidence.start());
        row.put("end", evidence == null ? null : (long) evidence.end());
        row.put("confidence", confidence);
        return row;
    }

    private static String graphKey(Map<String, String> resolved, String key) {
        return resolved.getOrDefault(key, key);
    }
}
