package org.chronograph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronograph.extract.Entity;
import org.chronograph.extract.EntityKeys;
import org.chronograph.extract.Event;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.Evidence;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Mention;
import org.chronograph.extract.Move;
import org.chronograph.extract.Participant;
import org.chronograph.graph.GraphKeys;
import org.chronograph.source.Article;

/**
 * The nodes and relationships the loader writes for synthetic extractions, as plain rows for the benchmark's
 * baseline: each node and relationship once, with the same properties, so that they can be written with CREATE
 * and no lookups but the endpoints'. Synthetic entity keys never clash, so an entity's graph key is its own key.
 * Alias claims (which count the articles using the alias) and affiliations (one per person and organization)
 * come last, from what all the articles said.
 */
final class BaselineRows {
    /** Where rows go: node rows for {@code bench-create-nodes}, link rows for the named {@code bench-link-*} file. */
    interface Sink {
        void node(Map<String, Object> row);

        void link(String file, Map<String, Object> row);
    }

    private final Sink sink;
    private final Set<String> entities = new HashSet<>();
    private final LongSet events = new LongSet();
    private final LongSet moves = new LongSet();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<List<String>, Map<String, Object>> stints = new LinkedHashMap<>();

    private static final class Claim {
        final String entity;
        long articles;

        Claim(String entity) {
            this.entity = entity;
        }
    }

    BaselineRows(Sink sink) {
        this.sink = sink;
    }

    /** Rows of one article. */
    void add(Extraction x) {
        Article a = x.article();
        Set<String> claimed = new LinkedHashSet<>();
        for (Entity e : x.entities()) {
            claimed.add(e.key());
            e.aliases().forEach(alias -> claimed.add(EntityKeys.of(alias)));
        }
        sink.node(node(List.of("Article"), Map.of("id", a.id(), "source", a.source(), "title", a.title(), "lang", a.lang(),
                "published", a.published(), "url", a.url(), "hash", a.contentHash(), "claims", List.copyOf(claimed))));
        for (Entity e : x.entities()) {
            if (entities.add(e.key())) {
                sink.node(node(List.of("Entity", e.type().name()), Map.of("key", e.key(), "name", e.name(),
                        "type", e.type().name(), "typeConfidence", e.confidence(), "aliases", e.aliases())));
                sink.node(node(List.of("Alias"), Map.of("key", e.key(), "name", e.name())));
                for (String alias : e.aliases()) {
                    sink.node(node(List.of("Alias"), Map.of("key", EntityKeys.of(alias), "name", alias)));
                }
            }
            claim(e.key(), e.key());
            e.aliases().forEach(alias -> claim(EntityKeys.of(alias), e.key()));
            if (!e.mentions().isEmpty()) {
                sink.link("bench-link-mentions", link(e.key(), a.id(), mention(e.mentions())));
            }
        }
        Map<String, Event> strongest = new LinkedHashMap<>();
        for (Event event : x.events()) {
            String key = GraphKeys.event(event.type(), event.participants().stream().map(p -> p.entity().key()).toList(), event.date());
            strongest.merge(key, event, (old, now) -> now.confidence() > old.confidence() ? now : old);
        }
        strongest.forEach((key, event) -> addEvent(key, event, a.id()));
        for (Move move : x.moves()) {
            addMove(move, a.id());
        }
    }

    /** Rows of the alias claims and affiliations, once every article was added. */
    void finish() {
        claims.forEach((alias, claim) -> sink.link("bench-link-aliases",
                link(alias, claim.entity, Map.of("articles", claim.articles))));
        stints.forEach((pair, properties) -> sink.link("bench-link-affiliations", link(pair.get(0), pair.get(1), properties)));
    }

