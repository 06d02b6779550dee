package org.chronograph.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.chronograph.extract.Entity;
import org.chronograph.extract.EntityRef;
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
 * An extraction as rows of the job's Parquet tables, one table per kind of fact, every row with its article's id and
 * content hash: {@code articles}, {@code entities} (one row per entity of an article), {@code events} and
 * {@code moves} (one row per event or move an article states, by the keys the graph gives them; told twice in one
 * article, the more confident telling counts, as in the graph), {@code provenance} (one row per report of an event or
 * a move: the sentence and its offsets). Keys are those of the article's own entities: the graph may merge an entity
 * with one another article named first by an alias (Facebook, Meta), and then keys its events with that entity's key.
 */
final class FactTables {
    /** The tables, by name (the folder under the output directory). */
    enum Table {
        ARTICLES("articles"), ENTITIES("entities"), EVENTS("events"), MOVES("moves"), PROVENANCE("provenance");

        final String folder;

        Table(String folder) {
            this.folder = folder;
        }
    }

    private static final StructType PARTICIPANT = new StructType(new StructField[] {
            field("key", DataTypes.StringType), field("name", DataTypes.StringType),
            field("type", DataTypes.StringType), field("role", DataTypes.StringType)});

    static final StructType ARTICLES = new StructType(new StructField[] {
            field("id", DataTypes.StringType), field("hash", DataTypes.StringType), field("source", DataTypes.StringType),
            field("title", DataTypes.StringType), field("lang", DataTypes.StringType), field("published", DataTypes.DateType),
            field("url", DataTypes.StringType), field("entities", DataTypes.IntegerType), field("events", DataTypes.IntegerType),
            field("moves", DataTypes.IntegerType)});

    static final StructType ENTITIES = withArticle(
            field("key", DataTypes.StringType), field("name", DataTypes.StringType), field("type", DataTypes.StringType),
            field("confidence", DataTypes.DoubleType), field("aliases", DataTypes.createArrayType(DataTypes.StringType)),
            field("mentions", DataTypes.IntegerType), field("offsets", DataTypes.createArrayType(DataTypes.IntegerType)));

    static final StructType EVENTS = withArticle(
            field("key", DataTypes.StringType), field("type", DataTypes.StringType), field("date", DataTypes.StringType),
            field("precision", DataTypes.StringType), field("mod", DataTypes.StringType),
            field("start_date", DataTypes.DateType), field("end_date", DataTypes.DateType),
            field("participants", DataTypes.createArrayType(PARTICIPANT)));

    static final StructType MOVES = withArticle(
            field("key", DataTypes.StringType), field("person_key", DataTypes.StringType), field("person", DataTypes.StringType),
            field("from_key", DataTypes.StringType), field("from", DataTypes.StringType),
            field("to_key", DataTypes.StringType), field("to", DataTypes.StringType), field("date", DataTypes.StringType),
            field("precision", DataTypes.StringType), field("mod", DataTypes.StringType),
            field("start_date", DataTypes.DateType), field("end_date", DataTypes.DateType));

    static final StructType PROVENANCE = withArticle(
            field("fact", DataTypes.StringType), field("key", DataTypes.StringType), field("sentence", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("confidence", DataTypes.DoubleType));

    private FactTables() {
    }

    static StructType schema(Table table) {
        return switch (table) {
            case ARTICLES -> ARTICLES;
            case ENTITIES -> ENTITIES;
            case EVENTS -> EVENTS;
            case MOVES -> MOVES;
            case PROVENANCE -> PROVENANCE;
        };
    }

    /** The rows of one table for one extraction. */
    static List<Row> rows(Table table, Extraction x) {
        return switch (table) {
            case ARTICLES -> List.of(article(x));
            case ENTITIES -> entities(x);
            case EVENTS -> facts(x).events;
            case MOVES -> facts(x).moves;
            case PROVENANCE -> facts(x).provenance;
        };
    }

    private static Row article(Extraction x) {
        Article a = x.article();
        Facts facts = facts(x);
        return RowFactory.create(a.id(), a.contentHash(), a.source(), a.title(), a.lang(),
                a.published() == null ? null : Date.valueOf(a.published()), a.url(), entityRows(x).size(),
                facts.events.size(), facts.moves.size());
    }

    /** An entity of the article merged by key, as the loader merges it. */
    private static final class EntityRow {
        final String key;
        final String name;
        String type;
        double confidence;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Mention> mentions = new LinkedHashSet<>();

        EntityRow(String key, String name, String type, double confidence) {
            this.key = key;
            this.name = name;
            this.type = type;
            this.confidence = confidence;
        }
    }

    private static Map<String, EntityRow> entityRows(Extraction x) {
        Map<String, EntityRow> rows = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            EntityRow row = rows.get(e.key());
            if (row == null) {
                row = new EntityRow(e.key(), e.name() == null ? e.key() : e.name(), e.type().name(), e.confidence());
                rows.put(e.key(), row);
            } else if (e.confidence() > row.confidence) {
                row.type = e.type().name();
                row.confidence = e.confidence();
            }
            if (e.name() != null && !e.name().equals(row.name)) {
                row.aliases.add(e.name());
            }
            row.aliases.addAll(e.aliases());
            row.aliases.remove(row.name);
            row.mentions.addAll(e.mentions());
        }
        List<EntityRef> refs = new ArrayList<>();
        x.events().forEach(ev -> ev.participants().forEach(p -> refs.add(p.entity())));
        x.moves().forEach(m -> {
            refs.add(m.person());
            refs.add(m.from());
            refs.add(m.to());
        });
        for (EntityRef ref : refs) {
            if (ref != null && !rows.containsKey(ref.key())) {
                rows.put(ref.key(), new EntityRow(ref.key(), ref.name(), ref.type().name(), 0.0));
            }
        }
        return rows;
    }

