package org.chronograph.web;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronograph.export.GraphMl;
import org.chronograph.export.TimelineJs;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.CareerQuery;
import org.chronograph.query.CoMentioned;
import org.chronograph.query.CoMentionsQuery;
import org.chronograph.query.ConflictsQuery;
import org.chronograph.query.EntitiesQuery;
import org.chronograph.query.EntityQuery;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.EntitySearch;
import org.chronograph.query.FlowsQuery;
import org.chronograph.query.GraphSnapshot;
import org.chronograph.query.GraphStats;
import org.chronograph.query.MovesFilter;
import org.chronograph.query.MovesQuery;
import org.chronograph.query.NeighboursQuery;
import org.chronograph.query.PathQuery;
import org.chronograph.query.ResolvedEntity;
import org.chronograph.query.SearchHit;
import org.chronograph.query.TimeBasis;
import org.chronograph.query.TimelineFilter;
import org.chronograph.query.TimelineQuery;

/**
 * The JSON API: one route per query, each reading its parameters (unknown ones are refused) and calling the query.
 * A route answers a value that {@link WebServer} writes as JSON, or a {@link Download}. Routes hold no logic beyond
 * that; errors are thrown ({@link io.javalin.http.HttpResponseException} for bad requests, the query stage's own
 * exceptions otherwise) and mapped to statuses by {@link WebServer}.
 */
final class Api {
    private static final Set<String> TIMELINE_PARAMS = Set.of("entity", "neighbourhood", "from", "to", "type", "basis", "limit",
            "undated");
    private static final Set<String> MOVES_PARAMS = Set.of("person", "origin", "destination", "org", "from", "to", "limit");

    /** One endpoint: what it does, the parameters it takes, and the call (its answer: a value for JSON, or a {@link Download}). */
    record Route(String description, Set<String> params, Function<Params, Object> call) {
    }

    /**
     * An answer that is not JSON: text of some type, as a file to save.
     *
     * @param contentType value of {@code Content-Type}
     * @param text        the body
     * @param filename    the name offered for saving it ({@code Content-Disposition: attachment})
     */
    record Download(String contentType, String text, String filename) {
    }

    private final GraphConnection graph;
    private final Map<String, Route> routes = new LinkedHashMap<>();

    Api(GraphConnection graph) {
        this.graph = graph;
        route("timeline", "Events in date order (undated last), with participants and reports; undated=true: only the "
                + "events without a date, by when first reported", TIMELINE_PARAMS,
                p -> page("events", limit(p), n -> new TimelineQuery(graph).run(timelineFilter(p), n)));
        route("moves", "Who moved where, in date order", MOVES_PARAMS,
                p -> page("moves", limit(p), n -> new MovesQuery(graph).run(movesFilter(p), n)));
        route("flows", "Moves grouped by organization left and joined, with counts and people", MOVES_PARAMS,
                p -> list("flows", new FlowsQuery(graph).run(movesFilter(p))));
        route("career", "A person's affiliations in date order", Set.of("person"),
                p -> new CareerQuery(graph).run(p.required("person")));
        route("related", "Neighbours of an entity by relation", Set.of("entity", "relation", "limit"),
                p -> new NeighboursQuery(graph).run(p.required("entity"), p.list("relation"),
                        p.integer("limit", NeighboursQuery.DEFAULT_LIMIT, 1, NeighboursQuery.MAX_LIMIT)));
        route("path", "The shortest path between two entities, step by step through shared events and moves; as a last "
                + "resort through co-mentions (basis 'co-mentions')", Set.of("from", "to", "maxHops"),
                p -> new PathQuery(graph).run(p.required("from"), p.required("to"),
                        p.integer("maxHops", PathQuery.DEFAULT_HOPS, 1, PathQuery.MAX_HOPS)));
        route("conflicts", "Facts that articles date differently, each date with its sources", Set.of("entity", "strict"),
                p -> list("conflicts", new ConflictsQuery(graph).run(p.string("entity"), p.bool("strict", false))));
        route("entity", "One entity's page: type, aliases, articles with the sentences, co-mentioned entities, "
                + "affiliations and career, moves, dated and undated events", Set.of("name"),
                p -> new EntityQuery(graph).run(p.required("name")));
        route("entities", "Entities by the words (or starts of words) of a name or alias, an exact name first, then the most mentioned", Set.of("q", "type", "limit"),
                p -> list("entities", new EntitiesQuery(graph).run(p.string("q"), p.string("type"),
                        p.integer("limit", 50, 1, EntitiesQuery.MAX_LIMIT))));
        route("search", "Entities by name or alias as one types (full-text: word prefixes, else infixes, else near "
                + "spellings, each hit saying which), closest first", Set.of("q", "type", "limit"),
                p -> search(p.required("q"), p.string("type"), p.integer("limit", EntitySearch.DEFAULT_LIMIT, 1, EntitySearch.MAX_LIMIT)));
        route("comentions", "The sentences that name two entities together (co-mentions), newest articles first; without "
                + "'other', the entities named with 'entity'", Set.of("entity", "other", "limit"), this::coMentions);
        route("curations", "The curations in force (all=true: also those undone), newest first; POST "
                + "/api/curations/merge|alias|split|undo|import make and undo them", Set.of("all"),
                p -> list("curations", new Curations(graph).list(p.bool("all", false))));
        route("curations/export", "The curations in force as a file another graph can import", Set.of(),
                p -> new Download(WebServer.JSON, new Curations(graph).exportJson(), "chronograph-curations.json"));
        route("stats", "What the graph holds", Set.of(), p -> stats());
        route("vocabulary", "Event types, entity types and relations, for filters", Set.of(), p -> vocabulary());
        route("export/timelinejs", "The timeline as a TimelineJS 3 document (same parameters as timeline)", TIMELINE_PARAMS,
                p -> {
                    TimelineFilter f = timelineFilter(p);
                    String headline = f.entity() == null ? "Chronograph timeline" : "Chronograph: " + f.entity();
                    return TimelineJs.document(headline, new TimelineQuery(graph).run(f), f.basis());
                });
        route("export/graphml", "The whole graph as GraphML", Set.of(), p -> {
            StringWriter out = new StringWriter();
            GraphMl.write(GraphSnapshot.fetch(graph), out);
            return new Download("application/graphml+xml; charset=utf-8", out.toString(), "chronograph.graphml");
        });
    }

