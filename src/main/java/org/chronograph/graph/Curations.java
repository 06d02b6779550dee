package org.chronograph.graph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.chronograph.ChronographException;
import org.chronograph.extract.EntityKeys;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Makes, undoes, lists, exports and imports curations. A curation is a rule for entity resolution (these names are that
 * entity), recorded as a {@code Curation} node with who and when; the loader applies the rules in force to every
 * article it writes. Making or undoing one loads the articles it touches again from the extractions they keep, so the
 * graph becomes the one that loading every article under the new rules gives: a merge moves the other entity's names,
 * mentions, events, moves and co-mentions to the target (events and moves told of both become one, affiliations are
 * derived again, the target keeps its key, name and type, the other's key becomes one of its aliases); undoing it gives
 * them back, facts loaded since included, because every article is loaded again from what was extracted from it.
 */
public final class Curations {
    /** Articles loaded again per transaction. */
    static final int RELOAD_BATCH = 100;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Driver driver;
    private final GraphLoader loader;

    public Curations(GraphConnection graph) {
        this.driver = graph.driver();
        this.loader = new GraphLoader(graph);
    }

    /**
     * What making or undoing a curation did.
     *
     * @param curation the curation
     * @param reloaded articles loaded again under the new rules
     * @param skipped  articles it touches that keep no extraction (loaded by an older Chronograph): ingest them again
     *                 with {@code --force} for the curation to reach them
     */
    public record Applied(Curation curation, int reloaded, List<String> skipped) {
        public Applied {
            skipped = List.copyOf(skipped);
        }
    }

    /** The entity a curation names, as the graph has it. */
    private record Entity(String key, String name, String type, List<String> keys, List<String> labels) {
    }

    /**
     * {@code other} is the same entity as {@code target}: its names, mentions and facts become the target's.
     *
     * @param target key of the entity that stays
     * @param other  key of the entity merged into it
     * @throws ChronographException when they are the same entity, or either is missing
     */
    public Applied merge(String target, String other, String by, String note) {
        Entity into = entity(target);
        Entity from = entity(other);
        if (into.key().equals(from.key())) {
            throw new ChronographException("'" + from.name() + "' and '" + into.name() + "' are already one entity");
        }
        Curation curation = create(Curation.MERGE, into, into.type(), from.key(), from.keys(), from.labels(), null, null,
                by, note);
        return apply(curation, from.keys(), List.of(into.key()), List.of(from.key()), true);
    }

    /**
     * The name is {@code target}'s; with a period ({@code from}, {@code to}: {@code YYYY}, {@code YYYY-MM} or
     * {@code YYYY-MM-DD}, either may be {@code null}), only the facts of the entity so named dated within it (mentions by
     * their article's publication day): a rename, such as Facebook to Meta in 2021.
     *
     * @throws ChronographException for a bad date, a period that ends before it starts, or a name that is the target's
     */
    public Applied alias(String name, String target, String from, String to, String by, String note) {
        Entity into = entity(target);
        String key = key(name);
        LocalDate fromDate = day(from, true);
        LocalDate toDate = day(to, false);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new ChronographException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        Entity named = holder(key);
        if (named != null && named.key().equals(into.key()) && fromDate == null && toDate == null) {
            throw new ChronographException("'" + name + "' is already a name of '" + into.name() + "'");
        }
        boolean dated = fromDate != null || toDate != null;
        if (dated) {
            // a rename: the facts of the entity that goes by the name, within the period, are the target's
            String renamed = named == null ? key : named.key();
            if (renamed.equals(into.key())) {
                throw new ChronographException("'" + name + "' is a name of '" + into.name() + "' itself: a rename needs "
                        + "the entity it was before");
            }
            Curation curation = create(Curation.ALIAS, into, null, renamed, List.of(renamed), List.of(name.strip()),
                    from, to, by, note);
            return apply(curation, List.of(), List.of(), List.of(renamed), false);
        }
        Curation curation = create(Curation.ALIAS, into, into.type(), named == null ? null : named.key(), List.of(key),
                List.of(name.strip()), null, null, by, note);
        // a name no entity has yet reaches the articles ingested from now on; one another entity has is taken from it
        List<String> touched = named == null ? List.of() : List.of(named.key());
        return apply(curation, List.of(key), List.of(into.key()), touched, true);
    }

    /**
     * The name is an entity of its own, no longer {@code entity}'s (which took it as an alias, or through a curation).
     *
     * @throws ChronographException when the name is the entity's own
     */
    public Applied split(String entity, String name, String by, String note) {
        Entity from = entity(entity);
        String key = key(name);
        if (key.equals(from.key())) {
            throw new ChronographException("'" + name + "' is the name of '" + from.name() + "' itself; split off one of "
                    + "its other names");
        }
        Entity own = new Entity(key, name.strip(), null, List.of(key), List.of(name.strip()));
        Curation curation = create(Curation.SPLIT, own, null, from.key(), List.of(key), List.of(name.strip()), null, null,
                by, note);
        return apply(curation, List.of(key), List.of(), List.of(from.key(), key), false);
    }

    /**
     * Takes a curation out of force and loads the articles it touches again: what it moved goes back where the other
     * curations and the loader's own resolution put it.
     *
     * @throws ChronographException when no curation in force has that id (or that id's beginning, at least 6 characters)
     */
    public Applied undo(String id, String by) {
        Curation curation = find(id);
        String at = now();
        write("curation-undo", Map.of("id", curation.id(), "by", by, "at", at));
        Curation undone = new Curation(curation.id(), curation.kind(), curation.target(), curation.targetName(),
                curation.targetType(), curation.source(), curation.names(), curation.labels(), curation.from(),
                curation.to(), curation.by(), curation.at(), curation.note(), false, by, at);
        if (!curation.dated()) {
            write("curation-release", Map.of("names", curation.names(), "target", curation.target(),
                    "own", Curation.SPLIT.equals(curation.kind())));
        }
        List<String> touched = new ArrayList<>(List.of(curation.target()));
        if (curation.source() != null) {
            touched.add(curation.source());
        }
        Applied applied = reload(undone, touched, curation.dated() ? List.of() : curation.names());
        refreshAliases(touched);
        return applied;
    }

    /**
     * The curation in force (or, with {@code all}, also undone) with this id or id beginning.
     *
     * @throws ChronographException when none, or more than one, has it
     */
    public Curation find(String id) {
        String wanted = id == null ? "" : id.strip();
        if (wanted.length() < 6) {
            throw new ChronographException("a curation id needs at least 6 characters (see 'chronograph curations')");
        }
        List<Curation> found = list(false).stream().filter(c -> c.id().startsWith(wanted)).toList();
        if (found.size() != 1) {
            throw new ChronographException(found.isEmpty() ? "no curation in force has id '" + wanted + "'"
                    : "several curations have ids that start with '" + wanted + "'");
        }
        return found.get(0);
    }

    /** The curations in force, or with {@code all} also the undone ones, newest first. */
    public List<Curation> list(boolean all) {
        return read("curations-list", Map.of("all", all)).stream().map(Curations::curation).toList();
    }

    /** Writes the curations in force to a JSON file another graph can import. */
    public int export(Path file) {
        List<Curation> curations = list(false);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, exportJson());
        } catch (IOException e) {
            throw new ChronographException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return curations.size();
    }

    /**
     * Applies the curations of a file {@link #export} wrote, oldest first, leaving out those this graph already has
     * (same id): importing a file twice changes nothing.
     *
     * @return what each new curation did
     * @throws ChronographException when the file cannot be read or is not a curations file
     */
    public List<Applied> importFile(Path file) {
        try {
            return importJson(Files.readString(file));
        } catch (IOException e) {
            throw new ChronographException("cannot read curations from " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * {@link #importFile} for the text of such a file.
     *
     * @throws ChronographException when it is not a curations file
     */
    public List<Applied> importJson(String json) {
        List<Curation> curations;
        try {
            Exported exported = JSON.readValue(json, Exported.class);
            if (exported == null || exported.curations() == null) {
                throw new ChronographException("not a Chronograph curations file (no 'curations')");
            }
            curations = new ArrayList<>(exported.curations());
        } catch (IOException e) {
            throw new ChronographException("not a Chronograph curations file: " + firstLine(e.getMessage()), e);
        }
        Set<String> known = new LinkedHashSet<>();
        list(true).forEach(c -> known.add(c.id()));
        curations.sort(java.util.Comparator.comparing(Curation::at, java.util.Comparator.nullsFirst(String::compareTo)));
        List<Applied> applied = new ArrayList<>();
        for (Curation c : curations) {
            if (known.contains(c.id()) || !c.active()) {
                continue;
            }
            applied.add(replay(c));
        }
        return applied;
    }

    /** The curations in force as the JSON text {@link #export} writes. */
    public String exportJson() {
        try {
            return JSON.writeValueAsString(Map.of("chronographCurations", 1, "curations", list(false)));
        } catch (IOException e) {
            throw new ChronographException("cannot write the curations: " + e.getMessage(), e);
        }
    }

    /** The shape of an exported file. */
    private record Exported(Integer chronographCurations, List<Curation> curations) {
    }

    /** Makes an imported curation here, under its own id, who and when. */
    private Applied replay(Curation c) {
        validateImported(c);
        write("curation-create", parameters(c));
        boolean link = !c.dated() && !Curation.SPLIT.equals(c.kind());
        List<String> touched = new ArrayList<>(List.of(c.target()));
        if (c.source() != null) {
            touched.add(c.source());
        }
        c.names().forEach(name -> {
            Entity holder = holder(name);
            if (holder != null && !touched.contains(holder.key())) {
                touched.add(holder.key());
            }
        });
        return apply(c, c.dated() ? List.of() : c.names(), link ? List.of(c.target()) : List.of(), touched, link);
    }

    private static void validateImported(Curation c) {
        if (c.id() == null || c.kind() == null || c.target() == null || c.names() == null || c.names().isEmpty()
                || !List.of(Curation.MERGE, Curation.ALIAS, Curation.SPLIT).contains(c.kind())) {
            throw new ChronographException("a curation in the file lacks its id, kind, target or names");
        }
        day(c.from(), true);
        day(c.to(), false);
    }

    /** Records a new curation. */
    private Curation create(String kind, Entity target, String targetType, String source, List<String> names,
                            List<String> labels, String from, String to, String by, String note) {
        Curation c = new Curation(UUID.randomUUID().toString(), kind, target.key(), target.name(), targetType, source,
                names, labels, blank(from), blank(to), by, now(), blank(note), true, null, null);
        write("curation-create", parameters(c));
        return c;
    }

    private static Map<String, Object> parameters(Curation c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("kind", c.kind());
        p.put("target", c.target());
        p.put("targetName", c.targetName());
        p.put("targetType", c.targetType());
        p.put("source", c.source());
        p.put("names", c.names());
        p.put("labels", c.labels().size() == c.names().size() ? c.labels() : c.names());
        p.put("from", c.from());
        p.put("to", c.to());
        p.put("fromDate", day(c.from(), true));
        p.put("toDate", day(c.to(), false));
        p.put("by", c.by() == null ? "unknown" : c.by());
        p.put("at", c.at() == null ? now() : c.at());
        p.put("note", c.note());
        return p;
    }

    /**
     * Applies a new curation: its names leave the entities that hold them (but the target), the articles that touch
     * {@code touched} are loaded again under the rules now in force, and (with {@code link}) the names become the
     * target's curated aliases.
     */
    private Applied apply(Curation curation, List<String> names, List<String> keep, List<String> touched, boolean link) {
        if (!names.isEmpty()) {
            write("curation-unlink", Map.of("names", names, "keep", keep));
        }
        Applied applied = reload(curation, touched, names);
        if (link) {
            write("curation-link", Map.of("target", curation.target(), "names", curation.names(),
                    "labels", curation.labels().size() == curation.names().size() ? curation.labels() : curation.names()));
        }
        List<String> refreshed = new ArrayList<>(touched);
        refreshed.add(curation.target());
        refreshAliases(refreshed);
        return applied;
    }

    /**
     * Loads again, oldest first, the articles that touch the entities, under the curations in force; {@code released}
     * names the alias keys whose links were just removed (the articles' claims on them are void).
     */
    private Applied reload(Curation curation, List<String> entities, List<String> released) {
        List<Record> articles = read("curation-articles", Map.of("entities", entities));
        if (!released.isEmpty()) {
            write("curation-forget-claims", Map.of("names", released,
                    "ids", articles.stream().map(r -> r.get("id").asString()).toList()));
        }
        List<String> skipped = new ArrayList<>();
        List<Extraction> batch = new ArrayList<>();
        int reloaded = 0;
        for (Record r : articles) {
            if (!r.get("stored").asBoolean()) {
                skipped.add(r.get("id").asString());
                continue;
            }
            batch.add(stored(r.get("id").asString()));
            if (batch.size() == RELOAD_BATCH) {
                reloaded += load(batch);
            }
        }
        reloaded += load(batch);
        return new Applied(curation, reloaded, skipped);
    }

    private int load(List<Extraction> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> failed = new ArrayList<>();
        List<LoadOutcome> outcomes = loader.loadBatch(batch, true, (x, e) -> failed.add(x.article().id() + ": " + e.getMessage()));
        batch.clear();
        if (!failed.isEmpty()) {
            throw new ChronographException("could not load again " + failed.size() + " article(s), first " + failed.get(0));
        }
        return outcomes.size();
    }

    /** An article as its node keeps it. */
    private Extraction stored(String id) {
        Record r = read("curation-article", Map.of("id", id)).get(0);
        return StoredExtraction.unpack(r.get("extraction").asByteArray(), id, r.get("source").asString(null),
                r.get("title").asString(null), r.get("lang").asString(null),
                r.get("published").isNull() ? null : r.get("published").asLocalDate(), r.get("url").asString(null),
                r.get("hash").asString(null), r.get("sentences").asList(Value::asString));
    }

    private void refreshAliases(List<String> keys) {
        write("entities-refresh-aliases", Map.of("keys", keys));
    }

    private Entity entity(String key) {
        List<Record> rows = read("curation-entity", Map.of("key", key));
        if (rows.isEmpty()) {
            throw new ChronographException("no entity with key '" + key + "'");
        }
        Record r = rows.get(0);
        return new Entity(r.get("key").asString(), r.get("name").asString(), r.get("type").asString(null),
                r.get("keys").asList(Value::asString), r.get("labels").asList(Value::asString));
    }

    /** The entity a name key leads to (its own key, or an alias), or {@code null}. */
    private Entity holder(String key) {
        List<Record> rows = read("aliases-targets-read", Map.of("keys", List.of(key)));
        String entity = rows.isEmpty() ? null : rows.get(0).get("entity").asString();
        if (entity == null) {
            List<Record> own = read("curation-entity", Map.of("key", key));
            return own.isEmpty() ? null : entity(key);
        }
        return entity(entity);
    }

    private static Curation curation(Record r) {
        return new Curation(r.get("id").asString(), r.get("kind").asString(), r.get("target").asString(),
                r.get("targetName").asString(null), r.get("targetType").asString(null), r.get("source").asString(null),
                r.get("names").asList(Value::asString), r.get("labels").isNull() ? List.of() : r.get("labels").asList(Value::asString),
                r.get("from").asString(null), r.get("to").asString(null), r.get("by").asString(null),
                r.get("at").asString(null), r.get("note").asString(null), r.get("active").asBoolean(false),
                r.get("undoneBy").asString(null), r.get("undoneAt").asString(null));
    }

    private List<Record> read(String file, Map<String, Object> parameters) {
        try {
            return driver.executableQuery(CypherFiles.get(file)).withParameters(parameters).execute().records();
        } catch (Neo4jException e) {
            throw new ChronographException("query " + file + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Runs one writing file in its own transaction, which also marks the graph as changed ({@link GraphVersion}), so
     * that a server's kept answers and ETags do not outlive the change.
     */
    private void write(String file, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(CypherFiles.get(file), parameters).consume();
                GraphVersion.touch(tx);
            });
        } catch (Neo4jException e) {
            throw new ChronographException("query " + file + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static String key(String name) {
        try {
            return EntityKeys.of(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new ChronographException("not a name: '" + name + "' (it needs a letter or digit)");
        }
    }

    /** The first or last day of a {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code null} for blank. */
    static LocalDate day(String text, boolean first) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            EventDate date = EventDate.of(text.strip());
            return first ? date.start() : date.end();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new ChronographException("not a date: '" + text.strip() + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }
}