    private static List<Row> entities(Extraction x) {
        Article a = x.article();
        List<Row> rows = new ArrayList<>();
        for (EntityRow e : entityRows(x).values()) {
            List<Mention> sorted = e.mentions.stream()
                    .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)).toList();
            List<Integer> offsets = new ArrayList<>();
            for (Mention m : sorted) {
                offsets.add(m.start());
                offsets.add(m.end());
            }
            rows.add(RowFactory.create(a.id(), a.contentHash(), e.key, e.name, e.type, e.confidence,
                    List.copyOf(e.aliases).toArray(new String[0]), sorted.size(), offsets.toArray(new Integer[0])));
        }
        return rows;
    }

    /** The event, move and provenance rows of one extraction. */
    private record Facts(List<Row> events, List<Row> moves, List<Row> provenance) {
    }

    private static Facts facts(Extraction x) {
        Article a = x.article();
        Map<String, Event> events = new LinkedHashMap<>();
        for (Event event : x.events()) {
            Set<String> keys = new LinkedHashSet<>();
            event.participants().forEach(p -> keys.add(p.entity().key()));
            String key = GraphKeys.event(event.type(), keys, event.date());
            Event told = events.get(key);
            if (told == null || event.confidence() > told.confidence()) {
                events.put(key, event);
            }
        }
        Map<String, Move> moves = new LinkedHashMap<>();
        for (Move move : x.moves()) {
            if (move.person() == null) {
                continue; // the loader refuses such an article; the extractor makes none
            }
            String key = GraphKeys.move(move.person().key(), key(move.from()), key(move.to()), move.date());
            Move told = moves.get(key);
            if (told == null || move.confidence() > told.confidence()) {
                moves.put(key, move);
            }
        }
        List<Row> eventRows = new ArrayList<>();
        List<Row> moveRows = new ArrayList<>();
        List<Row> provenance = new ArrayList<>();
        events.forEach((key, e) -> {
            Map<String, Row> participants = new LinkedHashMap<>();
            for (Participant p : e.participants()) {
                participants.putIfAbsent(p.entity().key(), RowFactory.create(p.entity().key(), p.entity().name(),
                        p.entity().type().name(), p.role() == null ? "party" : p.role()));
            }
            eventRows.add(RowFactory.create(a.id(), a.contentHash(), key, e.type().name(), value(e.date()),
                    precision(e.date()), mod(e.date()), start(e.date()), end(e.date()),
                    participants.values().toArray(new Row[0])));
            provenance.add(report(a, "EVENT", key, e.evidence(), e.confidence()));
        });
        moves.forEach((key, m) -> {
            moveRows.add(RowFactory.create(a.id(), a.contentHash(), key, m.person().key(), m.person().name(),
                    key(m.from()), name(m.from()), key(m.to()), name(m.to()), value(m.date()), precision(m.date()),
                    mod(m.date()), start(m.date()), end(m.date())));
            provenance.add(report(a, "MOVE", key, m.evidence(), m.confidence()));
        });
        return new Facts(eventRows, moveRows, provenance);
    }

    private static Row report(Article a, String fact, String key, Evidence evidence, double confidence) {
        return RowFactory.create(a.id(), a.contentHash(), fact, key, evidence == null ? null : evidence.sentence(),
                evidence == null ? null : evidence.start(), evidence == null ? null : evidence.end(), confidence);
    }

    private static String key(EntityRef ref) {
        return ref == null ? null : ref.key();
    }

    private static String name(EntityRef ref) {
        return ref == null ? null : ref.name();
    }

    private static String value(EventDate date) {
        return date == null ? null : date.value();
    }

    private static String precision(EventDate date) {
        return date == null ? null : date.precision().name();
    }

    private static String mod(EventDate date) {
        return date == null ? null : date.mod();
    }

    private static Date start(EventDate date) {
        return date == null ? null : Date.valueOf(date.start());
    }

    private static Date end(EventDate date) {
        return date == null ? null : Date.valueOf(date.end());
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType withArticle(StructField... fields) {
        List<StructField> all = new ArrayList<>();
        all.add(field("article_id", DataTypes.StringType));
        all.add(field("article_hash", DataTypes.StringType));
        all.addAll(List.of(fields));
        return new StructType(all.toArray(new StructField[0]));
    }
}