    private void addEvent(String key, Event event, String article) {
        if (events.add(Long.parseUnsignedLong(key.substring(0, 16), 16))) {
            Map<String, Object> properties = dated(event.date());
            properties.put("key", key);
            properties.put("type", event.type().name());
            sink.node(node(List.of("Event"), properties));
            Set<String> seen = new HashSet<>();
            for (Participant p : event.participants()) {
                if (seen.add(p.entity().key())) {
                    // as events-merge.cypher writes them: the role, and the entity's key and sort date for the timeline index
                    Map<String, Object> involves = new HashMap<>();
                    involves.put("role", p.role());
                    involves.put("entity", p.entity().key());
                    involves.put("sortDate", properties.get("sortDate"));
                    sink.link("bench-link-involves", link(key, p.entity().key(), involves));
                }
            }
        }
        sink.link("bench-link-event-reports", link(key, article, report(event.evidence(), event.confidence())));
    }

    private void addMove(Move move, String article) {
        String person = move.person().key();
        String from = move.from() == null ? null : move.from().key();
        String to = move.to() == null ? null : move.to().key();
        String key = GraphKeys.move(person, from, to, move.date());
        if (moves.add(Long.parseUnsignedLong(key.substring(0, 16), 16))) {
            Map<String, Object> properties = dated(move.date());
            properties.put("key", key);
            sink.node(node(List.of("Move"), properties));
            sink.link("bench-link-move-parties", party(key, person, "OF"));
            if (from != null) sink.link("bench-link-move-parties", party(key, from, "FROM"));
            if (to != null) sink.link("bench-link-move-parties", party(key, to, "TO"));
            if (from != null) stint(person, from, null, move.date());
            if (to != null) stint(person, to, move.date(), null);
        }
        sink.link("bench-link-move-reports", link(key, article, report(move.evidence(), move.confidence())));
    }

    private void claim(String alias, String entity) {
        claims.computeIfAbsent(alias, k -> new Claim(entity)).articles++;
    }

    private void stint(String person, String org, EventDate start, EventDate end) {
        Map<String, Object> p = stints.computeIfAbsent(List.of(person, org), k -> new HashMap<>());
        if (start != null) {
            p.put("start", start.value());
            p.put("precisionStart", start.precision().name());
            p.put("startDate", start.sortKey());
        }
        if (end != null) {
            p.put("end", end.value());
            p.put("precisionEnd", end.precision().name());
            p.put("endDate", end.sortKey());
        }
        p.put("current", !p.containsKey("end"));
    }

    private static Map<String, Object> mention(List<Mention> mentions) {
        List<Long> offsets = new ArrayList<>();
        Set<Long> sentences = new TreeSet<>();
        for (Mention m : mentions) {
            offsets.add((long) m.start());
            offsets.add((long) m.end());
            sentences.add((long) m.sentence());
        }
        return Map.of("count", (long) mentions.size(), "offsets", offsets, "sentences", List.copyOf(sentences));
    }

    private static Map<String, Object> report(Evidence evidence, double confidence) {
        return Map.of("sentence", evidence.sentence(), "start", (long) evidence.start(), "end", (long) evidence.end(),
                "confidence", confidence);
    }

    private static Map<String, Object> dated(EventDate date) {
        Map<String, Object> row = new HashMap<>();
        if (date != null) {
            row.put("date", date.value());
            row.put("precision", date.precision().name());
            if (date.mod() != null) row.put("mod", date.mod());
            row.put("sortDate", date.sortKey());
            row.put("startDate", date.start());
            row.put("endDate", date.end());
            row.put("year", (long) date.year());
        }
        return row;
    }

    private static Map<String, Object> node(List<String> labels, Map<String, Object> properties) {
        return Map.of("labels", labels, "properties", properties);
    }

    private static Map<String, Object> link(String from, String to, Map<String, Object> properties) {
        return Map.of("from", from, "to", to, "properties", properties);
    }

    private static Map<String, Object> party(String move, String entity, String type) {
        return Map.of("from", move, "to", entity, "type", type);
    }
}
