package org.chronograph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EntityKeys;
import org.chronograph.graph.Curation;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.ResolvedEntity;

/**
 * The curation actions of the API (POST, a JSON object in the body; behind the bearer token when the server has one):
 * {@code /api/curations/merge} {@code {"entity", "other"}}, {@code /api/curations/alias} {@code {"name", "of", "from"?,
 * "to"?}}, {@code /api/curations/split} {@code {"entity", "name"}}, {@code /api/curations/undo} {@code {"id"}} or
 * {@code {"entity", "name"}}, {@code /api/curations/import} (an exported file); each may carry {@code "by"} (who; else
 * "web") and {@code "note"}. The listing and the export are GET routes of {@link Api}.
 */
final class CurationRoutes {
    /** Largest body accepted, in bytes. */
    static final int MAX_BODY = 1 << 20;

    private final GraphConnection graph;

    CurationRoutes(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Answers {@code POST /api/curations/ACTION}.
     *
     * @throws NotFoundResponse for an unknown action; BadRequestResponse for a bad body
     */
    Object post(String action, String body) {
        JsonNode json = parse(body);
        Curations curations = new Curations(graph);
        if (action.equals("import")) {
            List<Curations.Applied> all = curations.importJson(body);
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("count", all.size());
            reply.put("imported", all);
            return reply;
        }
        String by = text(json, "by", false);
        by = by == null ? "web" : by;
        String note = text(json, "note", false);
        EntityResolver resolver = new EntityResolver(graph);
        Curations.Applied applied = switch (action) {
            case "merge" -> {
                ResolvedEntity into = resolver.resolve(text(json, "entity", true));
                ResolvedEntity other = resolver.resolve(text(json, "other", true));
                yield curations.merge(into.key(), other.key(), by, note);
            }
            case "alias" -> curations.alias(text(json, "name", true), resolver.resolve(text(json, "of", true)).key(),
                    text(json, "from", false), text(json, "to", false), by, note);
            case "split" -> curations.split(resolver.resolve(text(json, "entity", true)).key(), text(json, "name", true), by,
                    note);
            case "undo" -> curations.undo(undoId(json, curations, resolver), by);
            default -> throw new NotFoundResponse("no curation action '" + action + "' (merge, alias, split, undo, import)");
        };
        return applied;
    }

    private String undoId(JsonNode json, Curations curations, EntityResolver resolver) {
        String id = text(json, "id", false);
        if (id != null) {
            return curations.find(id).id();
        }
        ResolvedEntity target = resolver.resolve(text(json, "entity", true));
        String name = text(json, "name", true);
        String key;
        try {
            key = EntityKeys.of(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("name: not a name: '" + name + "'");
        }
        return curations.list(false).stream()
                .filter(c -> c.target().equals(target.key()) && (c.names().contains(key) || key.equals(c.source())))
                .map(Curation::id).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no curation in force sends '" + name + "' to '" + target.name() + "'"));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = WebServer.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
            if (!json.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode json, String name, boolean required) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                throw new BadRequestResponse("missing '" + name + "'");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse(name + ": must be text");
        }
        if (value.asText().length() > Params.MAX_VALUE) {
            throw new BadRequestResponse(name + ": longer than " + Params.MAX_VALUE + " characters");
        }
        return value.asText().strip();
    }
}