    /** The endpoints by name ({@code timeline} for {@code /api/timeline}), in the order of the index. */
    Map<String, Route> routes() {
        return Collections.unmodifiableMap(routes);
    }

    /**
     * Answers a request for {@code /api/NAME}.
     *
     * @throws io.javalin.http.BadRequestResponse for bad parameters
     */
    Object handle(Route route, Params params) {
        return route.call().apply(params.allow(route.params()));
    }

    private void route(String name, String description, Set<String> params, Function<Params, Object> call) {
        routes.put(name, new Route(description, params, call));
    }

    /** {@code GET /api/}: every endpoint with its description and parameters. */
    Map<String, Object> index() {
        Map<String, Object> endpoints = new LinkedHashMap<>();
        routes.forEach((name, r) -> endpoints.put("/api/" + name,
                Map.of("description", r.description(), "parameters", r.params().stream().sorted().toList())));
        return Map.of("endpoints", endpoints);
    }

    /** Rows of a timeline or moves page unless {@code limit} is given (at most {@value #MAX_PAGE}). */
    static final int DEFAULT_PAGE = 1000;
    static final int MAX_PAGE = 10_000;

    private static int limit(Params p) {
        return p.integer("limit", DEFAULT_PAGE, 1, MAX_PAGE);
    }

    /** The first {@code limit} items, and whether there are more ({@code more}), asking the query for one extra. */
    private static Map<String, Object> page(String name, int limit, java.util.function.IntFunction<List<?>> query) {
        List<?> items = query.apply(limit + 1);
        boolean more = items.size() > limit;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", Math.min(items.size(), limit));
        body.put("limit", limit);
        body.put("more", more);
        body.put(name, more ? items.subList(0, limit) : items);
        return body;
    }

    private static Map<String, Object> list(String name, List<?> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", items.size());
        body.put(name, items);
        return body;
    }

    static TimelineFilter timelineFilter(Params p) {
        TimelineFilter f = new TimelineFilter(p.string("entity"), TimelineFilter.day(p.string("from"), "from", true),
                TimelineFilter.day(p.string("to"), "to", false), typesOf(p.list("type")));
        return f.withNeighbourhood(p.bool("neighbourhood", false)).withBasis(TimeBasis.parse(p.string("basis")))
                .withUndated(p.bool("undated", false));
    }

    private static Set<EventType> typesOf(List<String> names) {
        return TimelineFilter.parse(null, null, null, names).types();
    }

    static MovesFilter movesFilter(Params p) {
        return new MovesFilter(p.string("person"), p.string("origin"), p.string("destination"), p.string("org"),
                TimelineFilter.day(p.string("from"), "from", true), TimelineFilter.day(p.string("to"), "to", false));
    }

    /** The graph the routes read. */
    GraphConnection graph() {
        return graph;
    }

    private Map<String, Object> search(String q, String type, int limit) {
        List<SearchHit> hits = new EntitySearch(graph).run(q, type, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("count", hits.size());
        body.put("entities", hits);
        return body;
    }

    private Object coMentions(Params p) {
        int limit = p.integer("limit", CoMentionsQuery.DEFAULT_LIMIT, 1, CoMentionsQuery.MAX_LIMIT);
        CoMentionsQuery query = new CoMentionsQuery(graph);
        if (p.string("other") != null) {
            return query.between(p.required("entity"), p.required("other"), limit);
        }
        ResolvedEntity entity = new EntityResolver(graph).resolve(p.required("entity"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", entity);
        List<CoMentioned> with = query.of(entity.key(), limit);
        body.put("count", with.size());
        body.put("coMentioned", with);
        return body;
    }

    private Map<String, Object> stats() {
        GraphStats s = GraphStats.fetch(graph);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", s.articles());
        body.put("entities", s.entities());
        body.put("entitiesByType", s.entitiesByType());
        body.put("events", s.events());
        body.put("moves", s.moves());
        body.put("affiliations", s.affiliations());
        body.put("nodes", s.nodes());
        body.put("relationships", s.relationships());
        return body;
    }

    private static Map<String, Object> vocabulary() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventTypes", Arrays.stream(EventType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
        body.put("entityTypes", Arrays.stream(EntityType.values()).map(Enum::name).toList());
        body.put("relations", NeighboursQuery.RELATIONS);
        body.put("timeBases", List.of("event", "published"));
        return body;
    }
}
